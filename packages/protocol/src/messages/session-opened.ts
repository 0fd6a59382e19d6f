import { z } from "zod";

export const sessionKindSchema = z.enum(["first", "followUp"]);
export type SessionKind = z.infer<typeof sessionKindSchema>;

/** A new session of the room begins, in its lobby. Ordinals count from 1. */
export const sessionOpenedEventSchema = z.object({
  type: z.literal("session.opened"),
  ordinal: z.number().int().min(1),
  kind: sessionKindSchema,
});
export type SessionOpenedEvent = z.infer<typeof sessionOpenedEventSchema>;
