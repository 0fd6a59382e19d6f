import { accept, refuse, type Decision } from "./decision.js";
import type { EventOf, RoomEvent } from "./events.js";
import type { Intent } from "./intents.js";
import type { CreateRoom } from "./messages/create-room.js";
import { decideAgreements, initialDraft } from "./phases/agreements.js";
import { decideCheckIn } from "./phases/check-in.js";
import { decideClosed } from "./phases/closed.js";
import { decideIntentions } from "./phases/intentions.js";
import { decideLobby } from "./phases/lobby.js";
import { decideReview } from "./phases/review.js";
import { decideShare, newRound } from "./phases/share.js";
import { isPartner, otherPartner, type PartnerRole, type Role } from "./roles.js";
import { decideBreaks } from "./rules/breaks.js";
import { assertNever, both, emptyRoom, type RoomState, type SessionState } from "./state.js";

/** Settings of the rules that a deployment may change. */
export interface EngineOptions {
  /** How long a pause "minute" lasts, in ms: 60,000, shorter only in end-to-end tests. */
  minuteMs: number;
}
export const defaultEngineOptions: EngineOptions = { minuteMs: 60_000 };

/**
 * The server's one question: may `actor` do `intent` now, and what happens if so?
 * Pure: no clock (`now` is given), no randomness, no mutation.
 */
export function decide(
  state: RoomState,
  intent: Intent,
  actor: Role,
  now: number,
  options: EngineOptions = defaultEngineOptions,
): Decision {
  const session = state.session;
  if (!session) return refuse("unknown_room");
  const cross = decideBreaks(session, intent, actor, now, options.minuteMs);
  if (cross) return cross;
  if (!isPartner(actor)) return refuse("not_your_seat");
  switch (session.phase) {
    case "lobby":
      return decideLobby(state, session, intent, actor);
    case "review":
      return decideReview(session, intent, actor);
    case "checkIn":
      return decideCheckIn(session, intent, actor);
    case "share":
      return decideShare(session, intent, actor);
    case "intentions":
      return decideIntentions(session, intent, actor);
    case "agreements":
      return decideAgreements(state, session, intent, actor, now);
    case "closed":
      return decideClosed(session, intent);
    default:
      return assertNever(session);
  }
}

/** The events that open a new room, before any seat has acted. */
export function openRoom(input: CreateRoom): Decision {
  return accept(
    {
      type: "room.created",
      topic: input.topic,
      names: { partnerA: input.partnerA.name, partnerB: input.partnerB.name },
    },
    { type: "session.opened", ordinal: 1, kind: "first", format: "full" },
  );
}

/** Fold one stamped event into the room. Runs identically on the server and in every client. */
export function apply(state: RoomState, event: RoomEvent): RoomState {
  const next: RoomState = { ...state, seq: event.seq };
  switch (event.type) {
    case "room.created":
      return { ...next, topic: event.topic, names: { ...event.names } };
    case "session.opened":
      return { ...next, session: openSession(event) };
    case "session.closed":
      return next.session
        ? { ...next, lastRecap: event.recap, session: { ...base(next.session), phase: "closed", recap: event.recap } }
        : next;
    case "phase.started":
      return next.session ? { ...next, session: enterPhase(next, next.session, event.phase) } : next;
    case "lobby.topicSet":
      return { ...next, topic: event.content.topic, session: unready(next.session) };
    case "lobby.nameSet":
      return byPartner(event, (p) => ({ ...next, names: { ...next.names, [p]: event.content.name }, session: unready(next.session) })) ?? next;
    default:
      return next.session ? { ...next, session: applyToSession(next.session, event) } : next;
  }
}

