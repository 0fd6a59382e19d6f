import { accept, refuse, type Decision } from "../decision.js";
import type { Intent } from "../intents.js";
import { isPartner, otherPartner, type Role } from "../roles.js";
import type { SessionState } from "../state.js";

/**
 * The pause signal, stopping and adjourning: rules that hold in every phase but Closed.
 * Returns null when the intent is for the phase's own rules.
 */
export function decideBreaks(session: SessionState, intent: Intent, actor: Role, now: number, minuteMs: number): Decision | null {
  if (session.phase === "closed") {
    return intent.type.startsWith("pause.") || intent.type.startsWith("session.") && intent.type !== "session.openFollowUp"
      ? refuse("wrong_phase")
      : null;
  }
  switch (intent.type) {
    case "pause.raise":
      if (session.pause || session.away) return refuse("paused");
      return accept({ type: "pause.raised", minutes: intent.minutes, endsAt: now + intent.minutes * minuteMs });
    case "session.leave":
    case "session.adjourn":
      if (!isPartner(actor)) return refuse("not_your_seat");
      // Always accepted, even mid-pause or already away: stopping must never fail.
      return accept({ type: intent.type === "session.leave" ? "session.left" : "session.adjourned" });
  }
  if (!isPartner(actor)) return refuse("not_your_seat");
  if (session.away) {
    if (intent.type !== "session.return") return refuse("paused");
    if (session.away.back[actor]) return accept();
    return session.away.back[otherPartner(actor)]
      ? accept({ type: "session.returned" }, { type: "session.resumed" })
      : accept({ type: "session.returned" });
  }
  if (intent.type === "session.return") return refuse("wrong_phase");
  if (session.pause) {
    if (intent.type !== "pause.ready") return refuse("paused");
    // The minimum time is the server's clock, not the client's.
    if (now < session.pause.endsAt) return refuse("paused");
    if (session.pause.ready[actor]) return accept();
    return session.pause.ready[otherPartner(actor)]
      ? accept({ type: "pause.readied" }, { type: "pause.ended" })
      : accept({ type: "pause.readied" });
  }
  if (intent.type === "pause.ready") return refuse("wrong_phase");
  return null;
}
