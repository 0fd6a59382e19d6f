import { z } from "zod";
import { defaultEngineOptions, textLimits } from "../options.js";
import { feelingIdSchema } from "../feelings.js";
import { actionIdSchema } from "./action-id.js";
import { optionalText } from "./text.js";

const { feelings, intensity } = defaultEngineOptions;

/** What a partner brings to the check-in: a few feelings with intensity, and a note. Content. */
export const checkInContentSchema = z.object({
  feelings: z
    .array(z.object({ feeling: feelingIdSchema, intensity: z.number().int().min(intensity.min).max(intensity.max) }))
    .min(feelings.min, { error: feelings.min === 1 ? "Please choose at least one feeling." : `Please choose at least ${feelings.min} feelings.` })
    .max(feelings.max, { error: `Please choose up to ${feelings.max} feelings.` })
    .refine((fs) => new Set(fs.map((f) => f.feeling)).size === fs.length, { error: "Each feeling once, please." }),
  note: optionalText(textLimits.checkInNote, "The note"),
});
export type CheckInContent = z.infer<typeof checkInContentSchema>;

export const checkInSubmitIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("checkIn.submit"),
  content: checkInContentSchema,
});

/** A partner's check-in is in. Its content reaches no other seat until the reveal. */
export const checkInSubmittedEventSchema = z.object({
  type: z.literal("checkIn.submitted"),
  content: checkInContentSchema.nullable(),
});

/** Both check-ins, shown to everyone together. */
export const checkInRevealedEventSchema = z.object({
  type: z.literal("checkIn.revealed"),
  content: z.object({ partnerA: checkInContentSchema, partnerB: checkInContentSchema }),
});
