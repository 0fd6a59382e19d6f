import { describe, expect, it } from "vitest";
import {
  clearPendingLink,
  clearPendingLinks,
  findPendingFor,
  fingerprint,
  newSeatToken,
  pendingLinkKey,
  readPendingLink,
  writePendingLink,
} from "./pending-link";
import { MemoryStorage } from "../test-support/memory-storage";


const room = "R".repeat(22);
const old = "o".repeat(43);
const fresh = "n".repeat(43);

describe("a re-issued link waiting for the room's answer", () => {
  it("is a 43-character base64url token of 256 random bits, new every time", () => {
    const tokens = new Set(Array.from({ length: 50 }, () => newSeatToken()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("is kept per room and seat, with a fingerprint (not the text) of the link it replaces", () => {
    const store = new MemoryStorage();
    expect(pendingLinkKey(room, "partnerA")).toBe(`repair-room:pending-link:${room}:partnerA`);
    writePendingLink(room, "partnerA", { token: fresh, replaces: fingerprint(old) }, store);
    expect(readPendingLink(room, "partnerA", store)).toEqual({ token: fresh, replaces: fingerprint(old) });
    expect(readPendingLink(room, "partnerB", store)).toBeNull();
    expect(store.getItem(pendingLinkKey(room, "partnerA"))).not.toContain(old);
    expect(fingerprint(old)).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint(old)).not.toBe(fingerprint(fresh));
  });

  it("is found only for the link it replaces, on the seat's own entry when the seat is known", () => {
    const store = new MemoryStorage();
    writePendingLink(room, "partnerB", { token: fresh, replaces: fingerprint(old) }, store);
    expect(findPendingFor(room, old, null, store)).toEqual({ role: "partnerB", pending: { token: fresh, replaces: fingerprint(old) } });
    expect(findPendingFor(room, old, "partnerB", store)?.pending.token).toBe(fresh);
    expect(findPendingFor(room, old, "partnerA", store)).toBeNull();
    expect(findPendingFor(room, "x".repeat(43), null, store)).toBeNull();
    expect(findPendingFor("S".repeat(22), old, null, store)).toBeNull();
  });

  it("is forgotten only while it still holds the token answered, or with its whole room", () => {
    const store = new MemoryStorage();
    writePendingLink(room, "partnerA", { token: fresh, replaces: fingerprint(old) }, store);
    clearPendingLink(room, "partnerA", "z".repeat(43), store);
    expect(readPendingLink(room, "partnerA", store)).not.toBeNull();
    clearPendingLink(room, "partnerA", fresh, store);
    expect(readPendingLink(room, "partnerA", store)).toBeNull();
    writePendingLink(room, "observer", { token: fresh, replaces: fingerprint(old) }, store);
    clearPendingLinks(room, store);
    expect(store.items.size).toBe(0);
  });

  it("ignores what it did not write, and carries on without storage", () => {
    const store = new MemoryStorage();
    store.setItem(pendingLinkKey(room, "partnerA"), "{not json");
    expect(readPendingLink(room, "partnerA", store)).toBeNull();
    store.setItem(pendingLinkKey(room, "partnerA"), JSON.stringify({ token: "short", replaces: "x" }));
    expect(readPendingLink(room, "partnerA", store)).toBeNull();
    expect(writePendingLink(room, "partnerA", { token: fresh, replaces: "x" }, null)).toBe(false);
    expect(readPendingLink(room, "partnerA", null)).toBeNull();
    const full = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new Error("full");
      },
    };
    expect(writePendingLink(room, "partnerA", { token: fresh, replaces: "x" }, full)).toBe(false);
  });
});
