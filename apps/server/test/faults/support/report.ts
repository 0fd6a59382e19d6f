import { expect } from "vitest";
import type { LogAudit, ViewAudit } from "./audit.js";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * One line per scenario with the figures the issue asks for (actions, kills, lost,
 * duplicated, gaps, recovery times), printed whatever the outcome so a run's log keeps them.
 */
export function printFigures(scenario: string, audit: LogAudit, views: ViewAudit, extra: Record<string, string | number>, recoveriesMs: Record<string, number[]>): void {
  const parts = [
    `actions acked ${audit.acked} (resent ${audit.resent}, of which applied before the answered send ${audit.replayed})`,
    ...Object.entries(extra).map(([k, v]) => `${k} ${v}`),
    `lost ${audit.lost}`,
    `duplicated ${audit.duplicated}`,
    `gaps ${audit.gaps}`,
    `wrong seq ${audit.wrongSeq}`,
    `applied unanswered ${audit.unanswered}`,
    `refused ${audit.refused}`,
    `views equal to a fresh seat's ${views.compared - views.differing.length}/${views.compared}`,
    ...Object.entries(recoveriesMs).map(([what, ms]) => `${what} ${ms.map(seconds).join(", ") || "none"}`),
  ];
  console.log(`[fault] ${scenario}: ${parts.join("; ")}`);
  for (const problem of [...audit.problems, ...views.differing].slice(0, 30)) console.log(`[fault] ${scenario}:   ${problem}`);
}

/** What every scenario must find: nothing lost, nothing twice, no gap, every seat's view as a fresh one's. */
export function expectNothingAmiss(audit: LogAudit, views: ViewAudit, seats: number): void {
  const { lost, duplicated, gaps, wrongSeq, unanswered, refused } = audit;
  expect({ lost, duplicated, gaps, wrongSeq, unanswered, refused }).toEqual({ lost: 0, duplicated: 0, gaps: 0, wrongSeq: 0, unanswered: 0, refused: 0 });
  expect(views.differing).toEqual([]);
  expect(views.compared).toBe(seats);
}
