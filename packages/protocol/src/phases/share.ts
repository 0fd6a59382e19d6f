import { accept, refuse } from "../decision.js";
import type { EngineOptions } from "../options.js";
import { inPhase, partnerActor, type PhaseModule, type Situation } from "../phase-module.js";
import type { RoundRecord } from "../recap.js";
import { otherPartner, type PartnerRole } from "../roles.js";
import { assertNever, both, type ShareRound, type ShareSession } from "../state.js";

type ShareEvent = "share.stated" | "share.reflected" | "share.confirmed" | "share.roundEnded" | "share.movedOn";

/**
 * Share and reflect: the speaker states, the listener reflects, the speaker says "that's it"
 * or "not quite". After the last try the point is carried to the recap as unclear. Roles
 * swap each round; once both have spoken, both may choose to move on.
 */
export const share: PhaseModule<"share", ShareEvent> = {
  phase: "share",

  start: (_room, from) => ({ ...from, phase: "share", round: newRound(from.firstSpeaker), spoken: both(false), movingOn: both(false) }),

  decide({ session, intent, actor, options, next }) {
    const { round } = session;
    const speaking = actor === round.speaker;
    switch (intent.type) {
      case "share.state":
        if (round.step !== "stating") return refuse("wrong_phase");
        if (!speaking) return refuse("not_your_turn");
        return accept({ type: "share.stated", content: intent.content });
      case "share.reflect":
        if (round.step !== "reflecting") return refuse(round.step === "stating" ? "not_your_turn" : "wrong_phase");
        if (speaking) return refuse("not_your_turn");
        return accept({ type: "share.reflected", content: intent.content });
      case "share.confirm": {
        if (round.step !== "confirming") return refuse(round.step === "stating" ? "wrong_phase" : "not_your_turn");
        if (!speaking) return refuse("not_your_turn");
        const confirmed = { type: "share.confirmed" as const, verdict: intent.verdict, content: intent.content };
        if (intent.verdict === "yes") return accept(confirmed, { type: "share.roundEnded", outcome: "understood" });
        return round.attempts.length >= options.reflectionTries
          ? accept(confirmed, { type: "share.roundEnded", outcome: "unclear" })
          : accept(confirmed);
      }
      case "share.moveOn": {
        if (round.step !== "stating" || !session.spoken.partnerA || !session.spoken.partnerB) return refuse("wrong_phase");
        if (session.movingOn[actor]) return accept();
        return session.movingOn[otherPartner(actor)] ? accept({ type: "share.movedOn" }, ...next()) : accept({ type: "share.movedOn" });
      }
      default:
        return refuse("wrong_phase");
    }
  },

  events: {
    "share.stated": {
      fold: inPhase("share", (s, event) => ({ ...s, round: { ...s.round, statement: event.content, step: "reflecting" }, movingOn: both(false) })),
      say: (_event, { who }) => `${who} shared what happened for them.`,
    },
    "share.reflected": {
      fold: inPhase("share", (s, event) => ({
        ...s,
        round: { ...s.round, step: "confirming", attempts: [...s.round.attempts, { reflection: event.content, verdict: null, clarification: null }] },
      })),
      say: (_event, { who }) => `${who} reflected back what they heard.`,
    },
    "share.confirmed": {
      fold: inPhase("share", (s, event) => {
        const attempts = s.round.attempts.map((a, i, all) =>
          i === all.length - 1 ? { ...a, verdict: event.verdict, clarification: event.content?.clarification ?? null } : a,
        );
        return { ...s, round: { ...s.round, attempts, step: event.verdict === "yes" ? "confirming" : "reflecting" } };
      }),
      say: (event, { who }) => (event.verdict === "yes" ? `${who} said: that's it.` : `${who} said: not quite.`),
    },
    "share.roundEnded": {
      fold: inPhase("share", (s, event) => {
        if (!s.round.statement) return s;
        const { speaker, statement } = s.round;
        const attempts = s.round.attempts.map((a) => ({ ...a, verdict: a.verdict ?? ("notQuite" as const) }));
        return {
          ...s,
          record: { ...s.record, rounds: [...s.record.rounds, { speaker, statement, attempts, outcome: event.outcome }] },
          spoken: { ...s.spoken, [speaker]: true },
          round: newRound(otherPartner(speaker)),
        };
      }),
      // The speaker ends a round, by saying "that's it" or a last "not quite".
      say: (event, { who, options }) =>
        event.outcome === "understood" ? `${who} felt understood.` : `Still unclear after ${tries(options.reflectionTries)}: it goes into the recap.`,
    },
    "share.movedOn": {
      fold: inPhase("share", (s, event) => {
        const actor = partnerActor(event);
        return actor ? { ...s, movingOn: { ...s.movingOn, [actor]: true } } : s;
      }),
      say: (_event, { who }) => `${who} is ready to move on.`,
    },
  },

  nextStep: (situation) => shareStep(situation),
};

export function newRound(speaker: PartnerRole): ShareRound {
  return { speaker, step: "stating", statement: null, attempts: [] };
}

/** "3 tries", "1 try". */
export function tries(n: number): string {
  return n === 1 ? "1 try" : `${n} tries`;
}

/** "Try 2 of 3": how many reflections this round has had. */
export function tryLabel(round: ShareRound, options: EngineOptions): string {
  const current = round.step === "reflecting" ? round.attempts.length + 1 : Math.max(round.attempts.length, 1);
  return `Try ${current} of ${options.reflectionTries}`;
}

/** Is the reflection being judged the listener's last try? */
export function onLastTry(round: ShareRound, options: EngineOptions): boolean {
  return round.attempts.length >= options.reflectionTries;
}

/** How a round ended, in the recap's words, from the round as it was kept. */
export function roundOutcome(round: RoundRecord): string {
  if (round.outcome === "unclear") return `Still unclear after ${tries(round.attempts.length)}.`;
  return round.attempts.length > 1 ? `Understood after ${tries(round.attempts.length)}.` : "Understood.";
}

function shareStep({ session: s, me, room, writing }: Situation<ShareSession>): string {
  const { names } = room;
  const { speaker, step, attempts } = s.round;
  const listener = otherPartner(speaker);
  const S = names[speaker];
  const L = names[listener];
  switch (step) {
    case "stating":
      if (s.spoken.partnerA && s.spoken.partnerB) {
        if (me && s.movingOn[me]) return `Waiting for ${names[otherPartner(me)]} to be ready to move on.`;
        if (me === speaker) return "Your turn: share another point, or choose to move on.";
        if (writing[speaker]) return `${S} is writing…`;
        return me ? `${S} may share another point, or you can both move on.` : `${S} may share another point, or both may move on.`;
      }
      if (me === speaker) return "Your turn: say what happened for you, and how you felt.";
      if (writing[speaker]) return `${S} is writing…`;
      return me ? `Listen first: ${S} is sharing what happened for them.` : `${S} is sharing what happened for them.`;
    case "reflecting":
      if (me === listener) return attempts.length > 0 ? `Your turn: try again to reflect back what ${S} said.` : `Your turn: reflect back what ${S} said.`;
      if (writing[listener]) return `${L} is writing…`;
      return me ? `${L} is reflecting back what you said.` : `${L} is reflecting back what ${S} said.`;
    case "confirming":
      if (me === speaker) return `Your turn: did ${L} get it right?`;
      return me ? `Waiting for ${S} to say whether you got it.` : `${S} is reading ${L}'s reflection.`;
    default:
      return assertNever(step);
  }
}
