import { z } from "zod";
import { refusalSchema } from "./errors.js";
import { seatTokenPattern } from "./limits.js";
import { text } from "./messages/text.js";
import { textLimits } from "./options.js";
import { observerNoteSchema } from "./messages/notes.js";
import { phaseSchema } from "./messages/phase-started.js";
import { sessionKindSchema } from "./messages/session-opened.js";
import { storedRecapSchema } from "./recap.js";

/**
 * Requests about the room itself rather than its session: its history of sessions and
 * recaps, a seat's new link, and deleting the room. Outside the event log on purpose: a
 * deleted room leaves nothing, and a recap is read from its stored row.
 */

/** One session of the room as stored: its recap once closed. */
export const sessionSummarySchema = z.object({
  ordinal: z.number().int().min(1),
  kind: sessionKindSchema,
  phase: phaseSchema,
  openedAt: z.number().int(),
  closedAt: z.number().int().nullable(),
  recap: storedRecapSchema.nullable(),
  /** The coach's private notes on this session: present for observer seats only. */
  notes: z.array(observerNoteSchema).optional(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** Ask for the room's history (nothing to say: the seat is known). */
export const historyRequestSchema = z.object({});
export const historyAckSchema = z.union([z.object({ ok: z.literal(true), sessions: z.array(sessionSummarySchema) }), refusalSchema]);
export type HistoryAck = z.infer<typeof historyAckSchema>;

/**
 * The holder of a seat asks for a new link; the old one stops working at once. The new token
 * is the room's own randomness (256 bits), whatever the device sends. The device sends a
 * request key of its own (256 bits from its CSPRNG), kept before asking, so an answer lost on
 * the way cannot lose the seat: asking again with the same key is answered with the same new
 * link, and a device turned away on its old link connects with the old token and this key
 * (the handshake's `reissue`) to be welcomed as the new seat.
 */
export const reissueLinkSchema = z.object({ request: z.string().regex(seatTokenPattern) });
export type ReissueLink = z.infer<typeof reissueLinkSchema>;
export const reissueAckSchema = z.union([z.object({ ok: z.literal(true), link: z.string() }), refusalSchema]);
export type ReissueAck = z.infer<typeof reissueAckSchema>;

/** A partner deletes the room, naming its topic as the confirmation showed it. */
export const deleteRoomSchema = z.object({ confirmTopic: text(textLimits.topic, "the room's topic") });
export const deleteRoomAckSchema = z.union([z.object({ ok: z.literal(true) }), refusalSchema]);
export type DeleteRoomAck = z.infer<typeof deleteRoomAckSchema>;
