/**
 * `pnpm bench` at the repository's root: every benchmark, on Postgres and on PGlite, each
 * printing its floors measured in the same run; then the printed results and the machine's
 * description are written to bench/results/<date>-<databases>[-quick].md.
 *
 *   pnpm bench                      # the full run, about 30 minutes
 *   BENCH_QUICK=1 pnpm bench        # a smoke run with small counts, a few minutes
 *   BENCH_DB=postgres pnpm bench    # one database only (postgres or pglite)
 *   BENCH_NOTE="…" pnpm bench       # a line for the results file (e.g. the machine was shared)
 *   BENCH_NAME=b-what pnpm bench    # written to bench/results/<date>-b-what.md, beside that day's other runs
 * Each script's own knobs (BENCH_ACTIONS, BENCH_ROOMS, BENCH_SECONDS, BENCH_RAMP_STEP, …) pass
 * through. Nothing asserts a time.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { postgresAdminUrl } from "../test/support/test-db.js";
import { quick } from "./support.js";

const serverDir = new URL("..", import.meta.url).pathname;
const repoRoot = new URL("../../..", import.meta.url).pathname;
const databases = (process.env.BENCH_DB ?? "postgres,pglite").split(",").map((d) => d.trim()) as ("postgres" | "pglite")[];

const scripts = [
  { script: "bench/action-latency.ts", what: "one room, sequential actions" },
  { script: "bench/sweep.ts", what: "rooms sweep, ramp and idle sockets" },
  { script: "bench/welcome-size.ts", what: "welcome size" },
  // Processes share a database only on a Postgres server; PGlite belongs to one process.
  { script: "bench/two-processes.ts", what: "a broadcast to a partner on a second process", only: "postgres" },
];

/** Runs one script with its output shown as it comes and its stdout kept. */
function run(script: string, db: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: serverDir,
      env: { ...process.env, RR_TEST_DB: db, ...(quick && !process.env.BENCH_ACTIONS ? { BENCH_ACTIONS: "300" } : {}) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      process.stdout.write(chunk);
    });
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} on ${db} exited with ${code}`))));
  });
}

const git = (...args: string[]) => {
  try {
    return execFileSync("git", args, { cwd: repoRoot, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
};

async function machine(): Promise<string[]> {
  const cpu = cpus();
  const lines = [
    `- date: ${new Date().toISOString()}`,
    `- commit: ${git("rev-parse", "--short", "HEAD") || "unknown"}${git("status", "--porcelain", "--", "apps/server/src", "packages", "prisma") ? " (with uncommitted changes in the server, protocol or schema)" : ""}`,
    `- CPU: ${cpu[0]?.model ?? "unknown"}, ${cpu.length} cores; RAM ${(totalmem() / 1024 ** 3).toFixed(0)} GiB; load average at start ${loadavg().map((l) => l.toFixed(2)).join(" ")}`,
    `- Node.js ${process.version}`,
  ];
  if (databases.includes("postgres")) {
    const client = new pg.Client({ connectionString: postgresAdminUrl });
    await client.connect();
    const { rows } = await client.query<{ version: string; fsync: string; synchronous_commit: string }>(
      "SELECT version(), current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit",
    );
    await client.end();
    const row = rows[0];
    lines.push(`- ${row?.version.split(",")[0]} on 127.0.0.1 (fsync ${row?.fsync}, synchronous_commit ${row?.synchronous_commit})`);
  }
  if (databases.includes("pglite")) {
    const lite = await PGlite.create();
    const { rows } = await lite.query<{ version: string }>("SELECT version()");
    await lite.close();
    const pkg = JSON.parse(readFileSync(join(serverDir, "node_modules/@electric-sql/pglite/package.json"), "utf8")) as { version: string };
    lines.push(`- PGlite ${pkg.version} (${rows[0]?.version.split(",")[0]}), the servers' on disk in a temporary folder (sweep, one room), in memory for the one-room statement floor and the welcome bench`);
  }
  lines.push("- load generator, server and database on the same machine");
  if (process.env.BENCH_NOTE) lines.push(`- ${process.env.BENCH_NOTE}`);
  return lines;
}

async function main(): Promise<void> {
  const started = Date.now();
  const about = await machine();
  const sections: string[] = [];
  for (const db of databases) {
    for (const { script, what, only } of scripts) {
      if (only && only !== db) continue;
      process.stderr.write(`\n== ${what} on ${db} (${script})\n`);
      sections.push(`### ${what} on ${db}\n\n\`\`\`${(await run(script, db)).trimEnd()}\n\`\`\``);
    }
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  about.push(`- load average at the end ${loadavg().map((l) => l.toFixed(2)).join(" ")} (${cpus().length} cores: above that, other work was waiting for the CPU too)`);
  const date = new Date().toISOString().slice(0, 10);
  const name = `${date}-${process.env.BENCH_NAME ?? databases.join("-")}${quick ? "-quick" : ""}.md`;
  const dir = join(repoRoot, "bench/results");
  mkdirSync(dir, { recursive: true });
  const text = [
    `# pnpm bench${quick ? " (BENCH_QUICK=1)" : ""}, ${date}`,
    "",
    ...about,
    `- the whole run took ${minutes} minutes`,
    "",
    ...sections.flatMap((s) => [s, ""]),
  ].join("\n");
  writeFileSync(join(dir, name), text);
  process.stderr.write(`\nwritten to bench/results/${name}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
