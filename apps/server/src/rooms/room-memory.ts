import { apply, emptyRoom, type RoomEvent, type RoomState } from "@repair-room/protocol";

/** A room's state at one point of its log. */
export interface Snapshot {
  seq: number;
  state: RoomState;
}

/**
 * What this process holds of a room between actions, so that deciding reads nothing: its
 * state at the log's end, the current session's row (new events belong to it), and the state
 * just before the current session opened (what a joining page starts from, with the session's
 * own events after it, instead of the room's whole history).
 */
export interface RoomMemory {
  state: RoomState;
  sessionId: string | null;
  opening: Snapshot;
}

/** The memory after `events` (in order, following on from it), noting where a session opens. */
export function remember(memory: RoomMemory | undefined, events: readonly RoomEvent[], sessionId?: string | null): RoomMemory {
  let state = memory?.state ?? emptyRoom;
  let opening = memory?.opening ?? { seq: 0, state: emptyRoom };
  for (const event of events) {
    // A first session has nothing before it worth leaving out: its pages start from the room's first event.
    if (event.type === "session.opened") opening = event.ordinal === 1 ? { seq: 0, state: emptyRoom } : { seq: state.seq, state };
    state = apply(state, event);
  }
  return { state, opening, sessionId: sessionId === undefined ? (memory?.sessionId ?? null) : sessionId };
}
