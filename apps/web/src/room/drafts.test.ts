import { describe, expect, it } from "vitest";
import { clearDraft, draftKey, readDraft, writeDraft } from "./drafts";

class MemoryStore {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe("drafts", () => {
  it("are keyed by room, seat and field, never by the link's token", () => {
    expect(draftKey("room1", "partnerA", "s1.statement.happened")).toBe("repair-room:draft:room1:partnerA:s1.statement.happened");
  });

  it("keep what was typed, and forget an emptied field", () => {
    const store = new MemoryStore();
    writeDraft("k", "I felt left out", "", store);
    expect(readDraft("k", "", store)).toBe("I felt left out");
    writeDraft("k", "", "", store);
    expect(store.items.size).toBe(0);
    expect(readDraft("k", "", store)).toBe("");
  });

  it("keep structured drafts, and ignore a stored value of another shape", () => {
    const store = new MemoryStore();
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
});
