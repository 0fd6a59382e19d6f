import { accept, refuse, type Decision } from "../decision.js";
import type { Intent } from "../intents.js";
import { countLimits } from "../limits.js";
import { otherPartner, type PartnerRole } from "../roles.js";
import type { ShareSession } from "../state.js";

/**
 * Share and reflect: the speaker states, the listener reflects, the speaker says "that's it"
 * or "not quite". After the last try the point is carried to the recap as unclear. Roles
 * swap each round; once both have spoken, both may choose to move on.
 */
export function decideShare(session: ShareSession, intent: Intent, actor: PartnerRole): Decision {
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
      return round.attempts.length >= countLimits.reflectionTries
        ? accept(confirmed, { type: "share.roundEnded", outcome: "unclear" })
        : accept(confirmed);
    }
    case "share.moveOn": {
      if (round.step !== "stating" || !session.spoken.partnerA || !session.spoken.partnerB) return refuse("wrong_phase");
      if (session.movingOn[actor]) return accept();
      return session.movingOn[otherPartner(actor)]
        ? accept({ type: "share.movedOn" }, { type: "phase.started", phase: "intentions" })
        : accept({ type: "share.movedOn" });
    }
    default:
      return refuse("wrong_phase");
  }
}

export function newRound(speaker: PartnerRole): ShareSession["round"] {
  return { speaker, step: "stating", statement: null, attempts: [] };
}
