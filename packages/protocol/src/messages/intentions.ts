import { z } from "zod";
import { textLimits } from "../options.js";
import { actionIdSchema } from "./action-id.js";
import { text } from "./text.js";

/** What I intended, the impact I acknowledge, one concrete observable action. Content. */
export const intentionContentSchema = z.object({
  intended: text(textLimits.intentionPart, "what you intended or hoped for"),
  impact: text(textLimits.intentionPart, "the impact on your partner"),
  action: text(textLimits.intentionPart, "one concrete thing you will do"),
});
export type IntentionContent = z.infer<typeof intentionContentSchema>;

export const intentionsSubmitIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("intentions.submit"),
  content: intentionContentSchema,
});
export const intentionsSubmittedEventSchema = z.object({
  type: z.literal("intentions.submitted"),
  content: intentionContentSchema,
});
