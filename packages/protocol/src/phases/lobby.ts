import { accept, refuse, type Decision } from "../decision.js";
import type { Intent } from "../intents.js";
import { isPartner, otherPartner, type Role } from "../roles.js";
import type { LobbySession } from "../state.js";

/** Lobby: the ground rules are shown and each partner marks ready. */
export function decideLobby(session: LobbySession, intent: Intent, actor: Role): Decision {
  switch (intent.type) {
    case "lobby.ready": {
      if (!isPartner(actor)) return refuse("not_your_seat");
      // Ready twice is still ready: nothing to append.
      if (session.ready[actor]) return accept();
      return session.ready[otherPartner(actor)]
        ? accept({ type: "lobby.ready" }, { type: "phase.started", phase: "checkIn" })
        : accept({ type: "lobby.ready" });
    }
  }
}
