import { deleteRoomSchema, isPartner, observerNoteInputSchema, parseOrRefuse, refusal, reissueLinkSchema } from "@repair-room/protocol";
import type { FastifyBaseLogger } from "fastify";
import type { RoomAuthority } from "../rooms/authority.js";
import { originOf, seatLink } from "../rooms/links.js";
import type { NotesStore } from "../rooms/notes-store.js";
import { linkChannel, roomChannel, seatChannel } from "./channels.js";
import type { RoomServer, RoomSocket } from "./types.js";

/**
 * Requests about the room rather than its session: observers' notes, the history of
 * sessions and recaps, a new link for a seat, deleting the room. None of them enters the
 * event log. Each answers through its ack; a failure is `unavailable`, never a stack.
 */
export function roomAdminHandlers(io: RoomServer, deps: { authority: RoomAuthority; notes: NotesStore; log: FastifyBaseLogger }) {
  const { authority, notes, log } = deps;

  async function note(socket: RoomSocket, raw: unknown, ack: unknown): Promise<void> {
    if (typeof ack !== "function") return;
    const reply = ack as (a: unknown) => void;
    const { seat } = socket.data;
    if (seat.role !== "observer") return reply(refusal("not_your_seat"));
    const parsed = parseOrRefuse(observerNoteInputSchema, raw);
    if (!parsed.ok) return reply(parsed);
    try {
      if (!(await authority.seatIsLive(seat.seatId))) return reply(refusal("link_revoked"));
      const note = await notes.add(seat.roomId, seat.seatId, parsed.value.text);
      if (!note) return reply(refusal("wrong_phase"));
      reply({ ok: true, note });
      // Observer seats only: no partner socket is in this channel.
      socket.to(seatChannel(seat.roomId, "observer")).emit("notes", [note]);
    } catch (error) {
      log.error({ err: error }, "note failed");
      reply(refusal("unavailable"));
    }
  }

  async function history(socket: RoomSocket, ack: unknown): Promise<void> {
    if (typeof ack !== "function") return;
    const { roomId, role, seatId } = socket.data.seat;
    try {
      if (!(await authority.seatIsLive(seatId))) return ack(refusal("link_revoked"));
      const sessions = await authority.history(roomId);
      if (role === "observer") {
        // The coach's notes travel with the history to observer seats, and to no other.
        const all = await notes.forRoom(roomId);
        for (const session of sessions) session.notes = all.filter((n) => n.sessionOrdinal === session.ordinal);
      }
      ack({ ok: true, sessions });
    } catch (error) {
      log.error({ err: error }, "history failed");
      ack(refusal("unavailable"));
    }
  }

  async function reissue(socket: RoomSocket, raw: unknown, ack: unknown): Promise<void> {
    if (typeof ack !== "function") return;
    const old = socket.data.seat;
    const parsed = parseOrRefuse(reissueLinkSchema, raw);
    if (!parsed.ok) return ack(parsed);
    try {
      const outcome = await authority.reissue(old, parsed.value.token);
      if (outcome === "revoked") return ack(refusal("link_revoked"));
      if (outcome === "taken") return ack(refusal("invalid_input", "token", "That new link can't be used. Please try again."));
      // This socket goes on as the new seat; every other socket on the old link, on any
      // process, is told and closed (a broadcast: it waits on no other process).
      socket.data.seat = outcome;
      if (outcome.seatId !== old.seatId) {
        await socket.join(linkChannel(outcome.seatId));
        socket.leave(linkChannel(old.seatId));
        io.to(linkChannel(old.seatId)).except(socket.id).emit("closing", refusal("link_revoked"));
        io.in(linkChannel(old.seatId)).except(socket.id).disconnectSockets(true);
      }
      const { headers } = socket.handshake;
      ack({ ok: true, link: seatLink(originOf(headers, socket.handshake.secure ? "https" : "http", headers.host), outcome.roomId, parsed.value.token) });
    } catch (error) {
      log.error({ err: error }, "reissue failed");
      ack(refusal("unavailable"));
    }
  }

  async function deleteRoom(socket: RoomSocket, raw: unknown, ack: unknown): Promise<void> {
    if (typeof ack !== "function") return;
    const { seat } = socket.data;
    if (!isPartner(seat.role)) return ack(refusal("not_your_seat"));
    const parsed = parseOrRefuse(deleteRoomSchema, raw);
    if (!parsed.ok) return ack(parsed);
    try {
      if (!(await authority.seatIsLive(seat.seatId))) return ack(refusal("link_revoked"));
      const outcome = await authority.deleteRoom(seat.roomId, parsed.value.confirmTopic);
      if (outcome === "topic_mismatch") {
        return ack(refusal("invalid_input", "confirmTopic", "The topic doesn't match. Please check it and confirm again."));
      }
      ack({ ok: true });
      io.to(roomChannel(seat.roomId)).emit("closing", refusal("room_deleted"));
      io.in(roomChannel(seat.roomId)).disconnectSockets(true);
    } catch (error) {
      log.error({ err: error }, "delete failed");
      ack(refusal("unavailable"));
    }
  }

  return { note, history, reissue, deleteRoom };
}
