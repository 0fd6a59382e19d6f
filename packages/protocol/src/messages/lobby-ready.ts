import { z } from "zod";
import { actionIdSchema } from "./action-id.js";

/** A partner says they are ready to begin. */
export const lobbyReadyIntentSchema = z.object({
  actionId: actionIdSchema,
  type: z.literal("lobby.ready"),
});
export type LobbyReadyIntent = z.infer<typeof lobbyReadyIntentSchema>;

/** The acting partner (the event's actor) is ready. */
export const lobbyReadyEventSchema = z.object({
  type: z.literal("lobby.ready"),
});
export type LobbyReadyEvent = z.infer<typeof lobbyReadyEventSchema>;
