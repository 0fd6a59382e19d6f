import type { Verdict } from "./limits.js";

/** A steady rate, with a burst on top for the moments it is exceeded. */
export interface BurstyRate {
  steady: { points: number; ms: number };
  burst: { points: number; ms: number };
}

/** One key's counts; changed in place, so spending a point allocates nothing. */
class Spent {
  steadyFrom = Number.NEGATIVE_INFINITY;
  steadyUsed = 0;
  burstFrom = Number.NEGATIVE_INFINITY;
  burstUsed = 0;
}

/** How long a key nobody spends from is kept after its windows close. */
const keepIdleMs = 60_000;

/**
 * Points spent per key in fixed windows, in this process: the steady window's points first,
 * then the burst window's, which opens when the steady ones first run out. A spent point that
 * is refused still counts, so hammering does not shorten the wait.
 *
 * By hand rather than rate-limiter-flexible's memory store, which makes a record and arms a
 * timer for every key's every window: spent on every action, those outlived the young
 * generation and were much of what filled the old one at 500 actions/s (bench/promoted.ts).
 * Here keys nobody spends from are swept once a minute.
 */
export class BurstyWindows {
  private readonly spent = new Map<string, Spent>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly rate: BurstyRate,
    private readonly clock: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.sweep(), keepIdleMs);
    this.sweeper.unref();
  }

  spend(key: string): Verdict {
    const now = this.clock();
    const { steady, burst } = this.rate;
    let s = this.spent.get(key);
    if (!s) this.spent.set(key, (s = new Spent()));
    if (now - s.steadyFrom >= steady.ms) {
      s.steadyFrom = now;
      s.steadyUsed = 0;
    }
    if (++s.steadyUsed <= steady.points) return { ok: true };
    if (now - s.burstFrom >= burst.ms) {
      s.burstFrom = now;
      s.burstUsed = 0;
    }
    if (++s.burstUsed <= burst.points) return { ok: true };
    return { ok: false, retryAfterMs: Math.max(1, Math.min(s.steadyFrom + steady.ms, s.burstFrom + burst.ms) - now) };
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = this.clock();
    const { steady, burst } = this.rate;
    for (const [key, s] of this.spent) {
      if (now - s.steadyFrom >= steady.ms + keepIdleMs && now - s.burstFrom >= burst.ms + keepIdleMs) this.spent.delete(key);
    }
  }
}
