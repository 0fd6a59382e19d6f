import { isSealed, joinSealed } from "../sealing/envelope.js";
import { accept, refuse } from "../decision.js";
import type { DraftPart, DraftSections } from "../messages/agreements.js";
import { inPhase, partnerActor, type PhaseModule } from "../phase-module.js";
import { otherPartner, partnerRoles, type PartnerRole } from "../roles.js";
import { both, type AgreementsSession, type Draft, type RoomState, type SessionRecord } from "../state.js";

type AgreementsEvent = "agreements.edited" | "agreements.appreciated" | "agreements.approved";

/**
 * Agreements: one shared draft, versioned. An edit names the version it was based on; a stale
 * one is refused. Closing needs both partners' approval of the same version.
 */
export const agreements: PhaseModule<"agreements", AgreementsEvent> = {
  phase: "agreements",

  start: (room, from, at) => ({ ...from, phase: "agreements", draft: initialDraft(from.record, room, at), approvals: both(null) }),

  decide({ session, intent, actor, next }) {
    const { draft } = session;
    switch (intent.type) {
      case "agreements.edit": {
        if (intent.baseVersion !== draft.version) return refuse("stale_version");
        const parts = changedParts(draft.sections, intent.content);
        // Saving what is already there changes nothing, and asks nobody to approve again.
        if (parts.length === 0) return accept();
        return accept({ type: "agreements.edited", version: draft.version + 1, content: intent.content, parts });
      }
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
      fold: inPhase("agreements", (s, event) => {
        const changed = change(s, partnerActor(event), event.version, event.parts);
        return { ...s, draft: { ...s.draft, version: event.version, sections: event.content, changed }, approvals: both(null) };
      }),
      say: (event, { who }) => `${who} changed ${event.parts.length > 0 ? partsInWords(event.parts) : "the draft"}.`,
    },
    "agreements.appreciated": {
      fold: inPhase("agreements", (s, event) => {
        const actor = partnerActor(event);
        if (!actor) return s;
        const appreciations = { ...s.draft.appreciations, [actor]: event.content.text };
        const changed = change(s, actor, event.version, ["appreciation"]);
        return { ...s, draft: { ...s.draft, version: event.version, appreciations, changed }, approvals: both(null) };
      }),
      say: (_event, { who }) => `${who} wrote what they appreciated.`,
    },
    "agreements.approved": {
      fold: inPhase("agreements", (s, event) => {
        const actor = partnerActor(event);
        return actor ? { ...s, approvals: { ...s.approvals, [actor]: event.version } } : s;
      }),
      say: (_event, { who }) => `${who} approved the draft.`,
    },
  },

  nextStep({ session, me, other, both }) {
    if (!me) return `${both} are writing their recap together.`;
    if (session.approvals[me] === session.draft.version) return `Waiting for ${other} to approve this draft.`;
    const changed = session.draft.changed;
    if (changed && changed.by !== me && changed.unapproved.includes(me)) {
      return `${other} changed ${partsInWords(changed.parts)} after you approved. Look again, then approve.`;
    }
    return "Your turn: write the recap together, then approve it.";
  },
};

/**
 * The draft as the phase opens (at `at`): the points that stayed unclear while reflecting
 * back, each partner's "one thing I will do" as a next step a week from now, and the
 * practice the last recap agreed, for the two to keep or change.
 */
export function initialDraft(record: SessionRecord, room: Pick<RoomState, "names" | "lastRecap">, at: number): Draft {
  const open = record.rounds.filter((round) => round.outcome === "unclear");
  // Sealed words can't be put together here: the devices open the parts and write the lines.
  const unclear = open.some((round) => isSealed(round.statement.happened))
    ? joinSealed(open.map((round) => [room.names[round.speaker], round.statement.happened] as const))
    : open.map((round) => `${room.names[round.speaker]}: ${round.statement.happened}`).join("\n");
  const byWhen = new Date(at + weekMs).toISOString().slice(0, 10);
  const nextSteps = partnerRoles.flatMap((who) => {
    const action = record.intentions[who]?.action;
    return action ? [{ who, what: action, byWhen }] : [];
  });
  return {
    version: 1,
    sections: { agreedTrue: "", unclear, nextSteps, practice: room.lastRecap?.agreements.practice ?? "" },
    appreciations: both(null),
    changed: null,
  };
}

/** The parts of the draft in words, for sentences every seat reads. */
export const draftPartNames: Record<DraftPart, string> = {
  agreedTrue: "what both agree is true",
  unclear: "what remains unclear",
  nextSteps: "the next steps",
  practice: "the practice",
  appreciation: "what they appreciated",
};

/** "the next steps and the practice". */
export function partsInWords(parts: readonly DraftPart[]): string {
  const names = parts.map((p) => draftPartNames[p]);
  return names.length <= 1 ? (names[0] ?? "the draft") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const sectionParts = ["agreedTrue", "unclear", "nextSteps", "practice"] as const;

/** Which sections differ between two drafts. */
export function changedParts(before: DraftSections, after: DraftSections): DraftPart[] {
  return sectionParts.filter((part) => JSON.stringify(before[part]) !== JSON.stringify(after[part]));
}

function change(s: AgreementsSession, by: PartnerRole | null, version: number, parts: DraftPart[]): Draft["changed"] {
  if (!by) return s.draft.changed;
  const unapproved = partnerRoles.filter((p) => s.approvals[p] === s.draft.version);
  return { by, version, parts, before: s.draft.sections, unapproved };
}

const weekMs = 7 * 24 * 60 * 60 * 1000;
