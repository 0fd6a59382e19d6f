import type { EventBody } from "../events.js";
import type { Phase } from "../messages/phase-started.js";
import { phaseNames } from "../phase-names.js";
import { sessionBase, type EventRules } from "../phase-module.js";
import { closingRecap } from "../phases/closed.js";
import { phaseModules } from "../phases/index.js";
import { sessionRoute } from "../phases/review.js";
import { phaseAfter } from "../route.js";
import { both, type RoomState, type SessionBase, type SessionState } from "../state.js";

/**
 * A room's life from session to session: the room opens, a session opens in its lobby, moves
 * along its route phase by phase, and closes with its recap. Each move leaves a phase by its
 * module's `keep` and enters the next by its module's `start`.
 */
type SessionEvent = "room.created" | "session.opened" | "phase.started" | "session.closed";

export const sessionEvents: EventRules<SessionEvent> = {
  "room.created": {
    fold: (room, event) => ({ ...room, topic: event.topic, names: { ...event.names } }),
    say: () => "The room was opened.",
  },
  "session.opened": {
    fold(room, event) {
      const from: SessionBase = {
        ordinal: event.ordinal,
        kind: event.kind,
        format: event.format,
        openedAt: event.at,
        firstSpeaker: "partnerA",
        route: sessionRoute(room, event.kind, event.format),
        pause: null,
        away: null,
        record: { review: null, checkIns: null, rounds: [], intentions: both(null), acknowledgements: both(null), pauses: [], breaks: [] },
      };
      return { ...room, session: enter(room, from, "lobby", event.at) };
    },
    say: (event) => (event.kind === "first" ? "The session began." : `Follow-up session ${event.ordinal} began.`),
  },
  "phase.started": {
    fold: (room, event) => (room.session ? { ...room, session: enter(room, leave(room.session), event.phase, event.at) } : room),
    say: (event) => `${phaseNames[event.phase]} began.`,
  },
  "session.closed": {
    fold(room, event) {
      if (!room.session) return room;
      const closing = { ...room, lastRecap: event.recap };
      return { ...closing, session: enter(closing, leave(room.session), "closed", event.at) };
    },
    say: () => "Both approved the recap. The session is closed.",
  },
};

/** The events that end the session's current phase and begin the next one on its route. */
export function moveOn(room: RoomState, session: SessionState, now: number): EventBody[] {
  const to = phaseAfter(session.route, session.phase);
  if (to === null) throw new Error(`nothing follows ${session.phase}`);
  if (to === "closed") return [{ type: "session.closed", recap: closingRecap(room, session, now) }];
  if (to === "lobby") throw new Error("a session opens in its lobby, never returns to it");
  return [{ type: "phase.started", phase: to }];
}

function leave(session: SessionState): SessionBase {
  const keep = (phaseModules[session.phase] as { keep?: (s: SessionState) => SessionBase["record"] }).keep;
  return { ...sessionBase(session), record: keep?.(session) ?? session.record };
}

function enter(room: RoomState, from: SessionBase, phase: Phase, at: number): SessionState {
  return phaseModules[phase].start(room, from, at);
}
