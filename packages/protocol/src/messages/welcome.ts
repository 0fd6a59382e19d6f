import { z } from "zod";
import { roomEventSchema, type RoomEvent } from "../events.js";
import { seatTokenPattern } from "../limits.js";
import { engineOptionsSchema, type EngineOptions } from "../options.js";
import { presenceSchema } from "../presence.js";
import { roleSchema } from "../roles.js";
import type { RoomState } from "../state.js";

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
  /**
   * A page that holds nothing of the current session starts from this: the room as this seat
   * may know it just before the session opened (at `seq`), with `missed` carrying the session's
   * events from there; in a long session (or for a page far behind in one), the room as it was
   * before the last events the server sends, so no welcome grows with a session's length. Null
   * when the page's own place is where `missed` begins.
   */
  snapshot: z.object({ seq: z.number().int().min(0), state: z.record(z.string(), z.unknown()) }).nullable(),
  /** The events after the handshake's `lastSeq` (or after the snapshot), filtered for this seat, in order. */
  missed: z.array(roomEventSchema),
  /** The server's clock when it sent this welcome (ms since the epoch), for countdowns. */
  serverNow: z.number().int(),
  /** The method's numbers this deployment runs by (tries, pause lengths, limits). */
  options: engineOptionsSchema,
  /** Welcomed through a re-issue whose answer was lost (the handshake's `reissue`): the seat's new token. */
  reissuedToken: z.string().regex(seatTokenPattern).optional(),
});
export type Welcome = Omit<z.infer<typeof welcomeSchema>, "missed" | "options" | "snapshot"> & {
  missed: RoomEvent[];
  options: EngineOptions;
  snapshot: { seq: number; state: RoomState } | null;
};
