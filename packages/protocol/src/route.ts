import type { SessionFormat } from "./messages/lobby.js";
import type { Phase } from "./messages/phase-started.js";
import type { SessionKind } from "./messages/session-opened.js";
import { phaseNames } from "./phase-names.js";

/**
 * Which phases each kind of session has, in order: the one table the engine moves by, and
 * every reader (progress bar, next-step sentence, recap, timeline) asks.
 */
export const routes = {
  /** A couple's first session in the room. */
  first: ["lobby", "checkIn", "share", "intentions", "agreements", "closed"],
  /** A follow-up: look back at last time's steps, then the whole conversation again. */
  followUp: ["lobby", "review", "checkIn", "share", "intentions", "agreements", "closed"],
  /** A follow-up that is a short check-in only: look back, check in, agree. */
  checkInOnly: ["lobby", "review", "checkIn", "agreements", "closed"],
} as const satisfies Record<string, readonly Phase[]>;
export type RouteName = keyof typeof routes;

/** What decides a session's route: what kind of session it is, and what there is to look back on. */
export interface RouteFacts {
  kind: SessionKind;
  format: SessionFormat;
  /** How many things from the last recap the review would ask about. */
  toLookBackOn: number;
}

/** A phase left out of a route when it would have nothing to do. */
const skipped: Partial<Record<Phase, (facts: RouteFacts) => boolean>> = {
  review: (facts) => facts.toLookBackOn === 0,
};

export function routeName(facts: Pick<RouteFacts, "kind" | "format">): RouteName {
  if (facts.kind === "first") return "first";
  return facts.format === "checkInOnly" ? "checkInOnly" : "followUp";
}

/** The phases this session goes through, in order, from its lobby to closed. */
export function routeFor(facts: RouteFacts): readonly Phase[] {
  return routes[routeName(facts)].filter((phase) => !skipped[phase]?.(facts));
}

/** The phase after `phase` on `route` (closed has none). */
export function phaseAfter(route: readonly Phase[], phase: Phase): Phase | null {
  const at = route.indexOf(phase);
  if (at < 0) throw new Error(`${phase} is not on this session's route`);
  return route[at + 1] ?? null;
}

export interface ProgressStep {
  phase: Phase;
  name: string;
  status: "done" | "current" | "ahead";
}

/** Where a session is on its route: "Step 3 of 6", with every step named. */
export function progressOf(route: readonly Phase[], phase: Phase): { at: number; of: number; steps: ProgressStep[] } {
  const at = route.indexOf(phase);
  return {
    at: at + 1,
    of: route.length,
    steps: route.map((p, i) => ({ phase: p, name: phaseNames[p], status: i < at ? "done" : i === at ? "current" : "ahead" })),
  };
}
