import { z } from "zod";
import { lobbyReadyIntentSchema } from "./messages/lobby-ready.js";

/** Everything a client may ask of the room. The server parses every packet with this. */
export const intentSchema = z.discriminatedUnion("type", [lobbyReadyIntentSchema]);
export type Intent = z.infer<typeof intentSchema>;
export type IntentType = Intent["type"];
