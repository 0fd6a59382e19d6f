import { describe, expect, it } from "vitest";
import { judge, type LogRow } from "./support/audit.js";
import type { SettledAction } from "./support/traffic.js";

// The fault tests pass when the audit finds nothing: make sure it finds what it is for.
const at = new Date(Date.UTC(2026, 10, 30, 9));
const row = (roomId: string, seq: number, actionId: string | null, type = "lobby.ready", payload: unknown = {}): LogRow => ({
  room_id: roomId,
  seq,
  action_id: actionId,
  type,
  payload,
  created_at: at,
  role: actionId ? "partnerA" : null,
});
const opening = (roomId: string) => [
  row(roomId, 1, null, "room.created", { topic: "t", names: { partnerA: "Sam", partnerB: "Alex" } }),
  row(roomId, 2, null, "session.opened", { ordinal: 1, kind: "first", format: "full" }),
];
const acked = (roomId: string, actionId: string, seq: number, attempts = 1): SettledAction => ({
  roomId,
  url: "http://server",
  actionId,
  type: "lobby.ready",
  role: "partnerA",
  ack: { ok: true, seq },
  attempts,
  retriedOn: attempts > 1 ? ["timeout"] : [],
  sentAt: at.getTime() - 10,
  lastSentAt: at.getTime() + 10,
  settledAt: at.getTime() + 20,
});

describe("the fault harness's audit of the event log", () => {
  it("passes a clean log", () => {
    const audit = judge(["r"], [...opening("r"), row("r", 3, "a1"), row("r", 4, "a2")], new Map([["r", 4]]), [acked("r", "a1", 3), acked("r", "a2", 4, 2)]);
    expect(audit).toMatchObject({ acked: 2, resent: 1, replayed: 1, lost: 0, duplicated: 0, gaps: 0, wrongSeq: 0, unanswered: 0, problems: [] });
  });

  it("counts an acked action with no event as lost, and an event nobody was answered for", () => {
    const audit = judge(["r"], [...opening("r"), row("r", 3, "other")], new Map([["r", 3]]), [acked("r", "a1", 3)]);
    expect(audit).toMatchObject({ lost: 1, unanswered: 1 });
  });

  it("counts an actionId carried twice as duplicated, and a retry answered with another seq", () => {
    const audit = judge(["r"], [...opening("r"), row("r", 3, "a1"), row("r", 4, "a1")], new Map([["r", 4]]), [acked("r", "a1", 4)]);
    expect(audit).toMatchObject({ duplicated: 1, wrongSeq: 0 });
    expect(judge(["r"], [...opening("r"), row("r", 3, "a1")], new Map([["r", 3]]), [acked("r", "a1", 5)]).wrongSeq).toBe(1);
  });

  it("counts a missing seq and a room whose last_seq disagrees with its log as gaps", () => {
    expect(judge(["r"], [...opening("r"), row("r", 4, "a1")], new Map([["r", 4]]), [acked("r", "a1", 4)]).gaps).toBe(1);
    expect(judge(["r"], [...opening("r")], new Map([["r", 3]]), []).gaps).toBe(1);
  });

  it("takes a receipt for an action that changed nothing as its record, not as lost; a receipt beside an event is applied twice", () => {
    const clean = judge(["r"], [...opening("r"), row("r", 3, "a1")], new Map([["r", 3]]), [acked("r", "a1", 3), acked("r", "noop", 3)], new Map([["r/noop", 3]]));
    expect(clean).toMatchObject({ lost: 0, duplicated: 0, wrongSeq: 0, problems: [] });
    expect(judge(["r"], [...opening("r")], new Map([["r", 2]]), [acked("r", "noop", 4)], new Map([["r/noop", 2]])).wrongSeq).toBe(1);
    expect(judge(["r"], [...opening("r"), row("r", 3, "a1")], new Map([["r", 3]]), [acked("r", "a1", 3)], new Map([["r/a1", 3]])).duplicated).toBe(1);
  });
});
