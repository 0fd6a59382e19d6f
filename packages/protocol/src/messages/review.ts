import { z } from "zod";
import { actionIdSchema } from "./action-id.js";
import { appreciationContentSchema } from "./agreements.js";

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
