import { z } from "zod";
import { actionIdSchema } from "./action-id.js";

/**
 * "I need to stop" and "continue another time": one tap, no reason asked. The session waits
 * in its phase, everything kept, until both partners are back and ready. Other seats are
 * not told which partner chose it.
 */
export const sessionLeaveIntentSchema = z.object({ actionId: actionIdSchema, type: z.literal("session.leave") });
export const sessionAdjournIntentSchema = z.object({ actionId: actionIdSchema, type: z.literal("session.adjourn") });
/** A partner is back and ready to go on. */
export const sessionReturnIntentSchema = z.object({ actionId: actionIdSchema, type: z.literal("session.return") });

export const sessionLeftEventSchema = z.object({ type: z.literal("session.left") });
export const sessionAdjournedEventSchema = z.object({ type: z.literal("session.adjourned") });
export const sessionReturnedEventSchema = z.object({ type: z.literal("session.returned") });
export const sessionResumedEventSchema = z.object({ type: z.literal("session.resumed") });
