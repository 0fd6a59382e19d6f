import { routes, type SessionState, type SessionSummary } from "@repair-room/protocol";
import { describe, expect, it } from "vitest";
import { sessionKindLabel, sessionRows } from "./session-status";

const summary = (ordinal: number, phase: SessionSummary["phase"], closedAt: number | null = null): SessionSummary => ({
  ordinal,
  kind: ordinal === 1 ? "first" : "followUp",
  phase,
  openedAt: ordinal * 100,
  closedAt,
  recap: null,
});

function live(ordinal: number, phase: "lobby" | "checkIn", away = false): SessionState {
  const base = {
    ordinal,
    kind: "followUp" as const,
    format: "checkInOnly" as const,
    openedAt: 900,
    firstSpeaker: "partnerA" as const,
    route: routes.checkInOnly,
    pause: null,
    away: away ? { kind: "adjourned" as const, at: 950, back: { partnerA: false, partnerB: false } } : null,
    record: { review: null, checkIns: null, rounds: [], intentions: { partnerA: null, partnerB: null }, acknowledgements: { partnerA: null, partnerB: null }, pauses: [], breaks: [] },
  };
  return phase === "lobby"
    ? { ...base, phase, ready: { partnerA: false, partnerB: false } }
    : { ...base, phase, submitted: { partnerA: null, partnerB: null } };
}

describe("the room's sessions", () => {
  it("lists them newest first, closed, waiting or in progress", () => {
    const rows = sessionRows([summary(1, "closed", 150), summary(2, "checkIn")], live(2, "checkIn"));
    expect(rows.map((r) => [r.ordinal, r.status, r.statusLabel])).toEqual([
      [2, "inProgress", "In progress: Check-in"],
      [1, "closed", "Closed"],
    ]);
    expect(rows[0]?.format).toBe("checkInOnly");
  });

  it("adds the live session before the stored history has caught up with it", () => {
    const rows = sessionRows([summary(1, "closed", 150)], live(2, "lobby"));
    expect(rows.map((r) => [r.ordinal, r.status, r.statusLabel])).toEqual([
      [2, "waiting", "Waiting to begin"],
      [1, "closed", "Closed"],
    ]);
  });

  it("says a session waiting for both to come back is paused for now, never who stopped", () => {
    const [row] = sessionRows([summary(1, "checkIn")], live(1, "checkIn", true));
    expect(row).toMatchObject({ status: "waiting", statusLabel: "Paused for now, until you're both back" });
  });

  it("names each kind of session", () => {
    expect(sessionKindLabel({ kind: "first", format: "full" })).toBe("The first session");
    expect(sessionKindLabel({ kind: "followUp", format: null })).toBe("A follow-up");
    expect(sessionKindLabel({ kind: "followUp", format: "checkInOnly" })).toBe("A follow-up (a short check-in)");
  });
});
