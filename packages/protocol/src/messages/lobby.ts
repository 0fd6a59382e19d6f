import { z } from "zod";
import { textLimits } from "../options.js";
import { partnerRoleSchema } from "../roles.js";
import { actionIdSchema } from "./action-id.js";
import { storedText, text } from "./text.js";

export const sessionFormatSchema = z.enum(["full", "checkInOnly"]);
export type SessionFormat = z.infer<typeof sessionFormatSchema>;

export const lobbySetTopicIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("lobby.setTopic"),
  content: z.object({ topic: text(textLimits.topic, "a short topic") }),
});
/** A partner changes their own display name. */
export const lobbySetNameIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("lobby.setName"),
  content: z.object({ name: text(textLimits.displayName, "your name") }),
});
export const lobbyFirstSpeakerIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("lobby.firstSpeaker"),
  speaker: partnerRoleSchema,
});
/** Follow-up sessions only: the usual phases, or a short check-in only. */
export const lobbyFormatIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("lobby.format"),
  format: sessionFormatSchema,
});

export const lobbyTopicSetEventSchema = z.object({
  type: z.literal("lobby.topicSet"),
  content: z.object({ topic: storedText(textLimits.topic) }),
});
export const lobbyNameSetEventSchema = z.object({
  type: z.literal("lobby.nameSet"),
  content: z.object({ name: storedText(textLimits.displayName) }),
});
export const lobbyFirstSpeakerSetEventSchema = z.object({ type: z.literal("lobby.firstSpeakerSet"), speaker: partnerRoleSchema });
export const lobbyFormatSetEventSchema = z.object({ type: z.literal("lobby.formatSet"), format: sessionFormatSchema });
