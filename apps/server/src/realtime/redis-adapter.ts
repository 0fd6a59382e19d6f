import { createAdapter } from "@socket.io/redis-adapter";
import type { FastifyBaseLogger } from "fastify";
import { Redis } from "ioredis";
import type { RoomServer } from "./types.js";

/**
 * Share broadcasts and presence between server processes through Redis Pub/Sub. Redis keeps
 * nothing: a packet published while it is away is lost, and clients recover it from the
 * database through their timeline's gap detection and `sync`.
 */
export function useRedisAdapter(io: RoomServer, url: string, log: FastifyBaseLogger): () => Promise<void> {
  const pub = new Redis(url, { maxRetriesPerRequest: 2 });
  const sub = pub.duplicate();
  // ioredis reconnects by itself; an unhandled 'error' event would crash the process.
  for (const client of [pub, sub]) client.on("error", (error) => log.warn({ err: error }, "redis"));
  io.adapter(createAdapter(pub, sub));
  return async () => {
    await Promise.allSettled([pub.quit(), sub.quit()]);
  };
}
