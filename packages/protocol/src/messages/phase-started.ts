import { z } from "zod";

/** The phases of a session, in the order a full session moves through them. */
export const phases = ["lobby", "review", "checkIn", "share", "intentions", "agreements", "closed"] as const;
export const phaseSchema = z.enum(phases);
export type Phase = z.infer<typeof phaseSchema>;

/** The session moves to its next phase (never to `closed`: that is `session.closed`). */
export const phaseStartedEventSchema = z.object({
  type: z.literal("phase.started"),
  phase: phaseSchema.exclude(["lobby", "closed"]),
});
export type PhaseStartedEvent = z.infer<typeof phaseStartedEventSchema>;
