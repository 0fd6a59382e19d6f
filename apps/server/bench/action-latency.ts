/**
 * How long an action takes end to end, beside floors measured in the same run on the same
 * machine: nothing here asserts a time (this machine's figures are noisy; only the ratio to
 * the floor means much).
 *
 *   pnpm --filter @repair-room/server bench                     # PGlite
 *   RR_TEST_DB=postgres pnpm --filter @repair-room/server bench # a fresh database on TEST_DATABASE_URL
 *   BENCH_ACTIONS=5000 …                                        # more samples (default 2,000)
 *
 * The server runs in a process of its own, as deployed (bench/server-entry.mjs: the built
 * bundle, its real limits), and is measured from this one, as a partner's device would: its
 * work after an ack (the broadcast) then delays no client here. Sequentially, one action in
 * flight at a time:
 * - ack: partner A emits an action → the server parses, decides, commits the event → A has the ack.
 * - broadcast: the same action, from A's emit until partner B has received the event.
 * Floors:
 * - socket.io: an emit-with-ack round trip to a handler that answers at once, on a bare
 *   socket.io server in a process of its own (bench/floor-server.ts), what any acknowledged
 *   message costs here.
 * - transaction: the same database and driver, one statement that updates (so locks) a row and
 *   inserts one (the least an action's commit could do), committed on its own. PGlite lives
 *   inside one process: its floor runs on a PGlite of this process's own.
 * The target is the sum of those two, each measured back to back: a loop that does one thing
 * keeps the CPU's caches warm for it, which no real action enjoys. A third floor shows what
 * that costs: the bare server's "action", which runs the transaction floor's statement before
 * its ack, as a server that did nothing else would.
 * The same action is measured again in sealed rooms (made and acted in as a device does, the
 * words sealed before the clock starts): the server's part of it, next to the plain one.
 * Actions are spread over many rooms (at most 20 per seat, each room from an address of its own
 * through X-Forwarded-For, as behind a proxy), so the per-seat and per-address limits never
 * refuse one: every sample is an accepted action.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newRoomKey, RoomSealer } from "@repair-room/protocol";
import type { Histogram } from "hdr-histogram-js";
import { io as connect } from "socket.io-client";
import { openDatabase, type Database } from "../src/db/database.js";
import { connectSeat } from "../test/support/seat-client.js";
import { dbKind, freshDatabase } from "../test/support/test-db.js";
import { defaultRoom } from "../test/support/test-server.js";
import { actAndHear, answered, histogram, micros, startServerProcess, type ServerProcess } from "./support.js";

const actions = Number(process.env.BENCH_ACTIONS ?? 2_000);
const perRoom = 20;
// The server is a fresh process: its first few hundred actions are slower (V8 compiling its hot
// code, each pooled connection preparing the append), and the first set would pay for them.
const warmup = 500;

/**
 * Emit-with-ack round trips to one of the floor server's handlers: "echo", which answers at
 * once (the socket floor), or "action", which runs the transaction floor's statement and then
 * answers: both floors in one, what an action would cost on a server that did nothing else,
 * whose process wakes, works and sleeps as the real server's does.
 */
async function floorRoundTrips(floor: ServerProcess, event: "echo" | "action", samples: number): Promise<Histogram> {
  const client = connect(floor.url, { transports: ["websocket"], forceNew: true, auth: { room: "one room" } });
  await new Promise<void>((resolve) => client.once("connect", resolve));
  const h = histogram();
  for (let i = 0; i < samples + warmup; i++) {
    const start = micros();
    const acked = await answered(client, event, { type: "lobby.setTopic", content: { topic: `floor ${i}` } });
    if (i >= warmup) h.recordValue(Number(acked.at - start));
  }
  client.close();
  return h;
}

/** The least an action's commit could do, on the same database and driver as the server's. */
async function transactionFloor(db: Database, samples: number): Promise<Histogram> {
  const raw = db.raw;
  await raw.exec(
    "CREATE TABLE IF NOT EXISTS bench_floor (id int PRIMARY KEY, n int NOT NULL); CREATE TABLE IF NOT EXISTS bench_rows (id serial PRIMARY KEY, body jsonb NOT NULL); INSERT INTO bench_floor VALUES (1, 0) ON CONFLICT DO NOTHING",
  );
  const h = histogram();
  for (let i = 0; i < samples + warmup; i++) {
    const start = micros();
    await raw.query(
      "WITH moved AS (UPDATE bench_floor SET n = n + 1 WHERE id = 1 RETURNING n) INSERT INTO bench_rows (body) SELECT $1::jsonb FROM moved",
      [JSON.stringify({ topic: `floor ${i}` })],
    );
    if (i >= warmup) h.recordValue(Number(micros() - start));
  }
  return h;
}

