import { accept, refuse, type Decision } from "../decision.js";
import type { EventBody } from "../events.js";
import type { Intent } from "../intents.js";
import { otherPartner, type PartnerRole } from "../roles.js";
import type { LobbySession, RoomState } from "../state.js";

/** Lobby: ground rules on screen; names, topic, who speaks first; each partner marks ready. */
export function decideLobby(room: RoomState, session: LobbySession, intent: Intent, actor: PartnerRole): Decision {
  switch (intent.type) {
    case "lobby.ready": {
      // Ready twice is still ready: nothing to append.
      if (session.ready[actor]) return accept();
      if (!session.ready[otherPartner(actor)]) return accept({ type: "lobby.ready" });
      return accept({ type: "lobby.ready" }, { type: "phase.started", phase: phaseAfterLobby(room, session) });
    }
    case "lobby.setTopic":
      return accept({ type: "lobby.topicSet", content: { topic: intent.content.topic } });
    case "lobby.setName":
      return accept({ type: "lobby.nameSet", content: { name: intent.content.name } });
    case "lobby.firstSpeaker":
      return session.firstSpeaker === intent.speaker ? accept() : accept({ type: "lobby.firstSpeakerSet", speaker: intent.speaker });
    case "lobby.format":
      if (session.kind === "first") return refuse("wrong_phase");
      return session.format === intent.format ? accept() : accept({ type: "lobby.formatSet", format: intent.format });
    default:
      return refuse("wrong_phase");
  }
}

/** A follow-up with next steps to look back on reviews them first. */
function phaseAfterLobby(room: RoomState, session: LobbySession): (EventBody & { type: "phase.started" })["phase"] {
  const steps = room.lastRecap?.agreements.nextSteps.length ?? 0;
  return session.kind === "followUp" && steps > 0 ? "review" : "checkIn";
}
