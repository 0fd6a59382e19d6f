import { z } from "zod";
import { refusalSchema } from "../errors.js";
import { roomEventSchema, type RoomEvent } from "../events.js";

/** The answer to an action: its last event's seq (the same on a retry), or why not. */
export const actionAckSchema = z.union([z.object({ ok: z.literal(true), seq: z.number().int().min(0) }), refusalSchema]);
export type ActionAck = z.infer<typeof actionAckSchema>;

/**
 * The answer to a catch-up request after a gap: at most one page of events after `afterSeq`,
 * and the room's latest seq, so a page that is still behind asks again.
 */
export const syncAckSchema = z.union([
  z.object({ ok: z.literal(true), events: z.array(roomEventSchema), latestSeq: z.number().int().min(0) }),
  refusalSchema,
]);
export type SyncAck = { ok: true; events: RoomEvent[]; latestSeq: number } | z.infer<typeof refusalSchema>;

/** What `connect_error` carries in `err.data` when a link is refused. */
export const connectRefusalSchema = z.object({ refusal: refusalSchema });
export type ConnectRefusal = z.infer<typeof connectRefusalSchema>;

/**
 * The room's latest seq, sent when news may have been lost on the way (another process's
 * broadcast while Redis was away): a page that is behind asks for what it missed.
 */
export const latestSchema = z.object({ latestSeq: z.number().int().min(0) });
export type Latest = z.infer<typeof latestSchema>;

/** How many events one catch-up answer carries at most. */
export const syncPageSize = 500;