async function main(): Promise<void> {
  const database = dbKind === "postgres" ? await freshDatabase({ migrated: false }) : null;
  const dirs = [mkdtempSync(join(tmpdir(), "rr-bench-")), mkdtempSync(join(tmpdir(), "rr-bench-"))];
  const place = (dir: string) => (database ? { DATABASE_URL: (database.db.target as { url: string }).url } : { DATA_DIR: dir });
  const server = await startServerProcess("bench/server-entry.mjs", { ...place(dirs[0]!), TRUST_PROXY: "1" });
  const floorServer = await startServerProcess("bench/floor-server.ts", place(dirs[1]!));
  // Postgres: a connection of this process's own to the server's database; PGlite: its own, in memory.
  const floorDb = database ? await openDatabase(database.db.target) : await openDatabase({ kind: "pglite", dataDir: null });

  const txFloor = await transactionFloor(floorDb, actions);
  const ioFloor = await floorRoundTrips(floorServer, "echo", actions);
  const bothFloor = await floorRoundTrips(floorServer, "action", actions);

  const [plain, sealed] = await roomActions(server, await RoomSealer.create({ room: newRoomKey() }));
  await Promise.all([server.stop(), floorServer.stop(), floorDb.close()]);
  await database?.drop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });

  const row = (name: string, h: Histogram) => {
    const ms = (us: number) => (us / 1000).toFixed(2).padStart(8);
    return `${name.padEnd(44)}${ms(h.getValueAtPercentile(50))}${ms(h.getValueAtPercentile(90))}${ms(h.getValueAtPercentile(99))}${ms(h.maxValue)}`;
  };
  console.log(`\nAction latency on ${dbKind}, ${actions} sequential accepted actions (after ${warmup} warm-up), in ms\n`);
  console.log(`${"".padEnd(44)}${"p50".padStart(8)}${"p90".padStart(8)}${"p99".padStart(8)}${"max".padStart(8)}`);
  console.log(row("floor: socket.io emit-with-ack, no work", ioFloor));
  console.log(row("floor: update + insert, one statement", txFloor));
  console.log(row("floor: emit → that statement → ack", bothFloor));
  console.log(row("action: emit → committed → ack", plain.ack));
  console.log(row("action: emit → other partner has the event", plain.broadcast));
  console.log(row("sealed action: emit → committed → ack", sealed.ack));
  console.log(row("sealed action: emit → other partner has it", sealed.broadcast));
  const floor = ioFloor.getValueAtPercentile(50) + txFloor.getValueAtPercentile(50);
  console.log(`\nack p50 is ${(plain.ack.getValueAtPercentile(50) / floor).toFixed(1)}× the sum of the two floors' p50 (${(floor / 1000).toFixed(2)} ms)`);
  console.log(`ack p50 is ${(plain.ack.getValueAtPercentile(50) / bothFloor.getValueAtPercentile(50)).toFixed(1)}× a bare server's that runs the floor's statement before its ack`);
  console.log(`sealed ack p50 is ${(sealed.ack.getValueAtPercentile(50) / plain.ack.getValueAtPercentile(50)).toFixed(2)}× the plain one's`);
}

/**
 * `actions` accepted actions of each kind (after the warm-up), partner A changing the topic and
 * partner B waiting for each: in plain rooms, and in rooms made and acted in sealed, as a device
 * does. The two kinds take turns room by room, so neither pays more of the server's warming up.
 */
async function roomActions(server: ServerProcess, sealer: RoomSealer) {
  const kinds = [null, sealer].map((s) => ({ sealer: s, ack: histogram(), broadcast: histogram(), done: 0 }));
  const body = (topic: string) => ({ ...defaultRoom, topic });
  for (let r = 0; kinds.some((k) => k.done < actions + warmup); r++) {
    const kind = kinds[r % 2]!;
    if (kind.done >= actions + warmup) continue;
    const seal = <T extends object>(type: string, value: T) => (kind.sealer ? kind.sealer.seal(type, value, "partnerA") : Promise.resolve(value));
    const headers = { origin: server.url, "x-forwarded-for": `10.${(r >> 16) & 255}.${(r >> 8) & 255}.${r & 255}` };
    const response = await fetch(`${server.url}/api/rooms`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(await seal("createRoom", body("Bench"))),
    });
    if (response.status !== 201) throw new Error(`creating a room: ${response.status} ${await response.text()}`);
    const room = (await response.json()) as { links: Record<"partnerA" | "partnerB", string> };
    const a = await connectSeat(server.url, room.links.partnerA, { extraHeaders: headers });
    const b = await connectSeat(server.url, room.links.partnerB, { extraHeaders: headers });
    for (let k = 0; k < perRoom && kind.done < actions + warmup; k++, kind.done++) {
      const intent = { actionId: crypto.randomUUID(), type: "lobby.setTopic", content: { topic: `Topic ${kind.done}` } } as const;
      const sent = await seal(intent.type, intent);
      const { ackUs, broadcastUs } = await actAndHear(a, b, sent);
      if (kind.done >= warmup) {
        kind.ack.recordValue(ackUs);
        kind.broadcast.recordValue(broadcastUs);
      }
    }
    a.close();
    b.close();
  }
  return [kinds[0]!, kinds[1]!] as const;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
