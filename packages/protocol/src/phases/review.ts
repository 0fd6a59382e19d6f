import { accept, refuse } from "../decision.js";
import type { SessionFormat } from "../messages/lobby.js";
import type { LookBackItem } from "../messages/review.js";
import type { SessionKind } from "../messages/session-opened.js";
import { inPhase, partnerActor, type PhaseModule } from "../phase-module.js";
import type { Recap, ReviewRecord } from "../recap.js";
import { otherPartner } from "../roles.js";
import { routeFor } from "../route.js";
import { both, type RoomState } from "../state.js";

type ReviewEvent = "review.marked" | "review.appreciated" | "review.finished";

/** Review: each partner marks each of the last recap's next steps, may appreciate, then is done. */
export const review: PhaseModule<"review", ReviewEvent> = {
  phase: "review",

  start(room, from) {
    const items = lookBackItems(room.lastRecap);
    return { ...from, phase: "review", items, marks: both(items.map(() => null)), appreciations: both(null), done: both(false) };
  },

  decide({ session, intent, actor, next }) {
    if (session.done[actor] && intent.type.startsWith("review.")) return accept();
    switch (intent.type) {
      case "review.mark":
        if (intent.item >= session.items.length) return refuse("invalid_input", { field: "item", message: "There is no such step to look back on." });
        return accept({ type: "review.marked", item: intent.item, mark: intent.mark });
      case "review.appreciate":
        return accept({ type: "review.appreciated", content: intent.content });
      case "review.done":
        if (session.marks[actor].some((mark) => mark === null)) {
          return refuse("invalid_input", { field: "marks", message: "Please say how each step went first." });
        }
        return session.done[otherPartner(actor)] ? accept({ type: "review.finished" }, ...next()) : accept({ type: "review.finished" });
      default:
        return refuse("wrong_phase");
    }
  },

  keep: (s) => ({ ...s.record, review: { items: s.items, marks: s.marks, appreciations: s.appreciations } }),

  events: {
    "review.marked": {
      fold: inPhase("review", (s, event) => {
        const actor = partnerActor(event);
        if (!actor) return s;
        return { ...s, marks: { ...s.marks, [actor]: s.marks[actor].map((m, i) => (i === event.item ? event.mark : m)) } };
      }),
      say: (_event, { who }) => `${who} marked a step from last time.`,
    },
    "review.appreciated": {
      fold: inPhase("review", (s, event) => {
        const actor = partnerActor(event);
        return actor ? { ...s, appreciations: { ...s.appreciations, [actor]: event.content.text } } : s;
      }),
      say: (_event, { who }) => `${who} wrote an appreciation.`,
    },
    "review.finished": {
      fold: inPhase("review", (s, event) => {
        const actor = partnerActor(event);
        return actor ? { ...s, done: { ...s.done, [actor]: true } } : s;
      }),
      say: (_event, { who }) => `${who} finished looking back.`,
    },
  },

  nextStep({ session, me, other, both }) {
    if (!me) return `${both} are looking back at what they agreed last time.`;
    return session.done[me] ? `Waiting for ${other} to finish looking back.` : "Your turn: look back at what you agreed last time.";
  },
};

/**
 * What a follow-up looks back on: the next steps the last recap agreed; the steps that
 * session looked back on and found only partly done or not yet, carried forward until both
 * have kept them; and the practice the last recap agreed.
 */
export function lookBackItems(recap: Recap | null): LookBackItem[] {
  if (!recap) return [];
  const fresh: LookBackItem[] = recap.agreements.nextSteps.map((step) => ({ kind: "step", ...step, carried: false }));
  const review = recap.review;
  const open: LookBackItem[] = (review?.items ?? []).flatMap((item, i) => {
    const marks = [review?.marks.partnerA[i], review?.marks.partnerB[i]];
    const unfinished = item.kind === "step" && marks.some((m) => m === "partly" || m === "notYet");
    // Never by what the words say: every device folds this from the words it opened, the server
    // from their seals, and all must list the same steps. A step agreed again shows twice.
    return unfinished ? [{ ...item, carried: true }] : [];
  });
  const practice = recap.agreements.practice.trim();
  const practiced: LookBackItem[] = practice ? [{ kind: "practice", who: "both", what: practice, byWhen: null, carried: false }] : [];
  return [...fresh, ...open, ...practiced];
}

/** Of the steps a follow-up looked back on (not the practice), how many there were and how many both kept. */
export function keptTally(review: ReviewRecord): { steps: number; bothKept: number; practiceKept: boolean | null } {
  let steps = 0;
  let bothKept = 0;
  let practiceKept: boolean | null = null;
  review.items.forEach((item, i) => {
    const kept = review.marks.partnerA[i] === "kept" && review.marks.partnerB[i] === "kept";
    if (item.kind === "practice") practiceKept = kept;
    else {
      steps++;
      if (kept) bothKept++;
    }
  });
  return { steps, bothKept, practiceKept };
}

/** A session's route, given what the room's last recap leaves to look back on. */
export function sessionRoute(room: RoomState, kind: SessionKind, format: SessionFormat) {
  return routeFor({ kind, format, toLookBackOn: lookBackItems(room.lastRecap).length });
}
