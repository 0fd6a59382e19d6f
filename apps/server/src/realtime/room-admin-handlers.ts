import { deleteRoomSchema, historyRequestSchema, may, observerNoteInputSchema, refusal, reissueLinkSchema } from "@repair-room/protocol";
import type { FastifyBaseLogger } from "fastify";
import type { RoomAuthority } from "../rooms/authority.js";
import { seatLink } from "../rooms/links.js";
import type { NotesStore } from "../rooms/notes-store.js";
import { linkChannel, roomChannel, seatChannel } from "./channels.js";
import { requestHandler } from "./request.js";
import type { RoomServer } from "./types.js";

/**
 * Requests about the room rather than its session: observers' notes, the history of
 * sessions and recaps, a new link for a seat, deleting the room. None of them enters the
 * event log. Each goes through the one request skeleton (request.ts).
 */
export function roomAdminHandlers(io: RoomServer, deps: { authority: RoomAuthority; notes: NotesStore; log: FastifyBaseLogger }) {
  const { authority, notes } = deps;

  const note = requestHandler(deps, {
    name: "note",
    schema: observerNoteInputSchema,
    right: "keepNotes",
    async run(socket, input) {
      const { seat } = socket.data;
      const added = await notes.add(seat.roomId, seat.seatId, input.text);
      if (!added) return { answer: refusal("wrong_phase") };
      // Observer seats only: no partner socket is in this channel.
      return { answer: { ok: true, note: added }, after: () => socket.to(seatChannel(seat.roomId, "observer")).emit("notes", [added]) };
    },
  });

  const history = requestHandler(deps, {
    name: "history",
    schema: historyRequestSchema,
    async run(socket) {
      const { roomId, role } = socket.data.seat;
      const sessions = await authority.history(roomId);
      if (may(role, "keepNotes")) {
        // The coach's notes travel with the history to the seats that keep them, and to no other.
        const all = await notes.forRoom(roomId);
        for (const session of sessions) session.notes = all.filter((n) => n.sessionOrdinal === session.ordinal);
      }
      return { answer: { ok: true, sessions } };
    },
  });

  const reissue = requestHandler(deps, {
    name: "reissueLink",
    schema: reissueLinkSchema,
    right: "reissueLink",
    // A revoked seat is told so by the store, in the same transaction as the re-issue.
    checkLive: false,
    async run(socket, input) {
      const old = socket.data.seat;
      const outcome = await authority.reissue(old, input.request);
      // One answer for every refusal: it tells nothing about other seats or links.
      if (outcome === "refused") return { answer: refusal("link_revoked") };
      // This socket goes on as the new seat; every other socket on the old link, on any
      // process, is told and closed (a broadcast: it waits on no other process).
      const { seat } = outcome;
      socket.data.seat = seat;
      if (seat.seatId !== old.seatId) {
        await socket.join(linkChannel(seat.seatId));
        socket.leave(linkChannel(old.seatId));
        io.to(linkChannel(old.seatId)).except(socket.id).emit("closing", refusal("link_revoked"));
        io.in(linkChannel(old.seatId)).except(socket.id).disconnectSockets(true);
      }
      return { answer: { ok: true, link: seatLink(socket.data.linkOrigin, seat.roomId, outcome.token) } };
    },
  });

  const deleteRoom = requestHandler(deps, {
    name: "deleteRoom",
    schema: deleteRoomSchema,
    right: "deleteRoom",
    async run(socket, input) {
      const { roomId } = socket.data.seat;
      const outcome = await authority.deleteRoom(roomId, input.confirmTopic);
      if (outcome === "topic_mismatch") {
        return { answer: refusal("invalid_input", "confirmTopic", "The topic doesn't match. Please check it and confirm again.") };
      }
      return {
        answer: { ok: true },
        after: () => {
          io.to(roomChannel(roomId)).emit("closing", refusal("room_deleted"));
          io.in(roomChannel(roomId)).disconnectSockets(true);
        },
      };
    },
  });

  return { note, history, reissue, deleteRoom };
}
