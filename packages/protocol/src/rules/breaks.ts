import { accept, refuse, type Decision } from "../decision.js";
import type { Intent } from "../intents.js";
import { partnerActor, type EventRules, type Situation } from "../phase-module.js";
import type { EngineOptions } from "../options.js";
import { isPartner, otherPartner, type Role } from "../roles.js";
import { both, type RoomState, type SessionState } from "../state.js";
import { may } from "./seats.js";

/**
 * The pause signal, stopping and adjourning: rules that hold in every phase but Closed.
 * `decideBreaks` returns null when the intent is for the phase's own rules.
 */
export function decideBreaks(session: SessionState, intent: Intent, actor: Role, now: number, options: EngineOptions): Decision | null {
  if (session.phase === "closed") {
    return intent.type.startsWith("pause.") || (intent.type.startsWith("session.") && intent.type !== "session.openFollowUp")
      ? refuse("wrong_phase")
      : null;
  }
  switch (intent.type) {
    case "pause.raise": {
      if (!may(actor, "raisePause")) return refuse("not_your_seat");
      if (session.pause || session.away) return refuse("paused");
      const minutes = intent.minutes ?? options.defaultPauseMinutes;
      if (!options.pauseMinutes.includes(minutes)) {
        return refuse("invalid_input", { field: "minutes", message: `A pause can last ${options.pauseMinutes.join(", ")} minutes.` });
      }
      return accept({ type: "pause.raised", minutes, endsAt: now + minutes * options.minuteMs });
    }
    case "session.leave":
    case "session.adjourn":
      if (!may(actor, "stepAway")) return refuse("not_your_seat");
      // Always accepted, even mid-pause or already away: stopping must never fail.
      return accept({ type: intent.type === "session.leave" ? "session.left" : "session.adjourned" });
  }
  // Everything else here (coming back, "I'm ready" after a pause) and every phase step is a partner's.
  if (!isPartner(actor) || !may(actor, "stepAway")) return refuse("not_your_seat");
  if (session.away) {
    if (intent.type !== "session.return") return refuse("paused");
    if (session.away.back[actor]) return accept();
    return session.away.back[otherPartner(actor)] ? accept({ type: "session.returned" }, { type: "session.resumed" }) : accept({ type: "session.returned" });
  }
  if (intent.type === "session.return") return refuse("wrong_phase");
  if (session.pause) {
    if (intent.type !== "pause.ready") return refuse("paused");
    // The minimum time is the server's clock, not the client's.
    if (now < session.pause.endsAt) return refuse("paused");
    if (session.pause.ready[actor]) return accept();
    return session.pause.ready[otherPartner(actor)] ? accept({ type: "pause.readied" }, { type: "pause.ended" }) : accept({ type: "pause.readied" });
  }
  if (intent.type === "pause.ready") return refuse("wrong_phase");
  return null;
}

type BreakEvent = "pause.raised" | "pause.readied" | "pause.ended" | "session.left" | "session.adjourned" | "session.returned" | "session.resumed";

export const breakEvents: EventRules<BreakEvent> = {
  "pause.raised": {
    fold: onSession((s, event) =>
      event.actor ? { ...s, pause: { by: event.actor, at: event.at, minutes: event.minutes, endsAt: event.endsAt, ready: both(false) } } : s,
    ),
    say: (event, { who }) => `${who} asked for a ${event.minutes}-minute pause.`,
  },
  "pause.readied": {
    fold: onSession((s, event) => {
      const actor = partnerActor(event);
      return s.pause && actor ? { ...s, pause: { ...s.pause, ready: { ...s.pause.ready, [actor]: true } } } : s;
    }),
    say: (_event, { who }) => `${who} is ready to go on.`,
  },
  "pause.ended": {
    fold: onSession((s, event) => endPause(s, event.at)),
    say: () => "The pause is over.",
  },
  "session.left": {
    fold: onSession((s, event) => stepAway(s, "stopped", event.at)),
    say: () => "The session is paused for now.",
  },
  "session.adjourned": {
    fold: onSession((s, event) => stepAway(s, "adjourned", event.at)),
    say: () => "The session is paused for now.",
  },
  "session.returned": {
    fold: onSession((s, event) => {
      const actor = partnerActor(event);
      return s.away && actor ? { ...s, away: { ...s.away, back: { ...s.away.back, [actor]: true } } } : s;
    }),
    // Not who: the first one back is usually the one who stopped.
    say: () => "One of you is ready to continue.",
  },
  "session.resumed": {
    fold: onSession((s, event) => {
      if (!s.away) return s;
      const breaks = [...s.record.breaks, { kind: s.away.kind, at: s.away.at, resumedAt: event.at }];
      return { ...s, away: null, record: { ...s.record, breaks } };
    }),
    say: () => "The session goes on.",
  },
};

/** While paused or away, the next step is about that, whatever the phase. */
export function breakNextStep({ session: s, me, room, both }: Situation<SessionState>): string | null {
  if (s.phase === "closed") return null;
  if (s.away) {
    if (me && s.away.back[me]) return "You're ready to go on. The session continues once you're both ready.";
    return me ? "The session is paused for now. Go on whenever you're ready." : "The session is paused for now.";
  }
  if (s.pause) {
    if (!me) return `Paused: ${both} go on when they're both ready.`;
    if (s.pause.ready[me]) return `Waiting for ${room.names[otherPartner(me)]} to be ready to go on.`;
    return "Paused: take a breath. You'll go on when you're both ready.";
  }
  return null;
}

/** The pause lengths a person can choose, in words: "5 minutes", "20 minutes, a full break". */
export function pauseChoices(options: EngineOptions): { minutes: number; label: string }[] {
  return options.pauseMinutes.map((minutes) => ({
    minutes,
    label: `${minutes === 1 ? "1 minute" : `${minutes} minutes`}${minutes >= options.fullBreakMinutes ? ", a full break" : ""}`,
  }));
}

/** A fold that changes the current session, in whatever phase it is. */
function onSession<E>(fold: (session: SessionState, event: E) => SessionState): (room: RoomState, event: E) => RoomState {
  return (room, event) => (room.session ? { ...room, session: fold(room.session, event) } : room);
}

function endPause(s: SessionState, at: number): SessionState {
  if (!s.pause) return s;
  const { by, at: raisedAt, minutes } = s.pause;
  return { ...s, pause: null, record: { ...s.record, pauses: [...s.record.pauses, { by, at: raisedAt, minutes, endedAt: at }] } };
}

/** Who chose it is not known to every seat, so nothing here depends on the actor. */
function stepAway(s: SessionState, kind: "stopped" | "adjourned", at: number): SessionState {
  const paused = endPause(s, at);
  return { ...paused, away: { kind: paused.away?.kind ?? kind, at: paused.away?.at ?? at, back: both(false) } };
}
