/**
 * Many rooms against the server in a process of its own (bench/server-entry.mjs around the
 * product's main), beside the floor server (floor-server.ts: a socket.io ack after one update +
 * insert statement) at the same rate on the same database:
 * - a sweep at a human pace, one action per room every 10 s;
 * - a ramp at one action per room a second, until p99 > 200 ms or any error;
 * - then every room idle, the server's heap after a full collection, just after the last joins and a
 *   minute later (BENCH_IDLE_WAIT_SECONDS);
 * - then the floor, at the sweep's rates and at the ramp's last two steps.
 * Progress goes to stderr, the tables to stdout. Nothing asserts a time.
 *
 *   RR_TEST_DB=postgres pnpm --filter @repair-room/server exec tsx bench/sweep.ts
 *   BENCH_ROOMS=100,500 BENCH_SECONDS=30 BENCH_RAMP_STEP=100 BENCH_IDLE_SOCKETS=10000 …
 *   BENCH_FLOOR=0: the product alone, while looking into one change (the tables then have no floor rows).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { dbKind, freshDatabase, type TestDatabase } from "../test/support/test-db.js";
import { Fleet, sealedWords, type Kind, type StepResult } from "./fleet.js";
import { formatHeap, msAt, number, numbers, quick, sleep, startServerProcess, type Heap } from "./support.js";

const sweepRooms = numbers("BENCH_ROOMS", quick ? [100] : dbKind === "postgres" ? [100, 500, 1_000, 5_000] : [100, 500, 1_000]);
const periodMs = number("BENCH_PERIOD_MS", 10_000);
const measureMs = number("BENCH_SECONDS", quick ? 10 : 30) * 1000;
const rampStep = number("BENCH_RAMP_STEP", 100);
const rampMax = number("BENCH_RAMP_MAX", quick ? 200 : 3_000);
const rampMeasureMs = number("BENCH_RAMP_SECONDS", quick ? 5 : 10) * 1000;
// PGlite (and the quick run) keep the sockets the sweep and ramp already hold rather than spend
// minutes making 5,000 rooms (PGlite creates them slowly); a socket's heap is the database's
// business only through the room's state.
const idleSockets = number("BENCH_IDLE_SOCKETS", quick || dbKind === "pglite" ? 0 : 10_000);
/** How long the sockets stay idle before the second heap reading: past the connection limits' minute. */
const idleWaitMs = number("BENCH_IDLE_WAIT_SECONDS", quick ? 0 : 65) * 1000;
const breakP99Ms = 200;
const withFloor = process.env.BENCH_FLOOR !== "0";

const progress = (line: string) => process.stderr.write(`  [${dbKind}] ${new Date().toISOString()} ${line}\n`);

interface Started {
  fleet: Fleet;
  done(): Promise<void>;
}

/** A server of `kind` on a database of its own, so neither sees the other's rows. */
async function start(kind: Kind): Promise<Started> {
  const dir = mkdtempSync(join(tmpdir(), "rr-bench-"));
  const database: TestDatabase | null = dbKind === "postgres" ? await freshDatabase({ migrated: false }) : null;
  const target = database?.db.target;
  const env = {
    ...(target?.kind === "postgres" ? { DATABASE_URL: target.url } : { DATA_DIR: dir }),
    TRUST_PROXY: "1",
  };
  const server = await startServerProcess(kind === "floor" ? "bench/floor-server.ts" : "bench/server-entry.mjs", env);
  const fleet = new Fleet(kind, server);
  return {
    fleet,
    async done() {
      fleet.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
      await database?.drop().catch(() => {});
    },
  };
}

/** Rooms each kind of server created and joined, and the seconds it took. */
const growth = { product: { rooms: 0, seconds: 0 }, floor: { rooms: 0, seconds: 0 } };

async function grow(fleet: Fleet, count: number): Promise<void> {
  if (fleet.rooms.length >= count) return;
  const before = fleet.rooms.length;
  const t0 = Date.now();
  await fleet.grow(count);
  const seconds = (Date.now() - t0) / 1000;
  growth[fleet.kind].rooms += count - before;
  growth[fleet.kind].seconds += seconds;
  progress(`${fleet.kind}: ${count} rooms connected (${Math.round((count - before) / seconds)} rooms/s created and joined)`);
}

async function sweep(fleet: Fleet): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const count of sweepRooms) {
    await grow(fleet, count);
    progress(`${fleet.kind}: ${count} rooms driven, measured from ${periodMs / 1000} s on`);
    const result = await fleet.drive(count, periodMs, periodMs, measureMs);
    progress(`${fleet.kind}: ${row(`${count} rooms`, result)}`);
    results.push(result);
  }
  return results;
}

/** One action per room a second, `rampStep` more rooms each step, until it breaks. */
async function ramp(fleet: Fleet): Promise<{ steps: StepResult[]; held: StepResult | null; broke: StepResult | null }> {
  const steps: StepResult[] = [];
  let held: StepResult | null = null;
  for (let count = rampStep; count <= rampMax; count += rampStep) {
    await grow(fleet, count);
    // A step that breaks runs once more: on a shared machine one burst of someone else's work
    // can push a short window's p99 over the line. Both runs are printed.
    let result: StepResult | null = null;
    for (let attempt = 0; attempt < 2; attempt++) {
      result = await fleet.drive(count, 1_000, 3_000, rampMeasureMs);
      steps.push(result);
      progress(`${fleet.kind} ramp: ${row(`${count} rooms`, result)}`);
      if (!broken(result)) break;
    }
    if (!result || broken(result)) return { steps, held, broke: result };
    held = result;
  }
  return { steps, held, broke: null };
}

