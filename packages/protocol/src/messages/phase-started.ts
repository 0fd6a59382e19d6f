import { z } from "zod";

/** The phases of a session, in order. */
export const phases = ["lobby", "checkIn", "closed"] as const;
export const phaseSchema = z.enum(phases);
export type Phase = z.infer<typeof phaseSchema>;

/** The session moves to its next phase. */
export const phaseStartedEventSchema = z.object({
  type: z.literal("phase.started"),
  phase: phaseSchema,
});
export type PhaseStartedEvent = z.infer<typeof phaseStartedEventSchema>;
