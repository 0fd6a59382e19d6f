import { accept, refuse } from "../decision.js";
import type { PhaseModule } from "../phase-module.js";
import type { Recap } from "../recap.js";
import type { RoomState, SessionState } from "../state.js";

/**
 * Closed: the recap is stored and nothing more can be added to this session; a partner may
 * open the room's next session. It begins with `session.closed`, which carries the recap.
 */
export const closed: PhaseModule<"closed"> = {
  phase: "closed",

  start(room, from) {
    if (!room.lastRecap) throw new Error("a session closes with its recap");
    return { ...from, phase: "closed", recap: room.lastRecap };
  },

  decide({ session, intent }) {
    if (intent.type !== "session.openFollowUp") return refuse("wrong_phase");
    return accept({ type: "session.opened", ordinal: session.ordinal + 1, kind: "followUp", format: intent.format });
  },

  events: {},

  nextStep: () => "This session is closed. Here is your recap.",
};

/** Everything the session gathered, as the recap both approved. */
export function closingRecap(room: RoomState, session: SessionState, now: number): Recap {
  const { record } = session;
  const draft = session.phase === "agreements" ? session.draft : null;
  return {
    recapVersion: 1,
    topic: room.topic,
    names: { ...room.names },
    ordinal: session.ordinal,
    kind: session.kind,
    format: session.format,
    openedAt: session.openedAt,
    closedAt: now,
    review: record.review,
    checkIns: record.checkIns,
    rounds: record.rounds,
    intentions: record.intentions,
    agreements: draft?.sections ?? { agreedTrue: "", unclear: "", nextSteps: [], practice: "" },
    appreciations: draft?.appreciations ?? { partnerA: null, partnerB: null },
    approvedVersion: draft?.version ?? 0,
    pauses: record.pauses,
    breaks: record.breaks,
  };
}
