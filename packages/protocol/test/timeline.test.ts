import { describe, expect, it } from "vitest";
import type { RoomEvent } from "../src/events.js";
import { emptyTimeline, hasGap, receive } from "../src/timeline.js";

const events: RoomEvent[] = [
  { seq: 1, at: 1, actor: null, type: "room.created", topic: "t", names: { partnerA: "Sam", partnerB: "Alex" } },
  { seq: 2, at: 1, actor: null, type: "session.opened", ordinal: 1, kind: "first", format: "full" },
  { seq: 3, at: 2, actor: "partnerA", type: "lobby.ready" },
  { seq: 4, at: 3, actor: "partnerB", type: "lobby.ready" },
  { seq: 5, at: 3, actor: "partnerB", type: "phase.started", phase: "checkIn" },
];

describe("a seat's timeline", () => {
  it("applies events in order whatever order and how often they arrive", () => {
    const inOrder = receive(emptyTimeline, events);
    let shuffled = receive(emptyTimeline, [events[1]!, events[0]!]);
    shuffled = receive(shuffled, [events[4]!]);
    expect(hasGap(shuffled)).toBe(true);
    expect(shuffled.state.seq).toBe(2);
    shuffled = receive(shuffled, [events[2]!, events[1]!, events[3]!, events[2]!]);
    expect(hasGap(shuffled)).toBe(false);
    expect(shuffled.state).toEqual(inOrder.state);
    expect(shuffled.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(inOrder.state.session?.phase).toBe("checkIn");
  });

  it("returns the same timeline when nothing new arrives", () => {
    const t = receive(emptyTimeline, events);
    expect(receive(t, events.slice(0, 3))).toBe(t);
  });
});
