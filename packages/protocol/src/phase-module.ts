import type { Decision } from "./decision.js";
import type { EventBody, EventOf, EventType } from "./events.js";
import type { Intent } from "./intents.js";
import type { Phase } from "./messages/phase-started.js";
import type { EngineOptions } from "./options.js";
import type { PartnerRole } from "./roles.js";
import type { ByPartner, RoomState, SessionBase, SessionOf, SessionRecord, SessionState } from "./state.js";

/**
 * The shape of a phase: everything about one phase of a session lives in its module
 * (phases/<phase>.ts): how it starts, what it accepts and what that becomes, how its events
 * fold into state, and the sentences about it. `engine.ts` only dispatches to them.
 */
export interface PhaseModule<P extends Phase, T extends EventType = never> {
  phase: P;
  /** The phase's state as it begins at `at` (server time), carrying on from the session so far. */
  start: (room: RoomState, from: SessionBase, at: number) => SessionOf<P>;
  /** May a partner do this now, and what happens if so? Pure, like everything here. */
  decide: (turn: Turn<SessionOf<P>>) => Decision;
  /** What the session keeps of this phase once it moves on (by default, its record as it is). */
  keep?: (session: SessionOf<P>) => SessionRecord;
  /** The events this phase owns: how each folds in, and what the timeline says of it. */
  events: EventRules<T>;
  /** The one sentence telling this person what comes next in this phase. */
  nextStep: (situation: Situation<SessionOf<P>>) => string;
}

/** What a phase's `decide` is given: a partner's parsed intent, at the server's `now`. */
export interface Turn<S extends SessionState> {
  room: RoomState;
  session: S;
  intent: Intent;
  actor: PartnerRole;
  now: number;
  options: EngineOptions;
  /** The events that end this phase and begin the next one on the session's route. */
  next: () => EventBody[];
}

/** How one event folds into the room, and the sentence the shared timeline says of it. */
export interface EventRule<T extends EventType> {
  fold: (room: RoomState, event: EventOf<T>) => RoomState;
  say: (event: EventOf<T>, words: Words) => string;
}
export type EventRules<T extends EventType> = { [K in T]: EventRule<K> };

/** What a timeline sentence is made from. It never says "you": the timeline is shared. */
export interface Words {
  names: ByPartner<string>;
  /** The actor's name: a partner's, "The coach", or "The room" for the room's own events. */
  who: string;
  options: EngineOptions;
}

/** What a next-step sentence is made from, for the one person reading it. */
export interface Situation<S extends SessionState> {
  room: RoomState;
  session: S;
  /** The reader when a partner; null for a coach. */
  me: PartnerRole | null;
  /** The other partner's name (a partner reading), or "" (a coach). */
  other: string;
  /** "Sam and Alex". */
  both: string;
  /** Who is writing right now (never what). */
  writing: ByPartner<boolean>;
  options: EngineOptions;
}

/**
 * A fold for an event that only means something while the session is in `phase`: at any
 * other time (a late or replayed event) it leaves the room as it is.
 */
export function inPhase<P extends Phase, T extends EventType>(
  phase: P,
  fold: (session: SessionOf<P>, event: EventOf<T>, room: RoomState) => SessionState,
): (room: RoomState, event: EventOf<T>) => RoomState {
  return (room, event) => {
    const session = room.session;
    if (session?.phase !== phase) return room;
    return { ...room, session: fold(session as SessionOf<P>, event, room) };
  };
}

/** The acting partner of an event, or null for the coach and the room. */
export function partnerActor(event: { actor: string | null }): PartnerRole | null {
  return event.actor === "partnerA" || event.actor === "partnerB" ? event.actor : null;
}

/** The fields every phase shares, to carry into the next phase. */
export function sessionBase(s: SessionBase): SessionBase {
  const { ordinal, kind, format, openedAt, firstSpeaker, route, pause, away, record } = s;
  return { ordinal, kind, format, openedAt, firstSpeaker, route, pause, away, record };
}
