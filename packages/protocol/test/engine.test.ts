import { describe, expect, it } from "vitest";
import { apply, decide, foldEvents, openRoom } from "../src/engine.js";
import type { EventBody, RoomEvent } from "../src/events.js";
import type { Role } from "../src/roles.js";
import type { RoomState } from "../src/state.js";

const created = { topic: "The dishes", partnerA: { name: "Sam" }, partnerB: { name: "Alex" } };

function stamp(state: RoomState, bodies: EventBody[], actor: Role | null): RoomEvent[] {
  return bodies.map((body, i) => ({ ...body, seq: state.seq + 1 + i, at: 1_000, actor }));
}

function run(state: RoomState, actor: Role, type = "lobby.ready"): RoomState {
  const decision = decide(state, { actionId: "action-1", type } as never, actor, 1_000);
  if (!decision.ok) throw new Error(decision.code);
  return foldEvents(stamp(state, decision.events, actor), state);
}

const opened = (() => {
  const decision = openRoom(created);
  if (!decision.ok) throw new Error("openRoom");
  return foldEvents(decision.events.map((body, i) => ({ ...body, seq: i + 1, at: 500, actor: null })));
})();

describe("the lobby", () => {
  it("opens a room in the lobby of its first session", () => {
    expect(opened).toMatchObject({
      seq: 2,
      topic: "The dishes",
      names: { partnerA: "Sam", partnerB: "Alex" },
      lastRecap: null,
      session: {
        phase: "lobby",
        ordinal: 1,
        kind: "first",
        format: "full",
        openedAt: 500,
        firstSpeaker: "partnerA",
        pause: null,
        away: null,
        ready: { partnerA: false, partnerB: false },
      },
    });
  });

  it("moves to the check-in once both partners are ready, in either order", () => {
    for (const [first, second] of [["partnerA", "partnerB"], ["partnerB", "partnerA"]] as const) {
      const one = run(opened, first);
      expect(one.session).toMatchObject({ phase: "lobby", ready: { [first]: true, [second]: false } });
      const both = run(one, second);
      expect(both.session?.phase).toBe("checkIn");
      expect(both.seq).toBe(5);
    }
  });

  it("treats a second ready from the same partner as already done", () => {
    const one = run(opened, "partnerA");
    expect(decide(one, { actionId: "again-123", type: "lobby.ready" }, "partnerA", 2_000)).toEqual({ ok: true, events: [] });
  });

  it("refuses an observer's ready and any ready after the lobby", () => {
    expect(decide(opened, { actionId: "obs-12345", type: "lobby.ready" }, "observer", 1)).toEqual({ ok: false, code: "not_your_seat" });
    const both = run(run(opened, "partnerA"), "partnerB");
    expect(decide(both, { actionId: "late-1234", type: "lobby.ready" }, "partnerA", 1)).toEqual({ ok: false, code: "wrong_phase" });
  });

  it("never mutates the state it is given", () => {
    const frozen = structuredClone(opened);
    run(opened, "partnerA");
    apply(opened, { type: "lobby.ready", seq: 3, at: 1, actor: "partnerB" });
    expect(opened).toEqual(frozen);
  });
});
