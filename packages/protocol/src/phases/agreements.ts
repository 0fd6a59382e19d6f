import { accept, refuse, type Decision } from "../decision.js";
import type { Intent } from "../intents.js";
import type { Recap } from "../recap.js";
import { otherPartner, type PartnerRole } from "../roles.js";
import { both, type AgreementsSession, type Draft, type RoomState, type SessionRecord } from "../state.js";

/**
 * Agreements: one shared draft, versioned. An edit names the version it was based on; a stale
 * one is refused. Closing needs both partners' approval of the same version.
 */
export function decideAgreements(
  room: RoomState,
  session: AgreementsSession,
  intent: Intent,
  actor: PartnerRole,
  now: number,
): Decision {
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
      if (session.approvals[otherPartner(actor)] !== draft.version) return accept(approved);
      return accept(approved, { type: "session.closed", recap: buildRecap(room, session, now) });
    }
    default:
      return refuse("wrong_phase");
  }
}

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

export function buildRecap(room: RoomState, session: AgreementsSession, now: number): Recap {
  const { record, draft } = session;
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
    agreements: draft.sections,
    appreciations: draft.appreciations,
    approvedVersion: draft.version,
    pauses: record.pauses,
    breaks: record.breaks,
  };
}
