import { createAdapter } from "@socket.io/redis-adapter";
import type { FastifyBaseLogger } from "fastify";
import { Redis } from "ioredis";
import type { RoomServer } from "./types.js";

/**
 * Share broadcasts and presence between server processes through Redis Pub/Sub. Redis keeps
 * nothing, and may go away: commands then wait for it (no retry limit, so a publish never
 * rejects and cannot end the process, as the adapter leaves its promise unhandled), a
 * presence lookup across processes gives up after `requestsTimeout` and falls back to this
 * process's own sockets (presence.ts), and a broadcast that never arrives is recovered by
 * the clients from the database (a gap in their timeline, then `sync`).
 */
export function useRedisAdapter(io: RoomServer, url: string, log: FastifyBaseLogger, onRecovered: () => Promise<void>): () => Promise<void> {
  const pub = new Redis(url, { maxRetriesPerRequest: null });
  const sub = pub.duplicate();
  // The adapter leaves publish's promise unhandled: a publish that fails (the connection ends
  // while it waits) must be logged, not end the process.
  const publish = pub.publish.bind(pub);
  pub.publish = ((...args: Parameters<typeof publish>) => {
    const sent = publish(...args);
    sent.catch((error: unknown) => log.warn({ err: error }, "a broadcast to other processes was lost"));
    return sent;
  }) as typeof pub.publish;
  // ioredis reconnects by itself; an unhandled 'error' event would crash the process.
  for (const client of [pub, sub]) client.on("error", (error) => log.warn({ err: error }, "redis"));
  // Back after being away: broadcasts from other processes may have been lost meanwhile.
  let lost = false;
  sub.on("close", () => {
    lost = true;
  });
  sub.on("ready", () => {
    if (!lost) return;
    lost = false;
    log.info("redis is back: telling this process's pages where their rooms' logs end");
    onRecovered().catch((error: unknown) => log.warn({ err: error }, "could not tell pages the latest seq"));
  });
  io.adapter(createAdapter(pub, sub, { requestsTimeout: 2_000 }));
  return async () => {
    // quit() would wait for a Redis that is away; then just drop the connection.
    const end = (client: Redis) => (client.status === "ready" ? client.quit().catch(() => client.disconnect()) : client.disconnect());
    await Promise.allSettled([end(pub), end(sub)]);
  };
}
