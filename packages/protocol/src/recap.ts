import { z } from "zod";
import { draftSectionsSchema } from "./messages/agreements.js";
import { checkInContentSchema } from "./messages/check-in.js";
import { acknowledgementContentSchema, intentionContentSchema } from "./messages/intentions.js";
import { lookBackItemSchema, reviewMarkSchema } from "./messages/review.js";
import { reflectionContentSchema, statementContentSchema } from "./messages/share.js";
import { partnerRoleSchema, roleSchema } from "./roles.js";

const byPartner = <S extends z.ZodType>(s: S) => z.object({ partnerA: s, partnerB: s });

export const roundRecordSchema = z.object({
  speaker: partnerRoleSchema,
  statement: statementContentSchema,
  attempts: z.array(
    z.object({
      reflection: reflectionContentSchema,
      verdict: z.enum(["yes", "notQuite"]),
      clarification: z.string().nullable(),
    }),
  ),
  outcome: z.enum(["understood", "unclear"]),
});
export type RoundRecord = z.infer<typeof roundRecordSchema>;

export const pauseRecordSchema = z.object({
  by: roleSchema,
  at: z.number().int(),
  minutes: z.number().int(),
  endedAt: z.number().int().nullable(),
});
export type PauseRecord = z.infer<typeof pauseRecordSchema>;

/** A stop or adjournment: when, and when the session went on. Never who, never why. */
export const breakRecordSchema = z.object({
  kind: z.enum(["stopped", "adjourned"]),
  at: z.number().int(),
  resumedAt: z.number().int().nullable(),
});
export type BreakRecord = z.infer<typeof breakRecordSchema>;

export const reviewRecordSchema = z.object({
  items: z.array(lookBackItemSchema),
  marks: byPartner(z.array(reviewMarkSchema.nullable())),
  appreciations: byPartner(z.string().nullable()),
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

/**
 * Everything a closed session keeps, self-contained: it is stored as it is and rendered from
 * this shape alone, whatever the engine's events later become.
 */
export const recapSchema = z.object({
  recapVersion: z.literal(1),
  topic: z.string(),
  names: byPartner(z.string()),
  ordinal: z.number().int(),
  kind: z.enum(["first", "followUp"]),
  format: z.enum(["full", "checkInOnly"]),
  openedAt: z.number().int(),
  closedAt: z.number().int(),
  review: reviewRecordSchema.nullable(),
  checkIns: byPartner(checkInContentSchema).nullable(),
  rounds: z.array(roundRecordSchema),
  intentions: byPartner(intentionContentSchema.nullable()),
  /** How each answered the other's intention (recaps from before this was asked have none). */
  acknowledgements: byPartner(acknowledgementContentSchema.nullable()).default({ partnerA: null, partnerB: null }),
  agreements: draftSectionsSchema,
  appreciations: byPartner(z.string().nullable()),
  approvedVersion: z.number().int(),
  pauses: z.array(pauseRecordSchema),
  breaks: z.array(breakRecordSchema),
});
export type Recap = z.infer<typeof recapSchema>;

/** One line of a closed session's timeline, kept in words so it reads the same years later. */
export const recapTimelineEntrySchema = z.object({
  seq: z.number().int(),
  at: z.number().int(),
  text: z.string(),
});
export type RecapTimelineEntry = z.infer<typeof recapTimelineEntrySchema>;

/**
 * The recap as the database keeps it: the closing event's recap with the session's timeline,
 * written by the server in the closing transaction from the events it holds.
 */
export const storedRecapSchema = recapSchema.extend({
  timeline: z.array(recapTimelineEntrySchema).default([]),
});
export type StoredRecap = z.infer<typeof storedRecapSchema>;
