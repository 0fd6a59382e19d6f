import { describe, expect, it } from "vitest";
import { clearDraft, clearDrafts, draftKey, readDraft, writeDraft } from "./drafts";
import { MemoryStorage } from "../test-support/memory-storage";


describe("drafts", () => {
  it("are keyed by room, seat and field, never by the link's token", () => {
    expect(draftKey("room1", "partnerA", "s1.statement.happened")).toBe("repair-room:draft:room1:partnerA:s1.statement.happened");
  });

  it("keep what was typed, and forget an emptied field", () => {
    const store = new MemoryStorage();
    writeDraft("k", "I felt left out", "", store);
    expect(readDraft("k", "", store)).toBe("I felt left out");
    writeDraft("k", "", "", store);
    expect(store.items.size).toBe(0);
    expect(readDraft("k", "", store)).toBe("");
  });

  it("keep structured drafts, and ignore a stored value of another shape", () => {
    const store = new MemoryStorage();
    const empty = { feelings: [] as string[] };
    writeDraft("k", { feelings: ["hurt"] }, empty, store);
    expect(readDraft("k", empty, store)).toEqual({ feelings: ["hurt"] });
    store.setItem("k", '"just text"');
    expect(readDraft("k", empty, store)).toEqual(empty);
    store.setItem("k", "{not json");
    expect(readDraft("k", empty, store)).toEqual(empty);
  });

  it("carry on without storage", () => {
    const broken = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("full");
      },
      removeItem: () => {
        throw new Error("blocked");
      },
    };
    expect(() => writeDraft("k", "x", "", broken)).not.toThrow();
    expect(readDraft("k", "", broken)).toBe("");
    expect(() => clearDraft("k", broken)).not.toThrow();
    expect(readDraft("k", "", null)).toBe("");
  });

  it("are all forgotten with their room (or one seat of it), and nothing else is", () => {
    const store = new MemoryStorage();
    const room = "R".repeat(22);
    const other = "S".repeat(22);
    for (const role of ["partnerA", "partnerB", "observer"] as const) {
      writeDraft(draftKey(room, role, "s1.statement.happened"), "words", "", store);
      writeDraft(draftKey(room, role, "s2.checkIn"), { feelings: ["hurt"] }, { feelings: [] }, store);
    }
    writeDraft(draftKey(other, "partnerA", "s1.statement.happened"), "other room", "", store);
    store.setItem("repair-room:rooms-on-this-device", "{}");

    expect(clearDrafts(room, "partnerB", store)).toBe(2);
    expect(readDraft(draftKey(room, "partnerB", "s1.statement.happened"), "", store)).toBe("");
    expect(readDraft(draftKey(room, "partnerA", "s1.statement.happened"), "", store)).toBe("words");

    expect(clearDrafts(room, undefined, store)).toBe(4);
    expect([...store.items.keys()].sort()).toEqual([draftKey(other, "partnerA", "s1.statement.happened"), "repair-room:rooms-on-this-device"]);
    expect(clearDrafts(room, undefined, store)).toBe(0);
    expect(clearDrafts(room, undefined, null)).toBe(0);
    const blocked = {
      get length(): number {
        throw new Error("blocked");
      },
      key: () => null,
      removeItem: () => undefined,
    };
    expect(clearDrafts(room, undefined, blocked)).toBe(0);
  });
});
