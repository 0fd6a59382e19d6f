import { z } from "zod";
import { actionIdSchema } from "./action-id.js";

/**
 * A pause length in minutes. Which lengths are offered is the deployment's (`pauseMinutes` in
 * the engine's options): the rules refuse any other.
 */
export const pauseMinutesSchema = z.number().int().min(1).max(240);

/** Raise the pause signal, for one of the offered lengths (the default one when left out). */
export const pauseRaiseIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("pause.raise"),
  minutes: pauseMinutesSchema.optional(),
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
