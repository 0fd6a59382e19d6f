import type { FastifyBaseLogger } from "fastify";
import { Redis } from "ioredis";
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { BurstyWindows } from "./windows.js";

/**
 * How much one link (seat) and one address may do. Kept by key, not by socket, so a
 * reconnect starts from what was already spent. A person types and taps: a steady rate with
 * a burst on top is generous for them and small for a script. An address may be a whole
 * household, or many phones behind one carrier's address (CGNAT), so its budget is a
 * backstop against one client holding many links, far above what a few people spend.
 */
export const limitRates: LimitRates = {
  /** Actions and requests of one seat: 4 a second, with a burst of 36 more in any 10 seconds. */
  seatRequests: { perSecond: 4, burst: 36, burstSeconds: 10 },
  /** All seats behind one address together. */
  addressRequests: { perSecond: 40, burst: 400, burstSeconds: 10 },
  /** Connection attempts on one link: a phone on a bad network redials, a few times a minute. */
  linkConnections: { perMinute: 12, burst: 8 },
  /** Connection attempts from one address, whatever the link (guessing links included). */
  addressConnections: { perMinute: 300, burst: 100 },
};

export interface LimitRates {
  seatRequests: { perSecond: number; burst: number; burstSeconds: number };
  addressRequests: { perSecond: number; burst: number; burstSeconds: number };
  linkConnections: { perMinute: number; burst: number };
  addressConnections: { perMinute: number; burst: number };
}

/** Allowed, or how long to wait before trying again. */
export type Verdict = { ok: true } | { ok: false; retryAfterMs: number };

export interface Limits {
  /** Spent on every request and action: counted here, in this process, at once. */
  request(seatId: string, address: string): Verdict;
  connection(linkKey: string, address: string): Promise<Verdict>;
  close(): Promise<void>;
}

/**
 * The limits of this process, or of every process together when they share Redis:
 * connection attempts are counted in Redis then (a reconnect may reach another process),
 * falling back to this process's own count while Redis is away. Requests stay in memory:
 * a room's sockets all reach the process that holds the room.
 */
export function createLimits(options: { redisUrl?: string | null; log?: FastifyBaseLogger; rates?: LimitRates } = {}): Limits {
  const redis = options.redisUrl ? new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
  redis?.on("error", (error) => options.log?.warn({ err: error }, "redis (limits)"));
  const shared = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration });
    return redis ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `rr-limit:${keyPrefix}`, points, duration, insuranceLimiter: memory }) : memory;
  };
  const bursty = (rate: LimitRates["seatRequests"]) =>
    new BurstyWindows({ steady: { points: rate.perSecond, ms: 1_000 }, burst: { points: rate.burst, ms: rate.burstSeconds * 1_000 } });
  const { seatRequests, addressRequests, linkConnections, addressConnections } = options.rates ?? limitRates;
  const perSeat = bursty(seatRequests);
  const perAddress = bursty(addressRequests);
  const perLink = new BurstyRateLimiter(shared("link", linkConnections.perMinute, 60), shared("link-burst", linkConnections.burst, 60));
  const perAddressConnections = new BurstyRateLimiter(shared("conn", addressConnections.perMinute, 60), shared("conn-burst", addressConnections.burst, 60));

  return {
    request(seatId, address) {
      // The address first: a seat refused by its address's budget spends none of its own.
      const verdict = perAddress.spend(address);
      return verdict.ok ? perSeat.spend(seatId) : verdict;
    },
    connection: (linkKey, address) => both([perAddressConnections, address], [perLink, linkKey]),
    async close() {
      perSeat.close();
      perAddress.close();
      if (redis) await (redis.status === "ready" ? redis.quit().catch(() => redis.disconnect()) : redis.disconnect());
    },
  };
}

/** Spend one point in each, in order; the first that says no answers (later ones are not spent). */
async function both(...checks: [BurstyRateLimiter, string][]): Promise<Verdict> {
  for (const [limiter, key] of checks) {
    try {
      await limiter.consume(key);
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return { ok: false, retryAfterMs: Math.max(1, outcome.msBeforeNext) };
      throw outcome;
    }
  }
  return { ok: true };
}
