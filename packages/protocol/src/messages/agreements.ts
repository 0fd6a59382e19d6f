import { z } from "zod";
import { defaultEngineOptions, textLimits } from "../options.js";
import { actionIdSchema } from "./action-id.js";
import { optionalText, text } from "./text.js";

const { nextSteps } = defaultEngineOptions;

/** One next step: who, what, by when (a calendar date, YYYY-MM-DD). */
export const nextStepSchema = z.object({
  who: z.enum(["partnerA", "partnerB", "both"]),
  what: text(textLimits.nextStepWhat, "what will be done"),
  byWhen: z.iso.date({ error: "Please choose a date." }),
});
export type NextStep = z.infer<typeof nextStepSchema>;

/** The shared sections of the recap draft, edited together. Content. */
export const draftSectionsSchema = z.object({
  agreedTrue: optionalText(textLimits.draftSection, "What we agree is true"),
  unclear: optionalText(textLimits.draftSection, "What remains unclear", { joined: true }),
  nextSteps: z.array(nextStepSchema).max(nextSteps, { error: `At most ${nextSteps} next steps.` }),
  practice: optionalText(textLimits.draftSection, "Our practice or boundary"),
});
export type DraftSections = z.infer<typeof draftSectionsSchema>;

export const appreciationContentSchema = z.object({
  text: text(textLimits.appreciation, "one thing you appreciated"),
});

/** An edit names the version it is based on; a stale one is refused, never merged silently. */
export const agreementsEditIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("agreements.edit"),
  baseVersion: z.number().int().min(1),
  content: draftSectionsSchema,
});
/** Each partner writes their own appreciation; it is part of what both approve. */
export const agreementsAppreciateIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("agreements.appreciate"),
  content: appreciationContentSchema,
});
export const agreementsApproveIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("agreements.approve"),
  version: z.number().int().min(1),
});

/** The parts of the draft a change can touch (an appreciation is each partner's own). */
export const draftParts = ["agreedTrue", "unclear", "nextSteps", "practice", "appreciation"] as const;
export const draftPartSchema = z.enum(draftParts);
export type DraftPart = z.infer<typeof draftPartSchema>;

export const agreementsEditedEventSchema = z.object({
  type: z.literal("agreements.edited"),
  version: z.number().int().min(1),
  content: draftSectionsSchema,
  /** Which sections this edit changed (events from before this was recorded have none). */
  parts: z.array(draftPartSchema).default([]),
});
export const agreementsAppreciatedEventSchema = z.object({
  type: z.literal("agreements.appreciated"),
  version: z.number().int().min(1),
  content: appreciationContentSchema,
});
export const agreementsApprovedEventSchema = z.object({
  type: z.literal("agreements.approved"),
  version: z.number().int().min(1),
});
