import { accept, refuse, type Decision } from "../decision.js";
import type { Intent } from "../intents.js";
import { otherPartner, type PartnerRole } from "../roles.js";
import type { ReviewSession } from "../state.js";

/** Review: each partner marks each of the last recap's next steps, may appreciate, then is done. */
export function decideReview(session: ReviewSession, intent: Intent, actor: PartnerRole): Decision {
  if (session.done[actor] && intent.type.startsWith("review.")) return accept();
  switch (intent.type) {
    case "review.mark":
      if (intent.item >= session.items.length) return refuse("invalid_input");
      return accept({ type: "review.marked", item: intent.item, mark: intent.mark });
    case "review.appreciate":
      return accept({ type: "review.appreciated", content: intent.content });
    case "review.done": {
      if (session.marks[actor].some((mark) => mark === null)) return refuse("invalid_input");
      return session.done[otherPartner(actor)]
        ? accept({ type: "review.finished" }, { type: "phase.started", phase: "checkIn" })
        : accept({ type: "review.finished" });
    }
    default:
      return refuse("wrong_phase");
  }
}
