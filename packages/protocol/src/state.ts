import type { PartnerRole } from "./roles.js";
import type { SessionKind } from "./messages/session-opened.js";

interface SessionBase {
  ordinal: number;
  kind: SessionKind;
  openedAt: number;
}

/** Ground rules on screen; each partner marks ready. */
export interface LobbySession extends SessionBase {
  phase: "lobby";
  ready: Record<PartnerRole, boolean>;
}

/** Both partners were ready; the check-in comes next. */
export interface CheckInSession extends SessionBase {
  phase: "checkIn";
}

/** The session is over; nothing more can be added to it. */
export interface ClosedSession extends SessionBase {
  phase: "closed";
}

/** The current session, a discriminated union on its phase: each holds only its own data. */
export type SessionState = LobbySession | CheckInSession | ClosedSession;

/** The whole room as every rule sees it, folded from the room's ordered events. */
export interface RoomState {
  /** The seq of the last event folded in; 0 before the first. */
  seq: number;
  topic: string;
  names: Record<PartnerRole, string>;
  /** The latest session; null only before the room's first event. */
  session: SessionState | null;
}

export const emptyRoom: RoomState = {
  seq: 0,
  topic: "",
  names: { partnerA: "", partnerB: "" },
  session: null,
};

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
