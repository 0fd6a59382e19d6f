import { z } from "zod";
import type { Refusal } from "./errors.js";
import type { RoomEvent } from "./events.js";
import { roomIdPattern, seatTokenPattern, textLimits } from "./limits.js";
import { text } from "./messages/text.js";
import type { Presence } from "./presence.js";
import type { DeleteRoomAck, HistoryAck, ReissueAck } from "./room-admin.js";
import type { PartnerRole, Role } from "./roles.js";

/**
 * The socket.io handshake `auth` (never the query string, which can reach logs).
 * `lastSeq` is the last event the client already holds; it receives what it missed.
 */
export const handshakeSchema = z.object({
  roomId: z.string().regex(roomIdPattern),
  token: z.string().regex(seatTokenPattern),
  lastSeq: z.number().int().min(0).default(0),
});
export type Handshake = z.input<typeof handshakeSchema>;

/** The first message a socket receives once its link is accepted. */
export interface Welcome {
  protocolVersion: number;
  roomId: string;
  role: Role;
  topic: string;
  names: Record<PartnerRole, string>;
  presence: Presence;
  /** The room's latest seq at the moment of joining. */
  latestSeq: number;
  /** Every event after the handshake's `lastSeq`, filtered for this seat, in order. */
  missed: RoomEvent[];
  /** The server's clock when it sent this welcome (ms since the epoch), for countdowns. */
  serverNow: number;
}

/** The answer to an action: its last event's seq (the same on a retry), or why not. */
export type ActionAck = { ok: true; seq: number } | Refusal;

/** The answer to a catch-up request after a gap. */
export type SyncAck = { ok: true; events: RoomEvent[]; latestSeq: number } | Refusal;

/** Who is writing now, never what. */
export interface Typing {
  role: PartnerRole;
  active: boolean;
}
export const typingSchema = z.object({ active: z.boolean() });

/** A coach's private note: stored per session, sent to observer seats only. */
export interface ObserverNote {
  id: string;
  sessionOrdinal: number;
  text: string;
  at: number;
}
export const observerNoteInputSchema = z.object({ text: text(textLimits.observerNote, "a note") });
export type NoteAck = { ok: true; note: ObserverNote } | Refusal;

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

export const syncRequestSchema = z.object({ afterSeq: z.number().int().min(0) });

/** What `connect_error` carries in `err.data` when a link is refused. */
export interface ConnectRefusal {
  refusal: Refusal;
}
