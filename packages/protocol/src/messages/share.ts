import { z } from "zod";
import { textLimits } from "../options.js";
import { actionIdSchema } from "./action-id.js";
import { optionalText, text } from "./text.js";

/** The speaker's I-statement. Content. */
export const statementContentSchema = z.object({
  happened: text(textLimits.statementPart, "what happened for you"),
  felt: text(textLimits.statementPart, "what you felt"),
  needed: optionalText(textLimits.statementPart, "What you needed"),
});
export type StatementContent = z.infer<typeof statementContentSchema>;

/** The listener's paraphrase: the content and the feeling. Content. */
export const reflectionContentSchema = z.object({
  heard: text(textLimits.reflectionPart, "what you heard"),
  feeling: text(textLimits.reflectionPart, "the feeling you heard"),
});
export type ReflectionContent = z.infer<typeof reflectionContentSchema>;

export const clarificationContentSchema = z.object({
  clarification: text(textLimits.clarification, "what was missed"),
});

export const shareStateIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("share.state"),
  content: statementContentSchema,
});
export const shareReflectIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("share.reflect"),
  content: reflectionContentSchema,
});
/** The speaker: "that's it", or "not quite" with what was missed. */
export const shareConfirmIntentSchema = z
  .object({
    actionId: actionIdSchema,
    type: z.literal("share.confirm"),
    verdict: z.enum(["yes", "notQuite"]),
    content: clarificationContentSchema.nullable().default(null),
  })
  .refine((i) => i.verdict === "yes" || i.content !== null, {
    error: "Please say what was missed.",
    path: ["content"],
  });
/** "I'm ready to move on" (both partners, once each has spoken). */
export const shareMoveOnIntentSchema = z.object({ actionId: actionIdSchema, type: z.literal("share.moveOn") });

export const shareStatedEventSchema = z.object({ type: z.literal("share.stated"), content: statementContentSchema });
export const shareReflectedEventSchema = z.object({ type: z.literal("share.reflected"), content: reflectionContentSchema });
export const shareConfirmedEventSchema = z.object({
  type: z.literal("share.confirmed"),
  verdict: z.enum(["yes", "notQuite"]),
  content: clarificationContentSchema.nullable(),
});
/** A round is over: understood, or carried to the recap as unclear after the last try. */
export const shareRoundEndedEventSchema = z.object({
  type: z.literal("share.roundEnded"),
  outcome: z.enum(["understood", "unclear"]),
});
export const shareMovedOnEventSchema = z.object({ type: z.literal("share.movedOn") });
