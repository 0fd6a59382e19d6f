import { describe, expect, it } from "vitest";
import {
  clearPendingLink,
  clearPendingLinks,
  findPendingFor,
  fingerprint,
  newRequestKey,
  pendingLinkKey,
  readPendingLink,
  writePendingLink,
} from "./pending-link";
import { MemoryStorage } from "../test-support/memory-storage";

const room = "R".repeat(22);
const old = "o".repeat(43);
const request = "q".repeat(43);

describe("a re-issued link waiting for the room's answer", () => {
  it("is asked for with a request key of 256 random bits, 43 characters of base64url, new every time", () => {
    const keys = new Set(Array.from({ length: 50 }, () => newRequestKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("is kept per room and seat, with a fingerprint (not the text) of the link it replaces", () => {
    const store = new MemoryStorage();
    expect(pendingLinkKey(room, "partnerA")).toBe(`repair-room:pending-link:${room}:partnerA`);
    writePendingLink(room, "partnerA", { request, replaces: fingerprint(old) }, store);
    expect(readPendingLink(room, "partnerA", store)).toEqual({ request, replaces: fingerprint(old) });
    expect(readPendingLink(room, "partnerB", store)).toBeNull();
    expect(store.getItem(pendingLinkKey(room, "partnerA"))).not.toContain(old);
    expect(fingerprint(old)).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint(old)).not.toBe(fingerprint(request));
  });

  it("is found only for the link it replaces, on the seat's own entry when the seat is known", () => {
    const store = new MemoryStorage();
    writePendingLink(room, "partnerB", { request, replaces: fingerprint(old) }, store);
    expect(findPendingFor(room, old, null, store)).toEqual({ role: "partnerB", pending: { request, replaces: fingerprint(old) } });
    expect(findPendingFor(room, old, "partnerB", store)?.pending.request).toBe(request);
    expect(findPendingFor(room, old, "partnerA", store)).toBeNull();
    expect(findPendingFor(room, "x".repeat(43), null, store)).toBeNull();
    expect(findPendingFor("S".repeat(22), old, null, store)).toBeNull();
  });

  it("is forgotten only while it still holds the request answered, or with its whole room", () => {
    const store = new MemoryStorage();
    writePendingLink(room, "partnerA", { request, replaces: fingerprint(old) }, store);
    clearPendingLink(room, "partnerA", "z".repeat(43), store);
    expect(readPendingLink(room, "partnerA", store)).not.toBeNull();
    clearPendingLink(room, "partnerA", request, store);
    expect(readPendingLink(room, "partnerA", store)).toBeNull();
    writePendingLink(room, "observer", { request, replaces: fingerprint(old) }, store);
    clearPendingLinks(room, store);
    expect(store.items.size).toBe(0);
  });

  it("ignores what it did not write, and carries on without storage", () => {
    const store = new MemoryStorage();
    store.setItem(pendingLinkKey(room, "partnerA"), "{not json");
    expect(readPendingLink(room, "partnerA", store)).toBeNull();
    store.setItem(pendingLinkKey(room, "partnerA"), JSON.stringify({ request: "short", replaces: "x" }));
    expect(readPendingLink(room, "partnerA", store)).toBeNull();
    // What an older page kept (a token it made, before the room made them) is not a request key.
    store.setItem(pendingLinkKey(room, "partnerA"), JSON.stringify({ token: request, replaces: fingerprint(old) }));
    expect(readPendingLink(room, "partnerA", store)).toBeNull();
    expect(writePendingLink(room, "partnerA", { request, replaces: "x" }, null)).toBe(false);
    expect(readPendingLink(room, "partnerA", null)).toBeNull();
    const full = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new Error("full");
      },
    };
    expect(writePendingLink(room, "partnerA", { request, replaces: "x" }, full)).toBe(false);
  });
});
