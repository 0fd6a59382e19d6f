import { accept, refuse } from "../decision.js";
import { inPhase, partnerActor, type PhaseModule } from "../phase-module.js";
import { otherPartner } from "../roles.js";

/** Intentions: what each intended, the impact acknowledged, one concrete observable action. */
export const intentions: PhaseModule<"intentions", "intentions.submitted"> = {
  phase: "intentions",

  start: (_room, from) => ({ ...from, phase: "intentions" }),

  decide({ session, intent, actor, next }) {
    if (intent.type !== "intentions.submit") return refuse("wrong_phase");
    if (session.record.intentions[actor] !== null) return refuse("wrong_phase");
    const submitted = { type: "intentions.submitted" as const, content: intent.content };
    return session.record.intentions[otherPartner(actor)] !== null ? accept(submitted, ...next()) : accept(submitted);
  },

  events: {
    "intentions.submitted": {
      fold: inPhase("intentions", (s, event) => {
        const actor = partnerActor(event);
        return actor ? { ...s, record: { ...s.record, intentions: { ...s.record.intentions, [actor]: event.content } } } : s;
      }),
      say: (_event, { who }) => `${who} shared what they intended.`,
    },
  },

  nextStep({ session, me, other, both }) {
    if (!me) return `${both} are writing what they intended.`;
    return session.record.intentions[me] !== null
      ? `Waiting for ${other} to share what they intended.`
      : "Your turn: say what you intended, and one thing you'll do.";
  },
};
