/**
 * What the benchmarks share: histograms in microseconds, a process's CPU, and a server started
 * in a process of its own with a channel to ask it for its heap (bench/server-entry.mjs).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { build, type Histogram } from "hdr-histogram-js";
import type { ActionAck } from "@repair-room/protocol";
import type { Socket } from "socket.io-client";
import type { SeatClient } from "../test/support/seat-client.js";

export const histogram = (): Histogram => build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
export const micros = (): bigint => process.hrtime.bigint() / 1_000n;
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Emit `event` and wait for its answer, timed as the answer arrives: the broadcast that follows
 * an action's ack often reaches the same socket in the same read, and a promise's continuation
 * would run only once this process had handled that too.
 */
export function answered<A>(socket: Socket, event: string, body: unknown): Promise<{ answer: A; at: bigint }> {
  return new Promise((resolve, reject) =>
    socket.timeout(10_000).emit(event, body, (error: Error | null, answer: A) => (error ? reject(error) : resolve({ answer, at: micros() }))),
  );
}

/**
 * One action sent by partner A's socket and waited for by partner B: microseconds from the
 * emit to A's ack, and to the event in B's timeline. A refusal ends the bench.
 */
export async function actAndHear(a: SeatClient, b: SeatClient, sent: unknown): Promise<{ ackUs: number; broadcastUs: number }> {
  const start = micros();
  const { answer, at } = await answered<ActionAck>(a.socket, "action", sent);
  if (!answer.ok) throw new Error(`action refused: ${answer.code}`);
  await b.waitForSeq(answer.seq);
  return { ackUs: Number(at - start), broadcastUs: Number(micros() - start) };
}

/** A histogram of microseconds at percentile `p`, in milliseconds. */
export const msAt = (h: Histogram, p: number): number => h.getValueAtPercentile(p) / 1000;

/** BENCH_QUICK=1: small counts and short windows, a smoke run of a couple of minutes. */
export const quick = process.env.BENCH_QUICK === "1";

/** A comma-separated list of numbers from the environment, or the default. */
export function numbers(name: string, fallback: number[]): number[] {
  const value = process.env[name];
  return value ? value.split(",").map((n) => Number(n.trim())) : fallback;
}

export function number(name: string, fallback: number): number {
  const value = process.env[name];
  return value ? Number(value) : fallback;
}

const ticksPerSecond = 100;

/** user + system CPU of a process so far, in seconds (Linux). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

export interface Heap {
  heapUsed: number;
  rss: number;
  external: number;
}

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  /** The process's heap after a full garbage collection, asked over its IPC channel. */
  heap(): Promise<Heap>;
  stop(): Promise<void>;
}

const serverDir = new URL("..", import.meta.url).pathname;

/** The diagnostics that hook into the server's classes, so need it run from source. */
const fromSource = process.env.BENCH_STALLS === "1" || Boolean(process.env.BENCH_PROMOTED);
let built = false;

/** The server bundle as it is now: a benchmark must not measure an older build. */
function buildServer(): void {
  if (built) return;
  const result = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: serverDir, stdio: "inherit" });
  if (result.status !== 0) throw new Error("building the server failed");
  built = true;
}

/**
 * Starts `script` (relative to apps/server) with --expose-gc and an IPC channel, on a free
 * port; resolves once it prints a line with its port ("… ready … :PORT"). A TypeScript script
 * runs under tsx; bench/server-entry.mjs runs the freshly built bundle with node alone, as
 * `npm start` does, unless a diagnostic needs the source.
 */
export async function startServerProcess(script: string, env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to look inside a run.
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const bundled = script.endsWith(".mjs") && !fromSource;
  if (bundled) buildServer();
  const child = spawn(process.execPath, ["--expose-gc", ...extra, ...(bundled ? [] : ["--import", "tsx"]), script], {
    cwd: serverDir,
    env: { ...process.env, ...env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error", WEB_DIST: "", BENCH_FROM_SOURCE: bundled ? "0" : "1" },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  // BENCH_SERVER_LOG=FILE: the server's standard output (its log, or V8's --trace-gc) into a file.
  if (process.env.BENCH_SERVER_LOG) child.stdout?.pipe(createWriteStream(process.env.BENCH_SERVER_LOG, { flags: "a" }));
  const port = await new Promise<string>((resolve, reject) => {
    const early = (code: number | null) => reject(new Error(`${script} exited with ${code}`));
    child.once("exit", early);
    let seen = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /ready.*:(\d+)/i.exec(seen);
      if (found?.[1]) {
        child.off("exit", early);
        resolve(found[1]);
      }
    });
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    pid: child.pid ?? 0,
    url: `http://127.0.0.1:${port}`,
    heap: () =>
      new Promise<Heap>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no heap answer")), 30_000);
        child.once("message", (answer) => {
          clearTimeout(timer);
          resolve(answer as Heap);
        });
        child.send("heap");
      }),
    async stop() {
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(10_000).then(() => child.kill("SIGKILL"))]);
      await exited;
    },
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const formatHeap = (h: Heap): string => `heap ${mb(h.heapUsed)}, rss ${mb(h.rss)}, external ${mb(h.external)}`;

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inParallel<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i] as T, i);
      }
    }),
  );
}
