import { describe, expect, it } from "vitest";
import { markedLines, removedLines, stepChanges } from "./draft-diff";

describe("what changed in the draft", () => {
  it("marks the lines that are new, and lists the ones taken out", () => {
    const before = "We both care.\nNeither meant harm.";
    const after = "We both care.\nWe want Sundays free.\n";
    expect(markedLines(before, after)).toEqual([
      { text: "We both care.", isNew: false },
      { text: "We want Sundays free.", isNew: true },
    ]);
    expect(removedLines(before, after)).toEqual(["Neither meant harm."]);
  });

  it("marks a next step as new when who, what or by when changed", () => {
    const walk = { who: "both" as const, what: "Walk", byWhen: "2026-12-01" };
    const ask = { who: "partnerA" as const, what: "Ask first", byWhen: "2026-12-01" };
    expect(stepChanges([walk, ask], [walk, { ...ask, byWhen: "2026-12-08" }])).toEqual({ isNew: [false, true], removed: [ask] });
  });
});