/** Events that change only the current session. */
function applyToSession(s: SessionState, event: RoomEvent): SessionState {
  const actor = isPartnerActor(event.actor) ? event.actor : null;
  switch (event.type) {
    case "lobby.ready":
      return s.phase === "lobby" && actor ? { ...s, ready: { ...s.ready, [actor]: true } } : s;
    case "lobby.firstSpeakerSet":
      return s.phase === "lobby" ? { ...s, firstSpeaker: event.speaker, ready: both(false) } : s;
    case "lobby.formatSet":
      return s.phase === "lobby" ? { ...s, format: event.format, ready: both(false) } : s;
    case "review.marked":
      if (s.phase !== "review" || !actor) return s;
      return { ...s, marks: { ...s.marks, [actor]: s.marks[actor].map((m, i) => (i === event.item ? event.mark : m)) } };
    case "review.appreciated":
      return s.phase === "review" && actor ? { ...s, appreciations: { ...s.appreciations, [actor]: event.content.text } } : s;
    case "review.finished":
      return s.phase === "review" && actor ? { ...s, done: { ...s.done, [actor]: true } } : s;
    case "checkIn.submitted":
      return s.phase === "checkIn" && actor ? { ...s, submitted: { ...s.submitted, [actor]: event.content ?? "hidden" } } : s;
    case "checkIn.revealed":
      return s.phase === "checkIn"
        ? { ...s, submitted: { ...event.content }, record: { ...s.record, checkIns: event.content } }
        : s;
    case "share.stated":
      return s.phase === "share" ? { ...s, round: { ...s.round, statement: event.content, step: "reflecting" }, movingOn: both(false) } : s;
    case "share.reflected":
      if (s.phase !== "share") return s;
      return {
        ...s,
        round: {
          ...s.round,
          step: "confirming",
          attempts: [...s.round.attempts, { reflection: event.content, verdict: null, clarification: null }],
        },
      };
    case "share.confirmed": {
      if (s.phase !== "share") return s;
      const attempts = s.round.attempts.map((a, i, all) =>
        i === all.length - 1 ? { ...a, verdict: event.verdict, clarification: event.content?.clarification ?? null } : a,
      );
      return { ...s, round: { ...s.round, attempts, step: event.verdict === "yes" ? "confirming" : "reflecting" } };
    }
    case "share.roundEnded": {
      if (s.phase !== "share" || !s.round.statement) return s;
      const { speaker, statement } = s.round;
      const attempts = s.round.attempts.map((a) => ({ ...a, verdict: a.verdict ?? "notQuite" }));
      return {
        ...s,
        record: { ...s.record, rounds: [...s.record.rounds, { speaker, statement, attempts, outcome: event.outcome }] },
        spoken: { ...s.spoken, [speaker]: true },
        round: newRound(otherPartner(speaker)),
      };
    }
    case "share.movedOn":
      return s.phase === "share" && actor ? { ...s, movingOn: { ...s.movingOn, [actor]: true } } : s;
    case "intentions.submitted":
      return actor ? { ...s, record: { ...s.record, intentions: { ...s.record.intentions, [actor]: event.content } } } : s;
    case "agreements.edited":
      if (s.phase !== "agreements") return s;
      return { ...s, draft: { ...s.draft, version: event.version, sections: event.content }, approvals: both(null) };
    case "agreements.appreciated":
      if (s.phase !== "agreements" || !actor) return s;
      return {
        ...s,
        draft: { ...s.draft, version: event.version, appreciations: { ...s.draft.appreciations, [actor]: event.content.text } },
        approvals: both(null),
      };
    case "agreements.approved":
      return s.phase === "agreements" && actor ? { ...s, approvals: { ...s.approvals, [actor]: event.version } } : s;
    case "pause.raised":
      return event.actor
        ? { ...s, pause: { by: event.actor, at: event.at, minutes: event.minutes, endsAt: event.endsAt, ready: both(false) } }
        : s;
    case "pause.readied":
      return s.pause && actor ? { ...s, pause: { ...s.pause, ready: { ...s.pause.ready, [actor]: true } } } : s;
    case "pause.ended":
      return endPause(s, event.at);
    case "session.left":
    case "session.adjourned": {
      // Who chose it is not known to every seat, so nothing here depends on the actor.
      const paused = endPause(s, event.at);
      const kind = event.type === "session.left" ? "stopped" : "adjourned";
      return { ...paused, away: { kind: paused.away?.kind ?? kind, at: paused.away?.at ?? event.at, back: both(false) } };
    }
    case "session.returned":
      return s.away && actor ? { ...s, away: { ...s.away, back: { ...s.away.back, [actor]: true } } } : s;
    case "session.resumed":
      if (!s.away) return s;
      return {
        ...s,
        away: null,
        record: { ...s.record, breaks: [...s.record.breaks, { kind: s.away.kind, at: s.away.at, resumedAt: event.at }] },
      };
    case "room.created":
    case "session.opened":
    case "session.closed":
    case "phase.started":
    case "lobby.topicSet":
    case "lobby.nameSet":
      return s; // handled at the room level
    default:
      return assertNever(event);
  }
}

function openSession(event: EventOf<"session.opened">): SessionState {
  return {
    phase: "lobby",
    ordinal: event.ordinal,
    kind: event.kind,
    format: event.format,
    openedAt: event.at,
    firstSpeaker: "partnerA",
    pause: null,
    away: null,
    record: { review: null, checkIns: null, rounds: [], intentions: both(null), pauses: [], breaks: [] },
    ready: both(false),
  };
}

function enterPhase(room: RoomState, s: SessionState, phase: EventOf<"phase.started">["phase"]): SessionState {
  const record = s.phase === "review" ? { ...s.record, review: { items: s.items, marks: s.marks, appreciations: s.appreciations } } : s.record;
  const common = { ...base(s), record };
  switch (phase) {
    case "review": {
      const items = room.lastRecap?.agreements.nextSteps ?? [];
      return { ...common, phase, items, marks: both(items.map(() => null)), appreciations: both(null), done: both(false) };
    }
    case "checkIn":
      return { ...common, phase, submitted: both(null) };
    case "share":
      return { ...common, phase, round: newRound(s.firstSpeaker), spoken: both(false), movingOn: both(false) };
    case "intentions":
      return { ...common, phase };
    case "agreements":
      return { ...common, phase, draft: initialDraft(record, room.names), approvals: both(null) };
    default:
      return assertNever(phase);
  }
}

/** The fields every phase shares. */
function base(s: SessionState) {
  const { ordinal, kind, format, openedAt, firstSpeaker, pause, away, record } = s;
  return { ordinal, kind, format, openedAt, firstSpeaker, pause, away, record };
}

function endPause(s: SessionState, at: number): SessionState {
  if (!s.pause) return s;
  const { by, at: raisedAt, minutes } = s.pause;
  return { ...s, pause: null, record: { ...s.record, pauses: [...s.record.pauses, { by, at: raisedAt, minutes, endedAt: at }] } };
}

/** Any change in the lobby asks both partners to confirm they are ready again. */
function unready(s: SessionState | null): SessionState | null {
  return s?.phase === "lobby" ? { ...s, ready: both(false) } : s;
}

function byPartner<T>(event: RoomEvent, f: (p: PartnerRole) => T): T | null {
  return isPartnerActor(event.actor) ? f(event.actor) : null;
}

function isPartnerActor(actor: Role | null): actor is PartnerRole {
  return actor !== null && isPartner(actor);
}

/** Fold a whole ordered stream from the empty room. */
export function foldEvents(events: readonly RoomEvent[], from: RoomState = emptyRoom): RoomState {
  return events.reduce(apply, from);
}
