import { accept, refuse } from "../decision.js";
import type { AcknowledgementChoice, IntentionContent } from "../messages/intentions.js";
import { inPhase, partnerActor, type PhaseModule } from "../phase-module.js";
import { otherPartner, type PartnerRole } from "../roles.js";
import { both, type ByPartner, type IntentionsSession, type SessionRecord } from "../state.js";

type IntentionsEvent = "intentions.submitted" | "intentions.revealed" | "intentions.acknowledged";

/**
 * Intentions, an exchange: each writes what they intended, how it may have landed and one
 * concrete action, hidden until both are in; then each reads the other's and answers it, in
 * their own words or with a short choice, before the agreements.
 */
export const intentions: PhaseModule<"intentions", IntentionsEvent> = {
  phase: "intentions",

  start: (_room, from) => ({ ...from, phase: "intentions", written: both(null), acknowledged: both(null) }),

  decide({ session, intent, actor, next }) {
    switch (intent.type) {
      case "intentions.submit": {
        if (session.written[actor] !== null) return refuse("wrong_phase");
        const submitted = { type: "intentions.submitted" as const, content: intent.content };
        const other = session.written[otherPartner(actor)];
        if (other === null) return accept(submitted);
        // The server always holds the content; "hidden" exists only in another seat's view.
        const theirs = other as IntentionContent;
        const content = actor === "partnerA" ? { partnerA: intent.content, partnerB: theirs } : { partnerA: theirs, partnerB: intent.content };
        return accept(submitted, { type: "intentions.revealed", content });
      }
      case "intentions.acknowledge": {
        if (!bothWritten(session) || session.acknowledged[actor] !== null) return refuse("wrong_phase");
        const acknowledged = { type: "intentions.acknowledged" as const, content: intent.content };
        return session.acknowledged[otherPartner(actor)] !== null ? accept(acknowledged, ...next()) : accept(acknowledged);
      }
      default:
        return refuse("wrong_phase");
    }
  },

  keep: (s) => ({ ...s.record, intentions: revealed(s.written), acknowledgements: s.acknowledged }),

  events: {
    "intentions.submitted": {
      fold: inPhase("intentions", (s, event) => {
        const actor = partnerActor(event);
        return actor ? { ...s, written: { ...s.written, [actor]: event.content ?? "hidden" } } : s;
      }),
      say: (_event, { who }) => `${who} wrote what they intended.`,
    },
    "intentions.revealed": {
      fold: inPhase("intentions", (s, event) => ({ ...s, written: { ...event.content }, record: { ...s.record, intentions: event.content } })),
      say: () => "Both intentions were shown.",
    },
    "intentions.acknowledged": {
      fold: inPhase("intentions", (s, event) => {
        const actor = partnerActor(event);
        return actor ? { ...s, acknowledged: { ...s.acknowledged, [actor]: event.content } } : s;
      }),
      say: (_event, { who }) => `${who} read and answered the other's intention.`,
    },
  },

  nextStep({ session, me, other, both }) {
    if (!bothWritten(session)) {
      if (!me) return `${both} are writing what they intended.`;
      return session.written[me] !== null
        ? `Waiting for ${other} to write what they intended. You'll read each other's together.`
        : "Your turn: say what you intended, how it may have landed, and one thing you'll do.";
    }
    if (!me) return `${both} are reading each other's intentions.`;
    return session.acknowledged[me] !== null
      ? `Waiting for ${other} to read what you intended.`
      : `Your turn: read what ${other} intended, then answer it.`;
  },
};

/** Both intentions are written (and so shown to everyone). */
export function bothWritten(s: IntentionsSession): boolean {
  return s.written.partnerA !== null && s.written.partnerB !== null;
}

/** The short answers, in the words the partner who chose one says them. */
export const acknowledgementWords: Record<AcknowledgementChoice, string> = {
  heardIntent: "I hear what you meant.",
  thanksForImpact: "Thank you for naming how it landed for me.",
  stepHelps: "The step you offered would help me.",
};

/** The intentions as written, once both are in: what the session keeps of them. */
function revealed(written: IntentionsSession["written"]): SessionRecord["intentions"] {
  const keep = (p: PartnerRole) => {
    const w = written[p];
    return w === null || w === "hidden" ? null : w;
  };
  return { partnerA: keep("partnerA"), partnerB: keep("partnerB") } satisfies ByPartner<IntentionContent | null>;
}
