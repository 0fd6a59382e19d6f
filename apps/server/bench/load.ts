/**
 * Many rooms at once, each with one action a second (the partners taking turns), against the
 * server running in a process of its own, beside a floor server (floor-server.ts: a socket.io
 * ack after one update + insert statement, nothing else) at the same rate on the same database.
 * Prints ack latency and each server process's CPU. Nothing asserts a time.
 *
 *   pnpm --filter @repair-room/server bench:load                                  # PGlite, 100 rooms
 *   RR_TEST_DB=postgres BENCH_ROOMS=100,200,400 pnpm --filter @repair-room/server bench:load
 *   BENCH_SECONDS=20 …                                                            # longer runs
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Histogram } from "hdr-histogram-js";
import { io, type Socket } from "socket.io-client";
import { dbKind, freshDatabase } from "../test/support/test-db.js";

const roomCounts = (process.env.BENCH_ROOMS ?? "100").split(",").map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const warmupSeconds = 3;
const serverDir = new URL("..", import.meta.url).pathname;

const histogram = (): Histogram => build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
const micros = () => process.hrtime.bigint() / 1_000n;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ticksPerSecond = 100;

/** user + system CPU of a process so far, in seconds (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

async function start(script: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: serverDir,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: "error", WEB_DIST: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      if (/ready/i.test(chunk.toString())) resolve();
    });
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

type Sock = Socket;
const connect = (url: string, auth: object): Promise<Sock> =>
  new Promise((resolve, reject) => {
    const socket = io(url, { auth, transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { origin: url } });
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });

/** Each room's two sockets take turns sending one action a second; returns the ack latencies. */
async function drive(rooms: [Sock, Sock][], action: (n: number) => object): Promise<{ acks: Histogram; sent: number; failed: number }> {
  const acks = histogram();
  let sent = 0;
  let failed = 0;
  const until = Date.now() + (warmupSeconds + seconds) * 1000;
  const measureFrom = Date.now() + warmupSeconds * 1000;
  await Promise.all(
    rooms.map(async (pair, r) => {
      await sleep((r / rooms.length) * 1000); // spread the rooms over the second
      for (let n = 0; Date.now() < until; n++) {
        const tick = Date.now();
        const start = micros();
        const ack = (await pair[n % 2]?.timeout(30_000).emitWithAck("action", action(n)).catch(() => ({ ok: false }))) as { ok: boolean };
        if (Date.now() >= measureFrom) {
          sent++;
          if (ack.ok) acks.recordValue(Number(micros() - start));
          else failed++;
        }
        await sleep(Math.max(0, 1000 - (Date.now() - tick)));
      }
    }),
  );
  return { acks, sent, failed };
}

async function measure(label: string, child: ChildProcess, rooms: [Sock, Sock][], action: (n: number) => object) {
  const pid = child.pid ?? 0;
  const cpu0 = cpuSeconds(pid);
  const t0 = Date.now();
  const result = await drive(rooms, action);
  const cpu = (cpuSeconds(pid) - cpu0) / ((Date.now() - t0) / 1000);
  const ms = (us: number) => (us / 1000).toFixed(1).padStart(8);
  const h = result.acks;
  console.log(
    `${label.padEnd(34)}${String(Math.round(result.sent / seconds)).padStart(7)}${ms(h.getValueAtPercentile(50))}${ms(h.getValueAtPercentile(90))}${ms(h.getValueAtPercentile(99))}${`${Math.round(cpu * 100)}%`.padStart(7)}${String(result.failed).padStart(8)}`,
  );
}

async function main(): Promise<void> {
  console.log(`\nLoad on ${dbKind}: each room one action a second, ${seconds} s measured after ${warmupSeconds} s warm-up; ack latency in ms; CPU of the server process\n`);
  console.log(`${"".padEnd(34)}${"acks/s".padStart(7)}${"p50".padStart(8)}${"p90".padStart(8)}${"p99".padStart(8)}${"CPU".padStart(7)}${"failed".padStart(8)}`);
  for (const count of roomCounts) {
    // A database of its own for each server, so neither sees the other's rows.
    for (const which of ["floor", "product"] as const) {
      const dir = mkdtempSync(join(tmpdir(), "rr-load-"));
      const database = dbKind === "postgres" ? await freshDatabase({ migrated: which === "product" }) : null;
      const env = {
        ...(database?.db.target.kind === "postgres" ? { DATABASE_URL: database.db.target.url } : { DATA_DIR: dir }),
        ROOMS_PER_MINUTE: String(count * 2),
      };
      const { child, url } = await start(which === "floor" ? "bench/floor-server.ts" : "src/main.ts", env);
      const rooms: [Sock, Sock][] = [];
      try {
        for (let r = 0; r < count; r++) {
          if (which === "floor") {
            rooms.push([await connect(url, { room: `room-${r}` }), await connect(url, { room: `room-${r}` })]);
          } else {
            const response = await fetch(`${url}/api/rooms`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ topic: "Load", partnerA: { name: "Sam" }, partnerB: { name: "Alex" } }) });
            const { roomId, links } = (await response.json()) as { roomId: string; links: Record<string, string> };
            const seat = (link: string) => connect(url, { roomId, token: link.split("#")[1], lastSeq: 0 });
            rooms.push([await seat(links.partnerA ?? ""), await seat(links.partnerB ?? "")]);
          }
        }
        const action = (n: number) => ({ actionId: crypto.randomUUID(), type: "lobby.setTopic", content: { topic: `Topic ${n}` } });
        await measure(`${which === "floor" ? "floor" : "action"}, ${count} rooms`, child, rooms, action);
      } finally {
        rooms.flat().forEach((s) => s.close());
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
        rmSync(dir, { recursive: true, force: true });
        await database?.drop().catch(() => {});
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
