import { z } from "zod";
import { textLimits } from "../options.js";
import { actionIdSchema } from "./action-id.js";
import { optionalText, text } from "./text.js";

/** What I intended, the impact I acknowledge, one concrete observable action. Content. */
export const intentionContentSchema = z.object({
  intended: text(textLimits.intentionPart, "what you intended or hoped for"),
  impact: text(textLimits.intentionPart, "the impact on your partner"),
  action: text(textLimits.intentionPart, "one concrete thing you will do"),
});
export type IntentionContent = z.infer<typeof intentionContentSchema>;

/** The short answers a partner can give to the other's intention, besides their own words. */
export const acknowledgementChoices = ["heardIntent", "thanksForImpact", "stepHelps"] as const;
export const acknowledgementChoiceSchema = z.enum(acknowledgementChoices);
export type AcknowledgementChoice = z.infer<typeof acknowledgementChoiceSchema>;

/** A partner's answer once they have read the other's intention: a short choice, their own words, or both. Content. */
export const acknowledgementContentSchema = z
  .object({
    choice: acknowledgementChoiceSchema.nullable().default(null),
    words: optionalText(textLimits.intentionPart, "Your words"),
  })
  .refine((a) => a.choice !== null || a.words !== "", {
    error: "Please choose an answer or say it in your own words.",
    path: ["words"],
  });
export type AcknowledgementContent = z.infer<typeof acknowledgementContentSchema>;

export const intentionsSubmitIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("intentions.submit"),
  content: intentionContentSchema,
});
/** Having read the other's intention, a partner answers it. */
export const intentionsAcknowledgeIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("intentions.acknowledge"),
  content: acknowledgementContentSchema,
});

/** A partner's intention is in. Its content reaches no other seat until both are in. */
export const intentionsSubmittedEventSchema = z.object({
  type: z.literal("intentions.submitted"),
  content: intentionContentSchema.nullable(),
});
/** Both intentions, shown to everyone together, for each partner to read the other's. */
export const intentionsRevealedEventSchema = z.object({
  type: z.literal("intentions.revealed"),
  content: z.object({ partnerA: intentionContentSchema, partnerB: intentionContentSchema }),
});
export const intentionsAcknowledgedEventSchema = z.object({
  type: z.literal("intentions.acknowledged"),
  content: acknowledgementContentSchema,
});
