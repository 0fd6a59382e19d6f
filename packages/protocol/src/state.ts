import type { DraftPart, DraftSections } from "./messages/agreements.js";
import type { CheckInContent } from "./messages/check-in.js";
import type { AcknowledgementContent, IntentionContent } from "./messages/intentions.js";
import type { SessionFormat } from "./messages/lobby.js";
import type { Phase } from "./messages/phase-started.js";
import type { LookBackItem, ReviewMark } from "./messages/review.js";
import type { SessionKind } from "./messages/session-opened.js";
import type { ReflectionContent, StatementContent } from "./messages/share.js";
import type { BreakRecord, PauseRecord, Recap, ReviewRecord, RoundRecord } from "./recap.js";
import type { PartnerRole, Role } from "./roles.js";

export type ByPartner<T> = Record<PartnerRole, T>;

/** The pause signal while it is up. */
export interface ActivePause {
  by: Role;
  at: number;
  minutes: number;
  /** Server time before which nobody can resume. */
  endsAt: number;
  ready: ByPartner<boolean>;
}

/** A stop or an adjournment: the session waits until both partners are back. */
export interface ActiveBreak {
  kind: BreakRecord["kind"];
  at: number;
  back: ByPartner<boolean>;
}

/** What the session has gathered so far, carried from phase to phase into the recap. */
export interface SessionRecord {
  review: ReviewRecord | null;
  checkIns: ByPartner<CheckInContent> | null;
  rounds: RoundRecord[];
  intentions: ByPartner<IntentionContent | null>;
  /** Each partner's answer to the other's intention. */
  acknowledgements: ByPartner<AcknowledgementContent | null>;
  pauses: PauseRecord[];
  breaks: BreakRecord[];
}

/** What every session holds, whatever its phase. */
export interface SessionBase {
  ordinal: number;
  kind: SessionKind;
  format: SessionFormat;
  openedAt: number;
  firstSpeaker: PartnerRole;
  /** The phases this session goes through, in order (route.ts): decided as it opens. */
  route: readonly Phase[];
  pause: ActivePause | null;
  away: ActiveBreak | null;
  record: SessionRecord;
}

/** Ground rules on screen; names, topic and who speaks first can change; each marks ready. */
export interface LobbySession extends SessionBase {
  phase: "lobby";
  ready: ByPartner<boolean>;
}

/** A follow-up opens by looking back at the last recap's next steps. */
export interface ReviewSession extends SessionBase {
  phase: "review";
  items: LookBackItem[];
  marks: ByPartner<(ReviewMark | null)[]>;
  appreciations: ByPartner<string | null>;
  done: ByPartner<boolean>;
}

/**
 * Each partner's check-in, hidden from every other seat until both are in. Another seat's
 * view holds "hidden" where the server holds the content.
 */
export interface CheckInSession extends SessionBase {
  phase: "checkIn";
  submitted: ByPartner<CheckInContent | "hidden" | null>;
}

export interface ShareRound {
  speaker: PartnerRole;
  step: "stating" | "reflecting" | "confirming";
  statement: StatementContent | null;
  /** Reflections so far with the speaker's verdicts; the last one may await its verdict. */
  attempts: { reflection: ReflectionContent; verdict: "yes" | "notQuite" | null; clarification: string | null }[];
}

/** Share and reflect: the speaker states, the listener reflects, the speaker confirms. */
export interface ShareSession extends SessionBase {
  phase: "share";
  round: ShareRound;
  spoken: ByPartner<boolean>;
  movingOn: ByPartner<boolean>;
}

/**
 * Each partner writes what they intended, the impact they acknowledge and one concrete action,
 * hidden from every other seat until both are in; then each reads the other's and answers it.
 */
export interface IntentionsSession extends SessionBase {
  phase: "intentions";
  /** Each partner's intention; another seat's view holds "hidden" until both are in. */
  written: ByPartner<IntentionContent | "hidden" | null>;
  /** Each partner's answer to the other's intention, once both are shown. */
  acknowledged: ByPartner<AcknowledgementContent | null>;
}

export interface Draft {
  version: number;
  sections: DraftSections;
  appreciations: ByPartner<string | null>;
  /** The last change, so the other partner is told who changed what and asked again. */
  changed: DraftChange | null;
}

/** Who changed which parts of the draft, from what, and whose approval it set aside. */
export interface DraftChange {
  by: PartnerRole;
  version: number;
  parts: DraftPart[];
  /** The sections as they were before, to mark the changed lines. */
  before: DraftSections;
  /** Who had approved the version this change replaced: they are asked again. */
  unapproved: PartnerRole[];
}

/** The shared, versioned recap draft; closing needs both approvals of the same version. */
export interface AgreementsSession extends SessionBase {
  phase: "agreements";
  draft: Draft;
  approvals: ByPartner<number | null>;
}

/** Over: the recap is stored; nothing more can be added to this session. */
export interface ClosedSession extends SessionBase {
  phase: "closed";
  recap: Recap;
}

/** The current session, a discriminated union on its phase: each holds only its own data. */
export type SessionState =
  | LobbySession
  | ReviewSession
  | CheckInSession
  | ShareSession
  | IntentionsSession
  | AgreementsSession
  | ClosedSession;

/** The session while it is in phase `P`. */
export type SessionOf<P extends Phase> = Extract<SessionState, { phase: P }>;

/** The whole room as every rule sees it, folded from the room's ordered events. */
export interface RoomState {
  /** The seq of the last event folded in; 0 before the first. */
  seq: number;
  topic: string;
  names: ByPartner<string>;
  /** The latest session; null only before the room's first event. */
  session: SessionState | null;
  /** The recap of the last closed session, which a follow-up reviews. */
  lastRecap: Recap | null;
}

export const emptyRoom: RoomState = {
  seq: 0,
  topic: "",
  names: { partnerA: "", partnerB: "" },
  session: null,
  lastRecap: null,
};

export const both = <T>(value: T): ByPartner<T> => ({ partnerA: value, partnerB: value });

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
