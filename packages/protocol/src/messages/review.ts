import { z } from "zod";
import { actionIdSchema } from "./action-id.js";
import { appreciationContentSchema } from "./agreements.js";

/**
 * What a follow-up looks back on: a next step the last recap agreed, one carried from before
 * because it was only partly done or not yet, or the practice the couple agreed.
 */
export const lookBackItemSchema = z.object({
  kind: z.enum(["step", "practice"]).default("step"),
  who: z.enum(["partnerA", "partnerB", "both"]).default("both"),
  what: z.string(),
  byWhen: z.iso.date().nullable().default(null),
  /** A step from an earlier session, still open. */
  carried: z.boolean().default(false),
});
export type LookBackItem = z.infer<typeof lookBackItemSchema>;

/** How a next step from the last recap went, in each partner's eyes. */
export const reviewMarkSchema = z.enum(["kept", "partly", "notYet"]);
export type ReviewMark = z.infer<typeof reviewMarkSchema>;

export const reviewMarkIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("review.mark"),
  item: z.number().int().min(0),
  mark: reviewMarkSchema,
});
export const reviewAppreciateIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("review.appreciate"),
  content: appreciationContentSchema,
});
/** This partner has marked every step and is ready for the check-in. */
export const reviewDoneIntentSchema = z.object({ actionId: actionIdSchema, type: z.literal("review.done") });

export const reviewMarkedEventSchema = z.object({ type: z.literal("review.marked"), item: z.number().int().min(0), mark: reviewMarkSchema });
export const reviewAppreciatedEventSchema = z.object({ type: z.literal("review.appreciated"), content: appreciationContentSchema });
export const reviewDoneEventSchema = z.object({ type: z.literal("review.finished") });
