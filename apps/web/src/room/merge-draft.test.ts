import type { DraftSections } from "@repair-room/protocol";
import { describe, expect, it } from "vitest";
import { hasChanges, keepMine, rebase, startEditing, takeTheirs, type LocalDraft } from "./merge-draft";

const v1: DraftSections = { agreedTrue: "", unclear: "", nextSteps: [], practice: "" };
const edit = (local: LocalDraft, patch: Partial<DraftSections>): LocalDraft => ({ ...local, mine: { ...local.mine, ...patch } });

describe("merging the shared draft", () => {
  it("takes the other's change to a section this person left alone", () => {
    const mine = edit(startEditing({ version: 1, sections: v1 }), { agreedTrue: "We both care" });
    const room = { version: 2, sections: { ...v1, practice: "A weekly check-in" } };
    const next = rebase(mine, room);
    expect(next?.mine).toEqual({ ...v1, agreedTrue: "We both care", practice: "A weekly check-in" });
    expect(next?.baseVersion).toBe(2);
    expect(next?.conflicts).toEqual([]);
    expect(hasChanges(next, room)).toBe(true);
  });

  it("offers the other's words back when both changed the same section, keeping this person's", () => {
    const mine = edit(startEditing({ version: 1, sections: v1 }), { practice: "Pause before replying" });
    const room = { version: 2, sections: { ...v1, practice: "A weekly check-in" } };
    const next = rebase(mine, room);
    expect(next?.mine.practice).toBe("Pause before replying");
    expect(next?.conflicts).toEqual([{ section: "practice", theirs: "A weekly check-in", version: 2 }]);
    expect(takeTheirs(next!, "practice")).toBeNull();
    const kept = keepMine(next!, "practice");
    expect(kept.conflicts).toEqual([]);
    expect(kept.mine.practice).toBe("Pause before replying");
  });

  it("has nothing left once the room holds this person's own saved words", () => {
    const mine = edit(startEditing({ version: 1, sections: v1 }), { unclear: "Who calls whom" });
    expect(rebase(mine, { version: 2, sections: mine.mine })).toBeNull();
  });

  it("treats next steps as one section", () => {
    const step = { who: "both" as const, what: "Walk on Sunday", byWhen: "2026-11-29" };
    const mine = edit(startEditing({ version: 1, sections: v1 }), { nextSteps: [step] });
    const other = { ...step, what: "Call on Monday" };
    const next = rebase(mine, { version: 2, sections: { ...v1, nextSteps: [other] } });
    expect(next?.mine.nextSteps).toEqual([step]);
    expect(next?.conflicts[0]).toMatchObject({ section: "nextSteps", theirs: [other] });
  });

  it("ignores a version it already holds", () => {
    const mine = edit(startEditing({ version: 3, sections: v1 }), { agreedTrue: "x" });
    expect(rebase(mine, { version: 3, sections: v1 })).toBe(mine);
    expect(hasChanges(null, { version: 3, sections: v1 })).toBe(false);
  });
});
