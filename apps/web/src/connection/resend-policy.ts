import type { ActionAck, ErrorCode, Refusal } from "@repair-room/protocol";

/**
 * Why an action is still waiting, as the screens say it:
 * - `offline`: the line is down; it goes once the room welcomes this page back.
 * - `noAnswer`: it was sent, but no answer came in time.
 * - `unavailable`: the room answered that it could not take it just now (`unavailable`, `internal`).
 * - `busy`: the room asked this page to slow down (`rate_limited`).
 */
export type WaitReason = "offline" | "noAnswer" | "unavailable" | "busy";

/** An action kept and sent again until the room settles it; `since` is this device's time. */
export interface Waiting {
  since: number;
  reason: WaitReason;
}

/**
 * Answers that say "not now" rather than "no". The room may even have committed the action
 * before failing to say so, so it is sent again with the same actionId (the room answers a
 * repeat the same) and never counts as refused.
 */
const notNow: Readonly<Partial<Record<ErrorCode, WaitReason>>> = {
  unavailable: "unavailable",
  internal: "unavailable",
  rate_limited: "busy",
};

/** The wait an answer asks for, or null when it settles the action (accepted, or refused on its merits). */
export function waitReasonFor(ack: ActionAck): WaitReason | null {
  return ack.ok ? null : (notNow[ack.code] ?? null);
}

const firstDelayMs = 1_000;
const maxDelayMs = 15_000;
/** However soon the room says to come back, not sooner: a refusal must never become a tight loop. */
const minDelayMs = 250;

/**
 * How long to wait before sending the same action again: what the room asked for when it
 * said how long, else 1 s, 2 s, 4 s… up to 15 s, counted from the last answer that settled one.
 */
export function resendDelayMs(tries: number, answer?: Refusal): number {
  if (answer?.retryAfterMs !== undefined) return Math.max(minDelayMs, answer.retryAfterMs);
  return Math.min(maxDelayMs, firstDelayMs * 2 ** Math.max(0, tries));
}
