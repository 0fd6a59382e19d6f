import { z } from "zod";

/**
 * The check-in vocabulary: plain words, grouped so a person can find what fits quickly.
 * Ids are stable (they are stored); labels are what people read.
 */
export const feelingGroups = [
  { id: "hurt", label: "Hurt", feelings: ["hurt", "sad", "disappointed", "lonely", "left-out"] },
  { id: "scared", label: "Scared", feelings: ["anxious", "worried", "scared", "overwhelmed", "insecure"] },
  { id: "angry", label: "Angry", feelings: ["frustrated", "annoyed", "angry", "resentful", "impatient"] },
  { id: "unheard", label: "Unheard", feelings: ["dismissed", "misunderstood", "unheard", "judged", "invisible"] },
  { id: "low", label: "Low", feelings: ["tired", "drained", "numb", "confused", "stuck"] },
  { id: "uneasy", label: "Uneasy", feelings: ["embarrassed", "ashamed", "guilty", "regretful", "defensive"] },
  { id: "open", label: "Open", feelings: ["hopeful", "calm", "caring", "grateful", "relieved", "curious"] },
] as const;

export type FeelingId = (typeof feelingGroups)[number]["feelings"][number];

export const feelingIds = feelingGroups.flatMap((g) => g.feelings) as FeelingId[];

export const feelingIdSchema = z.enum(feelingIds as [FeelingId, ...FeelingId[]], {
  error: "Please choose feelings from the list.",
});

/** The word people read for a feeling id. */
export function feelingLabel(id: FeelingId): string {
  return id.replace("-", " ");
}
