import { accept, refuse } from "../decision.js";
import type { CheckInContent } from "../messages/check-in.js";
import { inPhase, partnerActor, type PhaseModule } from "../phase-module.js";
import { otherPartner } from "../roles.js";
import { both } from "../state.js";

type CheckInEvent = "checkIn.submitted" | "checkIn.revealed";

/** Check-in: each partner's feelings, hidden until both are in, then revealed together. */
export const checkIn: PhaseModule<"checkIn", CheckInEvent> = {
  phase: "checkIn",

  start: (_room, from) => ({ ...from, phase: "checkIn", submitted: both(null) }),

  decide({ session, intent, actor, next }) {
    if (intent.type !== "checkIn.submit") return refuse("wrong_phase");
    if (session.submitted[actor] !== null) return refuse("wrong_phase");
    const other = session.submitted[otherPartner(actor)];
    if (other === null) return accept({ type: "checkIn.submitted", content: intent.content });
    // The server always holds the content; "hidden" exists only in another seat's view.
    const theirs = other as CheckInContent;
    const content = actor === "partnerA" ? { partnerA: intent.content, partnerB: theirs } : { partnerA: theirs, partnerB: intent.content };
    return accept({ type: "checkIn.submitted", content: intent.content }, { type: "checkIn.revealed", content }, ...next());
  },

  events: {
    "checkIn.submitted": {
      fold: inPhase("checkIn", (s, event) => {
        const actor = partnerActor(event);
        return actor ? { ...s, submitted: { ...s.submitted, [actor]: event.content ?? "hidden" } } : s;
      }),
      say: (_event, { who }) => `${who} checked in.`,
    },
    "checkIn.revealed": {
      fold: inPhase("checkIn", (s, event) => ({ ...s, submitted: { ...event.content }, record: { ...s.record, checkIns: event.content } })),
      say: () => "Both check-ins were shown.",
    },
  },

  nextStep({ session, me, other, both }) {
    if (!me) return `${both} are checking in.`;
    return session.submitted[me] !== null ? `Waiting for ${other} to check in.` : "Your turn: check in with how you're feeling.";
  },
};
