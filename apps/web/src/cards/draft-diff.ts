import type { NextStep } from "@repair-room/protocol";

/**
 * What changed in the draft, line by line, so the partner asked to approve again can see
 * exactly what is new. A line counts as new when it was not there before (moving a line is
 * not a change worth marking).
 */
export function markedLines(before: string, after: string): { text: string; isNew: boolean }[] {
  const old = new Set(lines(before));
  return lines(after).map((text) => ({ text, isNew: !old.has(text.trim()) }));
}

/** Lines that were there before and are gone now. */
export function removedLines(before: string, after: string): string[] {
  const now = new Set(lines(after));
  return lines(before).filter((text) => !now.has(text.trim()));
}

/** Next steps that are new or changed, and the ones taken out. */
export function stepChanges(before: readonly NextStep[], after: readonly NextStep[]): { isNew: boolean[]; removed: NextStep[] } {
  const key = (s: NextStep) => `${s.who}|${s.what.trim()}|${s.byWhen}`;
  const old = new Set(before.map(key));
  const now = new Set(after.map(key));
  return { isNew: after.map((s) => !old.has(key(s))), removed: before.filter((s) => !now.has(key(s))) };
}

function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
