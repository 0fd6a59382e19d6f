import { z } from "zod";
import { actionIdSchema } from "./action-id.js";

/** Pause lengths in minutes: 2 by default, 5, or 20 (a full self-soothing break). */
export const pauseMinutesSchema = z.union([z.literal(2), z.literal(5), z.literal(20)]);
export type PauseMinutes = z.infer<typeof pauseMinutesSchema>;

export const pauseRaiseIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("pause.raise"),
  minutes: pauseMinutesSchema.default(2),
});
/** A partner is ready to resume (accepted once the minimum time has passed). */
export const pauseReadyIntentSchema = z.object({ actionId: actionIdSchema, type: z.literal("pause.ready") });

export const pauseRaisedEventSchema = z.object({
  type: z.literal("pause.raised"),
  minutes: pauseMinutesSchema,
  /** Server time before which nobody can resume, epoch ms. */
  endsAt: z.number().int(),
});
export const pauseReadiedEventSchema = z.object({ type: z.literal("pause.readied") });
export const pauseEndedEventSchema = z.object({ type: z.literal("pause.ended") });
