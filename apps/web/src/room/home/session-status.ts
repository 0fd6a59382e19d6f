import { phaseNames, type SessionFormat, type SessionKind, type SessionState, type SessionSummary } from "@repair-room/protocol";

/** Where a session stands, for the room's home. */
export type SessionStatus = "closed" | "inProgress" | "waiting";

export interface SessionRow {
  ordinal: number;
  kind: SessionKind;
  /** Known for the live session and for closed ones (from the recap); null otherwise. */
  format: SessionFormat | null;
  openedAt: number;
  closedAt: number | null;
  status: SessionStatus;
  /** In plain words: "Closed", "In progress: Check-in", "Paused for now"… */
  statusLabel: string;
}

/**
 * The room's sessions, newest first, from the stored history and the live state (which is
 * newer: a follow-up opened a moment ago is listed before the history is asked again).
 */
export function sessionRows(history: readonly SessionSummary[], live: SessionState | null): SessionRow[] {
  const rows = history.map((s) => row(s, live?.ordinal === s.ordinal ? live : null));
  if (live && !history.some((s) => s.ordinal === live.ordinal)) {
    rows.push(row({ ordinal: live.ordinal, kind: live.kind, phase: live.phase, openedAt: live.openedAt, closedAt: null, recap: null }, live));
  }
  return rows.sort((a, b) => b.ordinal - a.ordinal);
}

function row(summary: SessionSummary, live: SessionState | null): SessionRow {
  const base = {
    ordinal: summary.ordinal,
    kind: summary.kind,
    format: live?.format ?? summary.recap?.format ?? null,
    openedAt: summary.openedAt,
    closedAt: summary.closedAt ?? (live?.phase === "closed" ? live.recap.closedAt : null),
  };
  if (base.closedAt !== null || summary.phase === "closed" || live?.phase === "closed") {
    return { ...base, status: "closed", statusLabel: "Closed" };
  }
  // "Stopped" and "continue another time" read the same: never who, never why.
  if (live?.away) return { ...base, status: "waiting", statusLabel: "Paused for now, until you're both back" };
  const phase = live?.phase ?? summary.phase;
  if (phase === "lobby") return { ...base, status: "waiting", statusLabel: "Waiting to begin" };
  return { ...base, status: "inProgress", statusLabel: `In progress: ${phaseNames[phase]}` };
}

/** "The first session", "A follow-up", "A follow-up (a short check-in)". */
export function sessionKindLabel(row: Pick<SessionRow, "kind" | "format">): string {
  if (row.kind === "first") return "The first session";
  return row.format === "checkInOnly" ? "A follow-up (a short check-in)" : "A follow-up";
}
