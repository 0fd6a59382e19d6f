import { z } from "zod";
import { sessionFormatSchema } from "./lobby.js";

export const sessionKindSchema = z.enum(["first", "followUp"]);
export type SessionKind = z.infer<typeof sessionKindSchema>;

/** A new session of the room begins, in its lobby. Ordinals count from 1. */
export const sessionOpenedEventSchema = z.object({
  type: z.literal("session.opened"),
  ordinal: z.number().int().min(1),
  kind: sessionKindSchema,
  format: sessionFormatSchema.default("full"),
});
export type SessionOpenedEvent = z.infer<typeof sessionOpenedEventSchema>;
