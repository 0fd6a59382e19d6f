import { z } from "zod";
import { roomEventSchema, type RoomEvent } from "../events.js";
import { engineOptionsSchema, type EngineOptions } from "../options.js";
import { presenceSchema } from "../presence.js";
import { roleSchema } from "../roles.js";

/** The first message a socket receives once its link is accepted. */
export const welcomeSchema = z.object({
  protocolVersion: z.number().int(),
  roomId: z.string(),
  role: roleSchema,
  topic: z.string(),
  names: z.object({ partnerA: z.string(), partnerB: z.string() }),
  presence: presenceSchema,
  /** The room's latest seq at the moment of joining. */
  latestSeq: z.number().int().min(0),
  /** Every event after the handshake's `lastSeq`, filtered for this seat, in order. */
  missed: z.array(roomEventSchema),
  /** The server's clock when it sent this welcome (ms since the epoch), for countdowns. */
  serverNow: z.number().int(),
  /** The method's numbers this deployment runs by (tries, pause lengths, limits). */
  options: engineOptionsSchema,
});
export type Welcome = Omit<z.infer<typeof welcomeSchema>, "missed" | "options"> & { missed: RoomEvent[]; options: EngineOptions };
