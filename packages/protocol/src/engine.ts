import { accept, refuse, type Decision } from "./decision.js";
import type { RoomEvent } from "./events.js";
import type { Intent } from "./intents.js";
import type { CreateRoom } from "./messages/create-room.js";
import type { Phase } from "./messages/phase-started.js";
import { decideLobby } from "./phases/lobby.js";
import type { Role } from "./roles.js";
import { assertNever, emptyRoom, type RoomState, type SessionState } from "./state.js";

/**
 * The server's one question: may `actor` do `intent` now, and what happens if so?
 * Pure: no clock (`now` is given), no randomness, no mutation.
 */
export function decide(state: RoomState, intent: Intent, actor: Role, now: number): Decision {
  void now;
  const session = state.session;
  if (!session) return refuse("unknown_room");
  switch (session.phase) {
    case "lobby":
      return decideLobby(session, intent, actor);
    case "checkIn":
    case "closed":
      return refuse("wrong_phase");
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
    { type: "session.opened", ordinal: 1, kind: "first" },
  );
}

/** Fold one stamped event into the room. Runs identically on the server and in every client. */
export function apply(state: RoomState, event: RoomEvent): RoomState {
  const next = { ...state, seq: event.seq };
  switch (event.type) {
    case "room.created":
      return { ...next, topic: event.topic, names: { ...event.names } };
    case "session.opened":
      return {
        ...next,
        session: {
          phase: "lobby",
          ordinal: event.ordinal,
          kind: event.kind,
          openedAt: event.at,
          ready: { partnerA: false, partnerB: false },
        },
      };
    case "lobby.ready": {
      const session = state.session;
      if (session?.phase !== "lobby" || event.actor === null || event.actor === "observer") {
        return next;
      }
      return { ...next, session: { ...session, ready: { ...session.ready, [event.actor]: true } } };
    }
    case "phase.started":
      return { ...next, session: enterPhase(state.session, event.phase) };
    default:
      return assertNever(event);
  }
}

function enterPhase(session: SessionState | null, phase: Phase): SessionState | null {
  if (!session) return null;
  const base = { ordinal: session.ordinal, kind: session.kind, openedAt: session.openedAt };
  switch (phase) {
    case "lobby":
      return { ...base, phase, ready: { partnerA: false, partnerB: false } };
    case "checkIn":
    case "closed":
      return { ...base, phase };
    default:
      return assertNever(phase);
  }
}

/** Fold a whole ordered stream from the empty room. */
export function foldEvents(events: readonly RoomEvent[], from: RoomState = emptyRoom): RoomState {
  return events.reduce(apply, from);
}
