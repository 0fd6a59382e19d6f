import { accept, refuse } from "../decision.js";
import type { PhaseModule } from "../phase-module.js";
import type { Recap } from "../recap.js";
import { isPartner, partnerRoles, type Role } from "../roles.js";
import type { RoomState, SessionState } from "../state.js";
import { keptTally } from "./review.js";

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

  nextStep: ({ me, both }) => (me ? "You've closed this session together. Your recap is below, kept for you both." : `${both} have closed this session together. Their recap is below.`),
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
    acknowledgements: record.acknowledgements,
    agreements: draft?.sections ?? { agreedTrue: "", unclear: "", nextSteps: [], practice: "" },
    appreciations: draft?.appreciations ?? { partnerA: null, partnerB: null },
    approvedVersion: draft?.version ?? 0,
    pauses: record.pauses,
    breaks: record.breaks,
  };
}

/**
 * What the two did together, named calmly as the session closes: who felt understood, what
 * is still open, the steps agreed, the pauses taken, the steps kept since last time. Never
 * a score. Partners read "you"; a coach reads their names.
 */
export function closingSummary(recap: Recap, reader: Role): string[] {
  const { names } = recap;
  const partner = isPartner(reader);
  const they = partner ? "you" : `${names.partnerA} and ${names.partnerB}`;
  const They = partner ? "You" : they;
  const lines: string[] = [];
  const understood = partnerRoles.filter((p) => recap.rounds.some((r) => r.speaker === p && r.outcome === "understood"));
  if (understood.length === 2) lines.push(`${names.partnerA} and ${names.partnerB} each felt understood.`);
  else if (understood[0]) lines.push(`${names[understood[0]]} felt understood.`);
  const open = recap.rounds.filter((r) => r.outcome === "unclear").length;
  if (open > 0) lines.push(open === 1 ? "One point is still open. It's in the recap, to come back to." : `${open} points are still open. They're in the recap, to come back to.`);
  if (recap.review) {
    const { steps, bothKept, practiceKept } = keptTally(recap.review);
    if (steps > 0) lines.push(`Since last time, ${they} kept ${bothKept} of ${steps} ${steps === 1 ? "step" : "steps"} together.`);
    if (practiceKept) lines.push(`${They} kept to ${partner ? "your" : "their"} practice.`);
  }
  const agreed = recap.agreements.nextSteps.length;
  if (agreed > 0) lines.push(`${They} agreed ${agreed === 1 ? "one next step" : `${agreed} next steps`}.`);
  const pauses = recap.pauses.length;
  if (pauses > 0) lines.push(`${They} paused ${pauses === 1 ? "once" : `${pauses} times`} when ${partner ? "you" : "they"} needed to.`);
  return lines;
}
