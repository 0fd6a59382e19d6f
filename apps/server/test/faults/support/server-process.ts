import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CreatedRoom } from "@repair-room/protocol";
import { build } from "esbuild";
import { freePort, onExit, sleep } from "./lifecycle.js";

const serverDir = fileURLToPath(new URL("../../../", import.meta.url));
const migrationsDir = fileURLToPath(new URL("../../../../../prisma/migrations", import.meta.url));

let bundle: Promise<string> | undefined;

/**
 * The server's source bundled as `pnpm build` does (scripts/build.mjs: the protocol bundled
 * in, every other dependency loaded from node_modules), once per test file. Starting the
 * bundle costs about 1 s of CPU against nearly 3 s through tsx, and these tests start the
 * server many times on two busy cores. It is written under the server's node_modules so
 * its dependencies resolve, in a folder of this run's own.
 */
function serverBundle(): Promise<string> {
  return (bundle ??= (async () => {
    const cache = join(serverDir, "node_modules", ".cache");
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, "rr-fault-server-"));
    onExit(() => rmSync(dir, { recursive: true, force: true }));
    const pkg = JSON.parse(readFileSync(join(serverDir, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith("@repair-room/"));
    const outfile = join(dir, "main.mjs");
    await build({
      entryPoints: [join(serverDir, "src/main.ts")],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20.19",
      external: [...external, ...external.map((name) => `${name}/*`)],
      logLevel: "warning",
    });
    return outfile;
  })());
}

/**
 * The real server in a process of its own, so that a test can SIGKILL it like a crash or
 * an OOM kill would, and start it again on the same port with the same settings.
 */
export interface ServerProcess {
  url: string;
  name: string;
  pid(): number | undefined;
  /** Start (again) and resolve once /api/health answers. */
  start(): Promise<void>;
  /** SIGKILL: no shutdown hook runs, sockets just drop. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, as a deployment stops it; SIGKILL after a while. */
  stop(): Promise<void>;
  /** Whether the process this handle last started is still running. */
  alive(): boolean;
  createRoom(): Promise<CreatedRoom>;
  /** Room creations answered with a 5xx and tried again. */
  createRetries: number;
  /** The last lines the process wrote (it logs warnings and errors only). */
  logTail(lines?: number): string;
}

export async function serverProcess(name: string, env: { DATABASE_URL: string; REDIS_URL?: string }): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  let child: ChildProcess | null = null;
  onExit(() => child?.kill("SIGKILL"));

  const write = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line) log.push(`[${name}] ${line}`);
    if (log.length > 2_000) log.splice(0, log.length - 1_000);
  };

  const healthy = async () => {
    try {
      return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1_000) })).ok;
    } catch {
      return false;
    }
  };

  const script = await serverBundle();
  const handle: ServerProcess = {
    url,
    name,
    pid: () => child?.pid,
    createRetries: 0,
    alive: () => child !== null && child.exitCode === null && child.signalCode === null,
    async start() {
      const process_ = spawn(process.execPath, [script], {
        cwd: serverDir,
        env: {
          ...process.env,
          ...env,
          // The bundle finds the repo's folders from where it lies: name them.
          MIGRATIONS_DIR: migrationsDir,
          PORT: String(port),
          HOST: "127.0.0.1",
          WEB_DIST: "",
          LOG_LEVEL: "warn",
          // The harness creates its rooms from one address in a few seconds.
          ROOMS_PER_MINUTE: "10000",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = process_;
      process_.stdout?.on("data", write);
      process_.stderr?.on("data", write);
      const deadline = Date.now() + 60_000;
      while (!(await healthy())) {
        if (!handle.alive()) throw new Error(`${name} exited while starting:\n${handle.logTail()}`);
        if (Date.now() > deadline) throw new Error(`${name} did not answer /api/health within 60 s:\n${handle.logTail()}`);
        await sleep(50);
      }
    },
    async kill() {
      const process_ = child;
      if (!process_ || !handle.alive()) return;
      const exited = new Promise((resolve) => process_.once("exit", resolve));
      process_.kill("SIGKILL");
      await exited;
    },
    async stop() {
      const process_ = child;
      if (!process_ || !handle.alive()) return;
      const exited = new Promise((resolve) => process_.once("exit", resolve));
      process_.kill("SIGTERM");
      const timer = setTimeout(() => process_.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
    async createRoom() {
      // Room creation is not under test here: a 5xx (a cold process on a busy machine can
      // miss Prisma's 2 s wait for a transaction) is tried again, and counted.
      for (let attempt = 1; ; attempt++) {
        const response = await fetch(`${url}/api/rooms`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ topic: "What I said about the holiday plans", partnerA: { name: "Sam" }, partnerB: { name: "Alex" } }),
        });
        if (response.status === 201) return (await response.json()) as CreatedRoom;
        const body = await response.text();
        if (response.status >= 500 && attempt < 4) {
          handle.createRetries++;
          await sleep(500);
          continue;
        }
        await sleep(500); // the process's log of it is on its way through the pipe
        throw new Error(`createRoom on ${name}: ${response.status} ${body}\n${handle.logTail()}`);
      }
    },
    logTail: (lines = 40) => log.slice(-lines).join("\n"),
  };
  return handle;
}
