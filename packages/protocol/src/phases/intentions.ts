import { accept, refuse, type Decision } from "../decision.js";
import type { Intent } from "../intents.js";
import { otherPartner, type PartnerRole } from "../roles.js";
import type { IntentionsSession } from "../state.js";

/** Intentions: what each intended, the impact acknowledged, one concrete observable action. */
export function decideIntentions(session: IntentionsSession, intent: Intent, actor: PartnerRole): Decision {
  if (intent.type !== "intentions.submit") return refuse("wrong_phase");
  if (session.record.intentions[actor] !== null) return refuse("wrong_phase");
  const submitted = { type: "intentions.submitted" as const, content: intent.content };
  return session.record.intentions[otherPartner(actor)] !== null
    ? accept(submitted, { type: "phase.started", phase: "agreements" })
    : accept(submitted);
}
