import { apply } from "./engine.js";
import type { RoomEvent } from "./events.js";
import { emptyRoom, type RoomState } from "./state.js";

/**
 * One seat's view of the room: the events it holds, folded, in seq order. Events can arrive
 * twice (catch-up overlapping a live broadcast) or early (a broadcast overtaking a catch-up);
 * both are absorbed here so every client ends with the same ordered timeline.
 */
export interface Timeline {
  state: RoomState;
  /** Every event applied so far, in seq order. */
  events: readonly RoomEvent[];
  /** Events that arrived ahead of a missing seq, waiting for it. */
  pending: ReadonlyMap<number, RoomEvent>;
}

export const emptyTimeline: Timeline = { state: emptyRoom, events: [], pending: new Map() };

/**
 * A timeline that starts from a snapshot (the room at `seq`, as this seat may know it) rather
 * than from the room's first event; whatever this one held before `seq` is let go.
 */
export function fromSnapshot(timeline: Timeline, snapshot: { seq: number; state: RoomState }): Timeline {
  if (snapshot.seq <= timeline.state.seq) return timeline;
  const pending = new Map([...timeline.pending].filter(([seq]) => seq > snapshot.seq));
  return receive({ state: snapshot.state, events: [], pending }, []);
}

export function receive(timeline: Timeline, incoming: readonly RoomEvent[]): Timeline {
  const pending = new Map(timeline.pending);
  for (const event of incoming) {
    if (event.seq > timeline.state.seq) pending.set(event.seq, event);
  }
  let state = timeline.state;
  const applied: RoomEvent[] = [];
  for (let next = pending.get(state.seq + 1); next; next = pending.get(state.seq + 1)) {
    pending.delete(next.seq);
    state = apply(state, next);
    applied.push(next);
  }
  if (applied.length === 0 && pending.size === timeline.pending.size) return timeline;
  return { state, events: [...timeline.events, ...applied], pending };
}

/** True while some event is held back waiting for an earlier one: ask the server to sync. */
export function hasGap(timeline: Timeline): boolean {
  return timeline.pending.size > 0;
}
