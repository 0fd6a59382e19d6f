import { z } from "zod";
import { seatTokenPattern } from "./limits.js";
import type { Refusal } from "./errors.js";
import type { StoredRecap } from "./recap.js";
import type { ObserverNote } from "./socket.js";
import type { Phase } from "./messages/phase-started.js";
import type { SessionKind } from "./messages/session-opened.js";

/**
 * Requests about the room itself rather than its session: its history of sessions and
 * recaps, a seat's new link, and deleting the room. Outside the event log on purpose: a
 * deleted room leaves nothing, and a recap is read from its stored row.
 */

/** One session of the room as stored: its recap once closed. */
export interface SessionSummary {
  ordinal: number;
  kind: SessionKind;
  phase: Phase;
  openedAt: number;
  closedAt: number | null;
  recap: StoredRecap | null;
  /** The coach's private notes on this session: present for observer seats only. */
  notes?: ObserverNote[];
}
export type HistoryAck = { ok: true; sessions: SessionSummary[] } | Refusal;

/**
 * The holder of a seat asks for a new link; the old one stops working at once. The device
 * makes the new token (256 bits from its CSPRNG) and keeps it before asking, so an answer
 * lost on the way cannot lose the seat: asking again with the same token is answered the
 * same, and a device refused on its old link tries the token it kept.
 */
export const reissueLinkSchema = z.object({ token: z.string().regex(seatTokenPattern) });
export type ReissueLink = z.infer<typeof reissueLinkSchema>;
export type ReissueAck = { ok: true; link: string } | Refusal;

/** A partner deletes the room, naming its topic as the confirmation showed it. */
export const deleteRoomSchema = z.object({ confirmTopic: z.string().max(200) });
export type DeleteRoomAck = { ok: true } | Refusal;
