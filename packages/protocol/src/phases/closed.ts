import { accept, refuse, type Decision } from "../decision.js";
import type { Intent } from "../intents.js";
import type { ClosedSession } from "../state.js";

/** Closed: nothing more can be added; a partner may open the room's next session. */
export function decideClosed(session: ClosedSession, intent: Intent): Decision {
  if (intent.type !== "session.openFollowUp") return refuse("wrong_phase");
  return accept({ type: "session.opened", ordinal: session.ordinal + 1, kind: "followUp", format: intent.format });
}
