import { z } from "zod";
import type { RoomEvent } from "./events.js";
import { maxSeq, roomIdPattern, seatTokenPattern } from "./limits.js";
import type { ActionAck, Latest, SyncAck } from "./messages/acks.js";
import type { NoteAck, ObserverNote } from "./messages/notes.js";
import type { Welcome } from "./messages/welcome.js";
import type { Presence } from "./presence.js";
import type { Refusal } from "./errors.js";
import type { DeleteRoomAck, HistoryAck, ReissueAck } from "./room-admin.js";
import { partnerRoleSchema } from "./roles.js";

/**
 * The socket.io handshake `auth` (never the query string, which can reach logs).
 * `lastSeq` is the last event the client already holds; it receives what it missed.
 * `reissue`: this device asked for a new link for `token` with this request key and never
 * heard the answer; the room then welcomes it as the new seat and tells it the new token.
 */
export const handshakeSchema = z.object({
  roomId: z.string().regex(roomIdPattern),
  token: z.string().regex(seatTokenPattern),
  lastSeq: z.number().int().min(0).max(maxSeq).default(0),
  reissue: z.string().regex(seatTokenPattern).optional(),
});
export type Handshake = z.input<typeof handshakeSchema>;

/** A partner started or stopped writing (never what). */
export const typingSchema = z.object({ active: z.boolean() });
/** Who is writing now, as the others hear it. */
export const typingEventSchema = z.object({ role: partnerRoleSchema, active: z.boolean() });
export type Typing = z.infer<typeof typingEventSchema>;

export const syncRequestSchema = z.object({ afterSeq: z.number().int().min(0).max(maxSeq) });

export interface ServerToClientEvents {
  welcome: (welcome: Welcome) => void;
  presence: (presence: Presence) => void;
  typing: (typing: Typing) => void;
  /** Observer seats only: notes, all of them on joining, then each new one. */
  notes: (notes: ObserverNote[]) => void;
  /** One accepted action's events, filtered for this seat, in seq order. */
  events: (events: RoomEvent[]) => void;
  /** The server is closing this socket for a reason the person should read. */
  closing: (reason: Refusal) => void;
  /** The room's latest seq, after news may have been lost: catch up if behind. */
  latest: (latest: Latest) => void;
}

export interface ClientToServerEvents {
  /** Any intent; the server parses it (it is `unknown` until then). */
  action: (intent: unknown, ack: (ack: ActionAck) => void) => void;
  /** Events after `afterSeq`, for a client that saw a gap. */
  sync: (request: unknown, ack: (ack: SyncAck) => void) => void;
  /** A partner started or stopped writing. */
  typing: (typing: unknown) => void;
  /** An observer adds a private note to the current session. */
  note: (note: unknown, ack: (ack: NoteAck) => void) => void;
  /** The room's sessions with their stored recaps. */
  history: (request: unknown, ack: (ack: HistoryAck) => void) => void;
  /** A new link for this seat; every socket on the old one is closed. */
  reissueLink: (request: unknown, ack: (ack: ReissueAck) => void) => void;
  /** Partners only: erase the room and everything in it. */
  deleteRoom: (request: unknown, ack: (ack: DeleteRoomAck) => void) => void;
}

export type { ActionAck, ConnectRefusal, Latest, SyncAck } from "./messages/acks.js";
export { actionAckSchema, connectRefusalSchema, latestSchema, syncAckSchema, syncPageSize } from "./messages/acks.js";
export type { NoteAck, ObserverNote } from "./messages/notes.js";
export { noteAckSchema, observerNoteInputSchema, observerNoteSchema } from "./messages/notes.js";
export type { Welcome } from "./messages/welcome.js";
export { welcomeSchema } from "./messages/welcome.js";
