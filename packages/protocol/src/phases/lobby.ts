import { accept, refuse } from "../decision.js";
import { inPhase, partnerActor, type PhaseModule } from "../phase-module.js";
import { otherPartner } from "../roles.js";
import { both, type SessionState } from "../state.js";
import { sessionRoute } from "./review.js";

type LobbyEvent = "lobby.ready" | "lobby.topicSet" | "lobby.nameSet" | "lobby.firstSpeakerSet" | "lobby.formatSet";

/** Lobby: ground rules on screen; names, topic, who speaks first; each partner marks ready. */
export const lobby: PhaseModule<"lobby", LobbyEvent> = {
  phase: "lobby",

  start: (_room, from) => ({ ...from, phase: "lobby", ready: both(false) }),

  decide({ session, intent, actor, next }) {
    switch (intent.type) {
      case "lobby.ready":
        // Ready twice is still ready: nothing to append.
        if (session.ready[actor]) return accept();
        if (!session.ready[otherPartner(actor)]) return accept({ type: "lobby.ready" });
        return accept({ type: "lobby.ready" }, ...next());
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
  },

  events: {
    "lobby.ready": {
      fold: inPhase("lobby", (s, event) => {
        const actor = partnerActor(event);
        return actor ? { ...s, ready: { ...s.ready, [actor]: true } } : s;
      }),
      say: (_event, { who }) => `${who} is ready.`,
    },
    "lobby.topicSet": {
      fold: (room, event) => ({ ...room, topic: event.content.topic, session: unready(room.session) }),
      say: (_event, { who }) => `${who} changed the topic.`,
    },
    "lobby.nameSet": {
      fold: (room, event) => {
        const actor = partnerActor(event);
        return actor ? { ...room, names: { ...room.names, [actor]: event.content.name }, session: unready(room.session) } : room;
      },
      say: (_event, { who }) => `${who} changed their name.`,
    },
    "lobby.firstSpeakerSet": {
      fold: inPhase("lobby", (s, event) => ({ ...s, firstSpeaker: event.speaker, ready: both(false) })),
      say: (event, { who, names }) => `${who} chose ${names[event.speaker]} to speak first.`,
    },
    "lobby.formatSet": {
      fold: inPhase("lobby", (s, event, room) => ({ ...s, format: event.format, route: sessionRoute(room, s.kind, event.format), ready: both(false) })),
      say: (event, { who }) => (event.format === "full" ? `${who} chose a full session.` : `${who} chose a short check-in only.`),
    },
  },

  nextStep({ session, me, other, both }) {
    if (!me) return `Waiting for ${both} to get ready.`;
    return session.ready[me] ? `Waiting for ${other} to say they're ready.` : "Your turn: read the ground rules, then say you're ready.";
  },
};

/** Any change in the lobby asks both partners to confirm they are ready again. */
function unready(s: SessionState | null): SessionState | null {
  return s?.phase === "lobby" ? { ...s, ready: both(false) } : s;
}
