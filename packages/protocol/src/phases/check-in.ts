import { accept, refuse, type Decision } from "../decision.js";
import type { Intent } from "../intents.js";
import type { CheckInContent } from "../messages/check-in.js";
import { otherPartner, type PartnerRole } from "../roles.js";
import type { CheckInSession } from "../state.js";

/** Check-in: each partner's feelings, hidden until both are in, then revealed together. */
export function decideCheckIn(session: CheckInSession, intent: Intent, actor: PartnerRole): Decision {
  if (intent.type !== "checkIn.submit") return refuse("wrong_phase");
  if (session.submitted[actor] !== null) return refuse("wrong_phase");
  const other = session.submitted[otherPartner(actor)];
  if (other === null) return accept({ type: "checkIn.submitted", content: intent.content });
  // The server always holds the content; "hidden" exists only in another seat's view.
  const theirs = other as CheckInContent;
  const content = actor === "partnerA" ? { partnerA: intent.content, partnerB: theirs } : { partnerA: theirs, partnerB: intent.content };
  return accept(
    { type: "checkIn.submitted", content: intent.content },
    { type: "checkIn.revealed", content },
    { type: "phase.started", phase: session.format === "full" ? "share" : "agreements" },
  );
}
