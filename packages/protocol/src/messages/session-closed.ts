import { z } from "zod";
import { recapSchema } from "../recap.js";
import { actionIdSchema } from "./action-id.js";
import { sessionFormatSchema } from "./lobby.js";

/** Both approved the same version: the session closes with its recap, written in the same transaction. */
export const sessionClosedEventSchema = z.object({
  type: z.literal("session.closed"),
  recap: recapSchema,
});

/** Open the room's next session, which begins by reviewing the last recap's next steps. */
export const sessionOpenFollowUpIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("session.openFollowUp"),
  format: sessionFormatSchema.default("full"),
});
