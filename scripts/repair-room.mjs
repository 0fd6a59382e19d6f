#!/usr/bin/env node
// The one entry point behind `npm start` and `npm test`. It needs only Node and npm: pnpm is
// used from PATH when it is the right major version, otherwise run through npx (no global
// install, no sudo). Every step is idempotent, so running it again is always safe.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pnpmVersion = "12.21.0";
const windows = process.platform === "win32";
const resultsDir = join(root, ".test-results");
let pnpmPrefix; // how to run pnpm here: found on first use

const commands = { start, test, dev, build: buildAll, typecheck };
const name = process.argv[2];
if (!(name in commands)) {
  console.error(`usage: node scripts/repair-room.mjs ${Object.keys(commands).join("|")}`);
  process.exit(2);
}
await commands[name]();

async function start() {
  prepare();
  buildAll();
  step("Starting the server (it applies pending migrations first)");
  const child = spawn(process.execPath, ["--enable-source-maps", "apps/server/dist/main.js"], {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  });
  forwardSignals(child);
  child.on("exit", (code, signal) => process.exit(signal ? 0 : (code ?? 1)));
}

async function dev() {
  prepare();
  step("Development: server on :3001 (tsx watch), web on http://localhost:5173 (Vite)");
  const env = { ...process.env, PORT: "3001", WEB_DIST: "", ALLOWED_ORIGINS: "http://localhost:5173" };
  const children = [
    spawnPnpm(["--filter", "@repair-room/server", "dev"], { env }),
    spawnPnpm(["--filter", "@repair-room/web", "dev"]),
  ];
  for (const child of children) {
    forwardSignals(child);
    child.on("exit", (code) => {
      children.forEach((c) => c.kill("SIGTERM"));
      process.exit(code ?? 0);
    });
  }
}

async function typecheck() {
  prepare();
  typecheckAll();
}

async function test() {
  prepare();
  typecheckAll();
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });

  const projects = ["unit", "pglite"];
  const postgres = await postgresStatus();
  if (postgres.ok) projects.push("postgres");
  else if (process.env.CI) {
    console.error(`Postgres is required in CI and is not reachable at ${postgres.where}: ${postgres.reason}`);
    process.exit(1);
  } else {
    console.log(`Postgres isn't reachable at ${postgres.where}, so the database suites run on PGlite only (set TEST_DATABASE_URL to use one).`);
  }

  const redis = postgres.ok ? await redisStatus() : { ok: true };
  const vitestEnv = { ...process.env };
  if (!redis.ok) {
    if (process.env.CI) {
      console.error(`Redis is required in CI and is not reachable at ${redis.where}: ${redis.reason}`);
      process.exit(1);
    }
    console.log(`Redis isn't reachable at ${redis.where}, so the test of several servers sharing a room is left out (set TEST_REDIS_URL to use one).`);
    vitestEnv.RR_NO_REDIS = "1";
  }

  step(`Unit and integration tests (vitest: ${projects.join(", ")})`);
  const vitestJson = join(resultsDir, "vitest.json");
  const vitestArgs = ["exec", "vitest", "run", ...projects.flatMap((p) => ["--project", p])];
  vitestArgs.push("--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`);
  run(pnpm(vitestArgs), { allowFailure: true, env: vitestEnv });

  buildAll();
  step("Browser tests (Playwright)");
  if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) {
    // No system Chromium: use Playwright's own, downloaded once (a no-op when present).
    run(pnpm(["--filter", "@repair-room/e2e", "exec", "playwright", "install", "chromium"]));
  }
  const e2eJson = join(resultsDir, "e2e.json");
  run(pnpm(["--filter", "@repair-room/e2e", "exec", "playwright", "test"]), {
    allowFailure: true,
    env: { ...process.env, E2E_JSON: e2eJson },
  });

  const counts = [readVitest(vitestJson), readPlaywright(e2eJson)];
  const passed = counts.reduce((n, c) => n + c.passed, 0);
  const failed = counts.reduce((n, c) => n + c.failed, 0);
  const summary = `${passed} passed, ${failed} failed`;
  console.log(`\n${summary}`);
  process.exit(failed > 0 ? 1 : 0);
}

