import { accept, refuse } from "../decision.js";
import { inPhase, partnerActor, type PhaseModule } from "../phase-module.js";
import { otherPartner } from "../roles.js";
import { both, type Draft, type RoomState, type SessionRecord } from "../state.js";

type AgreementsEvent = "agreements.edited" | "agreements.appreciated" | "agreements.approved";

/**
 * Agreements: one shared draft, versioned. An edit names the version it was based on; a stale
 * one is refused. Closing needs both partners' approval of the same version.
 */
export const agreements: PhaseModule<"agreements", AgreementsEvent> = {
  phase: "agreements",

  start: (room, from) => ({ ...from, phase: "agreements", draft: initialDraft(from.record, room.names), approvals: both(null) }),

  decide({ session, intent, actor, next }) {
    const { draft } = session;
    switch (intent.type) {
      case "agreements.edit":
        if (intent.baseVersion !== draft.version) return refuse("stale_version");
        return accept({ type: "agreements.edited", version: draft.version + 1, content: intent.content });
      case "agreements.appreciate":
        return accept({ type: "agreements.appreciated", version: draft.version + 1, content: intent.content });
      case "agreements.approve": {
        if (intent.version !== draft.version) return refuse("stale_version");
        if (session.approvals[actor] === draft.version) return accept();
        const approved = { type: "agreements.approved" as const, version: draft.version };
        return session.approvals[otherPartner(actor)] === draft.version ? accept(approved, ...next()) : accept(approved);
      }
      default:
        return refuse("wrong_phase");
    }
  },

  events: {
    "agreements.edited": {
      fold: inPhase("agreements", (s, event) => ({ ...s, draft: { ...s.draft, version: event.version, sections: event.content }, approvals: both(null) })),
      say: (event, { who }) => `${who} changed the draft (version ${event.version}).`,
    },
    "agreements.appreciated": {
      fold: inPhase("agreements", (s, event) => {
        const actor = partnerActor(event);
        if (!actor) return s;
        const appreciations = { ...s.draft.appreciations, [actor]: event.content.text };
        return { ...s, draft: { ...s.draft, version: event.version, appreciations }, approvals: both(null) };
      }),
      say: (event, { who }) => `${who} wrote an appreciation (version ${event.version}).`,
    },
    "agreements.approved": {
      fold: inPhase("agreements", (s, event) => {
        const actor = partnerActor(event);
        return actor ? { ...s, approvals: { ...s.approvals, [actor]: event.version } } : s;
      }),
      say: (event, { who }) => `${who} approved version ${event.version}.`,
    },
  },

  nextStep({ session, me, other, both }) {
    if (!me) return `${both} are writing their recap together.`;
    return session.approvals[me] === session.draft.version
      ? `Waiting for ${other} to approve version ${session.draft.version}.`
      : "Your turn: write the recap together, then approve it.";
  },
};

/** The draft as the phase opens: points that stayed unclear in the reflections are pre-filled. */
export function initialDraft(record: SessionRecord, names: RoomState["names"]): Draft {
  const unclear = record.rounds
    .filter((round) => round.outcome === "unclear")
    .map((round) => `${names[round.speaker]}: ${round.statement.happened}`)
    .join("\n");
  return {
    version: 1,
    sections: { agreedTrue: "", unclear, nextSteps: [], practice: "" },
    appreciations: both(null),
  };
}
