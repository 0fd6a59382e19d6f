import { refusal, type DeleteRoomAck, type HistoryAck, type NoteAck, type ObserverNote, type Refusal, type ReissueAck, type ReissueLink } from "@repair-room/protocol";
import { ackTimeoutMs, type RoomSocket } from "./transport";
import type { ViewStore } from "./view-store";

/**
 * Requests beside the timeline, each with its own answer and none kept for a reconnect:
 * an observer's notes, the room's history, a new link, deleting the room. Offline, or without
 * an answer in time, the answer is `unavailable`.
 */
export class SideRequests {
  constructor(
    private readonly store: ViewStore,
    /** The socket while the room has welcomed it. */
    private readonly liveSocket: () => RoomSocket | null,
  ) {}

  /** Observer seats: notes as they come (on the welcome, or one just kept), in order, once each. */
  notes(incoming: readonly ObserverNote[]): void {
    const { notes } = this.store.view;
    const known = new Set(notes.map((n) => n.id));
    const fresh = incoming.filter((n) => !known.has(n.id));
    if (fresh.length === 0) return;
    this.store.update({ notes: [...notes, ...fresh].sort((a, b) => a.at - b.at) });
  }

  /** Observer seats: keep a private note. Answers at once, with a refusal, while offline. */
  addNote(text: string): Promise<NoteAck> {
    const socket = this.liveSocket();
    if (!socket) return Promise.resolve(refusal("unavailable"));
    return new Promise((resolve) => {
      socket.timeout(ackTimeoutMs).emit("note", { text }, (error, ack) => {
        if (error) return resolve(refusal("unavailable"));
        if (ack.ok) this.notes([ack.note]);
        resolve(ack);
      });
    });
  }

  /** The room's sessions and their stored recaps (with the coach's notes, for observers). */
  history(): Promise<HistoryAck> {
    return this.request<HistoryAck>((socket, answer) => socket.timeout(ackTimeoutMs).emit("history", {}, answer));
  }

  /** Ask for a new link for this seat with `request`, a key token-custody.ts makes and keeps. */
  reissueLink(request: string): Promise<ReissueAck> {
    return this.request<ReissueAck>((socket, answer) =>
      socket.timeout(ackTimeoutMs).emit("reissueLink", { request } satisfies ReissueLink, answer),
    );
  }

  /** Partners: erase the room, confirmed by typing its topic. Everyone connected is told. */
  deleteRoom(confirmTopic: string): Promise<DeleteRoomAck> {
    return this.request<DeleteRoomAck>((socket, answer) => socket.timeout(ackTimeoutMs).emit("deleteRoom", { confirmTopic }, answer));
  }

  /** One request with an answer; offline, or without an answer in time, it is `unavailable`. */
  private request<A>(send: (socket: RoomSocket, answer: (error: Error | null, ack: A) => void) => void): Promise<A | Refusal> {
    const socket = this.liveSocket();
    if (!socket) return Promise.resolve(refusal("unavailable"));
    return new Promise((resolve) => send(socket, (error, ack) => resolve(error ? refusal("unavailable") : ack)));
  }
}