const broken = (r: StepResult) => r.errors > 0 || msAt(r.acks, 99) > breakP99Ms;

const header = `${"".padEnd(24)}${"actions/s".padStart(10)}${"p50".padStart(8)}${"p90".padStart(8)}${"p99".padStart(8)}${"max".padStart(8)}${"errors".padStart(8)}${"CPU ms/action".padStart(15)}${"CPU".padStart(6)}${"load".padStart(6)}`;

function row(label: string, r: StepResult): string {
  const ms = (v: number) => v.toFixed(1).padStart(8);
  return `${label.padEnd(24)}${r.accepted.toFixed(0).padStart(10)}${ms(msAt(r.acks, 50))}${ms(msAt(r.acks, 90))}${ms(msAt(r.acks, 99))}${ms(r.acks.maxValue / 1000)}${String(r.errors).padStart(8)}${r.cpuMsPerAction.toFixed(2).padStart(15)}${`${Math.round(r.cpuShare * 100)}%`.padStart(6)}${r.load.toFixed(1).padStart(6)}`;
}

async function main(): Promise<void> {
  const product = await start("product");
  let productSweep: StepResult[];
  let ramped: Awaited<ReturnType<typeof ramp>>;
  let heapAtStart: Heap;
  let heapJoined: Heap;
  let heapIdle: Heap;
  let idleRooms: number;
  try {
    heapAtStart = await product.fleet.server.heap();
    productSweep = await sweep(product.fleet);
    ramped = await ramp(product.fleet);
    idleRooms = Math.max(product.fleet.rooms.length, Math.ceil(idleSockets / 2));
    await grow(product.fleet, idleRooms);
    await sleep(2_000); // the last joins' presence broadcasts settle
    heapJoined = await product.fleet.server.heap();
    // A minute on, what only the joining needed is gone too (the connection limits' counts).
    await sleep(idleWaitMs);
    heapIdle = await product.fleet.server.heap();
  } finally {
    await product.done();
  }

  // The floor at the same rates: the sweep's, and the ramp's last steps (did the machine or
  // the product give way there?).
  const floorSweep: StepResult[] = [];
  const floorRamp: StepResult[] = [];
  if (withFloor) {
    const floor = await start("floor");
    try {
      floorSweep.push(...(await sweep(floor.fleet)));
      for (const step of [ramped.held, ramped.broke]) {
        if (!step) continue;
        await grow(floor.fleet, step.rooms);
        const result = await floor.fleet.drive(step.rooms, 1_000, 3_000, rampMeasureMs);
        progress(`floor ramp: ${row(`${step.rooms} rooms`, result)}`);
        floorRamp.push(result);
      }
    } finally {
      await floor.done();
    }
  }

  if (sealedWords) console.log("\nThe product's rooms are sealed (BENCH_SEALED=1): their words travel as devices seal them.");
  console.log(`\nRooms sweep on ${dbKind}: one action per room every ${periodMs / 1000} s, ${measureMs / 1000} s measured after ${periodMs / 1000} s; ack in ms; server CPU per accepted action; the machine's 1-minute load average (${cpus().length} cores)\n`);
  console.log(header);
  sweepRooms.forEach((count, i) => {
    const f = floorSweep[i];
    const p = productSweep[i];
    if (f) console.log(row(`floor, ${count} rooms`, f));
    if (p) console.log(row(`product, ${count} rooms`, p));
  });

  console.log(`\nRamp on ${dbKind}: one action per room a second, ${rampStep} rooms more each step, ${rampMeasureMs / 1000} s measured after 3 s; breaks at ack p99 > ${breakP99Ms} ms or any error twice in a row\n`);
  console.log(header);
  for (const step of ramped.steps) console.log(row(`product, ${step.rooms} rooms`, step));
  for (const step of floorRamp) console.log(row(`floor, ${step.rooms} rooms`, step));
  const broke = ramped.broke;
  const why = broke ? (broke.errors > 0 ? `${broke.errors} errors (first: ${broke.firstError})` : `p99 ${msAt(broke.acks, 99).toFixed(0)} ms`) : "";
  console.log(
    broke
      ? `\nbreaking point: held ${ramped.held ? `${ramped.held.accepted.toFixed(0)} accepted actions/s (${ramped.held.rooms} rooms)` : "no step"}; broke at ${broke.rooms} rooms, ${broke.accepted.toFixed(0)} accepted actions/s: ${why}`
      : `\nbreaking point: not reached; held ${ramped.held?.accepted.toFixed(0)} accepted actions/s at ${rampMax} rooms (BENCH_RAMP_MAX)`,
  );

  const made = growth.product;
  console.log(`\nRooms created (POST /api/rooms) and both partners joined (welcome), 16 at a time, on ${dbKind}: ${(made.rooms / made.seconds).toFixed(0)} rooms/s over ${made.rooms} rooms`);

  const sockets = idleRooms * 2;
  console.log(`\nIdle on ${dbKind}: server after a full GC`);
  console.log(`  at start, no rooms:                 ${formatHeap(heapAtStart)}`);
  const perSocket = (h: Heap) => `${((h.heapUsed - heapAtStart.heapUsed) / sockets / 1024).toFixed(1)} KB of heap a socket, rooms included`;
  console.log(`  ${`${sockets} sockets, just joined:`.padEnd(36)} ${formatHeap(heapJoined)} (${idleRooms} rooms; ${perSocket(heapJoined)})`);
  console.log(`  ${`the same, idle ${idleWaitMs / 1000} s:`.padEnd(36)} ${formatHeap(heapIdle)} (${perSocket(heapIdle)})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