/** Install what is missing and generate Prisma Client when the schema changed. */
function prepare() {
  const lock = join(root, "pnpm-lock.yaml");
  const marker = join(root, "node_modules", ".modules.yaml");
  const manifests = ["package.json", "pnpm-workspace.yaml", "apps/server/package.json", "apps/web/package.json", "packages/protocol/package.json", "e2e/package.json"];
  if (!existsSync(marker) || [lock, ...manifests.map((m) => join(root, m))].some((f) => newer(f, marker))) {
    step("Installing dependencies (pnpm)");
    run(pnpm(["install", "--frozen-lockfile"]));
  }
  const client = join(root, "apps/server/src/db/generated/client.ts");
  if (!existsSync(client) || newer(join(root, "prisma/schema.prisma"), client)) {
    step("Generating Prisma Client (offline)");
    run(pnpm(["--filter", "@repair-room/server", "db:generate"]));
  }
}

function buildAll() {
  step("Building the web client and the server");
  run(pnpm(["--filter", "@repair-room/web", "build"]));
  run(pnpm(["--filter", "@repair-room/server", "build"]));
}

function typecheckAll() {
  step("Type-checking every package");
  run(pnpm(["--recursive", "--workspace-concurrency=1", "run", "typecheck"]));
}

async function postgresStatus() {
  const url = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const where = redact(url);
  const pg = createRequire(join(root, "apps/server/package.json"))("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true, where };
  } catch (error) {
    return { ok: false, where, reason: error.message };
  } finally {
    await client.end().catch(() => {});
  }
}

function redisStatus() {
  const url = new URL(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
  const where = redact(url.toString());
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port || 6379) });
    const done = (result) => {
      socket.destroy();
      resolve({ where, ...result });
    };
    socket.setTimeout(3000, () => done({ ok: false, reason: "timed out" }));
    socket.on("error", (error) => done({ ok: false, reason: error.message }));
    socket.on("connect", () => socket.write(url.password ? `AUTH ${decodeURIComponent(url.password)}\r\nPING\r\n` : "PING\r\n"));
    let reply = "";
    socket.on("data", (data) => {
      reply += data.toString();
      if (reply.includes("+PONG")) done({ ok: true });
      else if (reply.startsWith("-") || reply.includes("\r\n-")) done({ ok: false, reason: reply.trim() });
    });
  });
}

function readVitest(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 }; // the runner itself failed
  const report = JSON.parse(readFileSync(file, "utf8"));
  const failedSuites = report.numFailedTestSuites ?? 0;
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numFailedTests === 0 ? failedSuites : 0) };
}

function readPlaywright(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const { stats, errors = [] } = JSON.parse(readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + (errors.length > 0 ? 1 : 0) };
}

function pnpm(args) {
  if (!pnpmPrefix) {
    const local = spawnSync("pnpm", ["--version"], { encoding: "utf8", shell: windows });
    pnpmPrefix =
      local.status === 0 && local.stdout.trim().split(".")[0] === pnpmVersion.split(".")[0]
        ? ["pnpm"]
        : ["npx", "--yes", `pnpm@${pnpmVersion}`];
  }
  return [...pnpmPrefix, ...args];
}

function spawnPnpm(args, options = {}) {
  const [cmd, ...rest] = pnpm(args);
  return spawn(cmd, rest, { cwd: root, stdio: "inherit", shell: windows, ...options });
}

function run([cmd, ...args], { allowFailure = false, env = process.env } = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env, shell: windows });
  if (result.status !== 0 && !allowFailure) {
    console.error(`\nStopped: \`${[cmd, ...args].join(" ")}\` failed.`);
    process.exit(result.status ?? 1);
  }
  return result.status;
}

function newer(file, than) {
  return existsSync(file) && statSync(file).mtimeMs > statSync(than).mtimeMs;
}

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "TEST_DATABASE_URL";
  }
}

function forwardSignals(child) {
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

function step(text) {
  console.log(`\n▸ ${text}`);
}
