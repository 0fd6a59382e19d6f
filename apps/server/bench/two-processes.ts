/**
 * What a second server process costs a broadcast: the same sequential actions as the one-room
 * bench, partner A changing the topic and partner B waiting for each event, in three
 * deployments measured in the same run, taking turns room by room:
 * - one process, no Redis (as `npm start` runs);
 * - two processes sharing Redis and Postgres, both partners on the first (every broadcast is
 *   still published to Redis);
 * - the same two, partner B on the second process: the event reaches B through Redis.
 * The target is that a partner on another process hears of an action at most 1 ms later (p50)
 * than one on the same process. Nothing asserts a time.
 *
 *   RR_TEST_DB=postgres pnpm --filter @repair-room/server exec tsx bench/two-processes.ts
 *   BENCH_ACTIONS=3000 …      # samples per deployment (default 1,000)
 *
 * Postgres only (PGlite belongs to one process); Redis at TEST_REDIS_URL, as for the tests.
 */
import { Redis } from "ioredis";
import type { Histogram } from "hdr-histogram-js";
import { connectSeat } from "../test/support/seat-client.js";
import { dbKind, freshDatabase } from "../test/support/test-db.js";
import { defaultRoom } from "../test/support/test-server.js";
import { actAndHear, histogram, startServerProcess, type ServerProcess } from "./support.js";

const actions = Number(process.env.BENCH_ACTIONS ?? 1_000);
const warmup = 300;
const perRoom = 20;
const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

interface Deployment {
  name: string;
  /** Where the room is made and partner A acts. */
  a: ServerProcess;
  /** Where partner B listens. */
  b: ServerProcess;
  ack: Histogram;
  broadcast: Histogram;
  done: number;
}

async function redisReachable(): Promise<boolean> {
  const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function main(): Promise<void> {
  if (dbKind !== "postgres") {
    console.log("Two processes share one database: this bench runs on Postgres only (RR_TEST_DB=postgres).");
    return;
  }
  if (!(await redisReachable())) throw new Error(`no Redis at ${redisUrl} (TEST_REDIS_URL): two processes need one`);
  const database = await freshDatabase({ migrated: false });
  const place = { DATABASE_URL: (database.db.target as { url: string }).url, TRUST_PROXY: "1" };
  // One after the other: the first migrates the fresh database, the others find it done.
  const alone = await startServerProcess("bench/server-entry.mjs", place);
  const first = await startServerProcess("bench/server-entry.mjs", { ...place, REDIS_URL: redisUrl });
  const second = await startServerProcess("bench/server-entry.mjs", { ...place, REDIS_URL: redisUrl });
  const deployment = (name: string, a: ServerProcess, b: ServerProcess): Deployment => ({ name, a, b, ack: histogram(), broadcast: histogram(), done: 0 });
  const deployments = [
    deployment("one process, no Redis", alone, alone),
    deployment("two processes, partners on one", first, first),
    deployment("two processes, partners apart", first, second),
  ];
  try {
    await actInTurns(deployments);
  } finally {
    await Promise.all([alone.stop(), first.stop(), second.stop()]);
    await database.drop();
  }

  const ms = (us: number) => (us / 1000).toFixed(2).padStart(8);
  const row = (name: string, h: Histogram) => `${name.padEnd(60)}${ms(h.getValueAtPercentile(50))}${ms(h.getValueAtPercentile(90))}${ms(h.getValueAtPercentile(99))}${ms(h.maxValue)}`;
  console.log(`\nBroadcast across processes on postgres (Redis at ${new URL(redisUrl).host}), ${actions} sequential accepted actions each (after ${warmup} warm-up), in ms\n`);
  console.log(`${"".padEnd(60)}${"p50".padStart(8)}${"p90".padStart(8)}${"p99".padStart(8)}${"max".padStart(8)}`);
  for (const d of deployments) {
    console.log(row(`${d.name}: emit → ack`, d.ack));
    console.log(row(`${d.name}: emit → other partner has it`, d.broadcast));
  }
  const p50 = (d: Deployment) => d.broadcast.getValueAtPercentile(50) / 1000;
  const [one, together, apart] = deployments.map(p50) as [number, number, number];
  console.log(`\na partner on the second process has the event ${(apart - together).toFixed(2)} ms later (p50) than one on the same process (target ≤ 1 ms)`);
  console.log(`and ${(apart - one).toFixed(2)} ms later than with one process and no Redis; partners on one of two processes: ${(together - one).toFixed(2)} ms`);
}

/** Rooms of each deployment in turn, `perRoom` actions each, until each has its samples. */
async function actInTurns(deployments: Deployment[]): Promise<void> {
  const wanted = actions + warmup;
  for (let r = 0; deployments.some((d) => d.done < wanted); r++) {
    const d = deployments[r % deployments.length]!;
    if (d.done >= wanted) continue;
    // Each room from an address of its own, as households behind a proxy: no per-address limit refuses a sample.
    const forwarded = { "x-forwarded-for": `10.${(r >> 16) & 255}.${(r >> 8) & 255}.${r & 255}` };
    const response = await fetch(`${d.a.url}/api/rooms`, {
      method: "POST",
      headers: { ...forwarded, origin: d.a.url, "content-type": "application/json" },
      body: JSON.stringify({ ...defaultRoom, topic: "Bench" }),
    });
    if (response.status !== 201) throw new Error(`creating a room: ${response.status} ${await response.text()}`);
    const room = (await response.json()) as { links: Record<"partnerA" | "partnerB", string> };
    const a = await connectSeat(d.a.url, room.links.partnerA, { extraHeaders: { ...forwarded, origin: d.a.url } });
    const b = await connectSeat(d.b.url, room.links.partnerB, { extraHeaders: { ...forwarded, origin: d.b.url } });
    for (let k = 0; k < perRoom && d.done < wanted; k++, d.done++) {
      const intent = { actionId: crypto.randomUUID(), type: "lobby.setTopic", content: { topic: `Topic ${d.done}` } };
      const { ackUs, broadcastUs } = await actAndHear(a, b, intent);
      if (d.done >= warmup) {
        d.ack.recordValue(ackUs);
        d.broadcast.recordValue(broadcastUs);
      }
    }
    a.close();
    b.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
