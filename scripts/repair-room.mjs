#!/usr/bin/env node
// The one entry point behind `npm start` and `npm test`. It needs only Node and npm: pnpm is
// used from PATH when it is the right major version, otherwise run through npx (no global
// install, no sudo). Every step is idempotent, so running it again is always safe.
// It runs before any dependency is installed, so it imports only Node's own modules and its
// sibling scripts. Over 300 lines on purpose: every step of start and test, in order, in one file.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { redact } from "./redact-url.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pnpmVersion = "12.21.0";
const windows = process.platform === "win32";
const resultsDir = join(root, ".test-results");
let pnpmPrefix; // how to run pnpm here: found on first use

/** A step's command exited unsuccessfully (thrown by `run`). */
class StepFailed extends Error {
  constructor(command, status) {
    super(`\`${command.join(" ")}\` failed.`);
    this.status = status;
  }
}

const commands = { start, topology, test, dev, build: buildAll, typecheck };
const name = process.argv[2];
if (!(name in commands)) {
  console.error(`usage: node scripts/repair-room.mjs ${Object.keys(commands).join("|")}`);
  process.exit(2);
}
try {
  await commands[name]();
} catch (error) {
  // `test` counts its own failed steps; every other command stops at the first.
  if (!(error instanceof StepFailed)) throw error;
  console.error(`\nStopped: ${error.message}`);
  process.exit(error.status);
}

async function start() {
  prepare();
  buildAll();
  step("Starting the server (it applies pending migrations first)");
  const child = spawn(process.execPath, ["apps/server/dist/main.js"], {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  });
  forwardSignals(child);
  child.on("exit", (code, signal) => process.exit(signal ? 0 : (code ?? 1)));
}

/** The deployment's topology from local processes: two servers behind Caddy (scripts/topology.mjs). */
async function topology() {
  prepare();
  buildAll();
  step("Starting two servers behind Caddy, sharing a fresh Postgres database and Redis");
  const child = spawn(process.execPath, ["scripts/topology.mjs"], { cwd: root, stdio: "inherit", env: process.env });
  forwardSignals(child);
  child.on("exit", (code) => process.exit(code ?? 1));
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

/**
 * Every way this ends, the last line printed is `N passed, N failed` (CI reads it), and the
 * exit status is non-zero when anything failed. A step that fails before or between the test
 * runs counts as one failed; the runs that do not depend on it still go ahead: vitest does not
 * need the type-check or the build, Playwright needs the build.
 */
async function test() {
  const tally = { passed: 0, failed: 0, problems: [] };
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    if (tally.problems.length > 0) console.error(`\nBesides the tests (each counted as 1 failed):\n${tally.problems.map((p) => `  - ${p}`).join("\n")}`);
    console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
    process.exit(tally.failed > 0 ? 1 : 0);
  };
  const crash = (error) => {
    if (finished) return;
    console.error("\nThe test script itself failed:", error);
    tally.failed += 1;
    tally.problems.push(`The test script itself failed: ${error?.message ?? error}`);
    finish();
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  try {
    await testSteps(tally);
  } catch (error) {
    crash(error);
  }
  finish();
}

async function testSteps(tally) {
  /** Run one step; a failed command counts as one failed, and says what it keeps from running. */
  const attempt = (what, fn, consequence) => {
    try {
      fn();
      return true;
    } catch (error) {
      if (!(error instanceof StepFailed)) throw error;
      const problem = consequence ? `${what} failed, so ${consequence}` : `${what} failed`;
      console.error(`\n✗ ${problem} (counted as 1 failed): ${error.message}`);
      tally.failed += 1;
      tally.problems.push(problem);
      return false;
    }
  };
  const add = ({ passed, failed }) => {
    tally.passed += passed;
    tally.failed += failed;
  };

  if (!attempt("Installing dependencies", install, "no tests ran")) return;
  attempt("Generating Prisma Client", generate);
  attempt("Type-checking", typecheckAll);
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });

  const projects = ["unit", "pglite"];
  const postgres = await postgresStatus();
  if (postgres.ok) projects.push("postgres");
  else if (process.env.CI) {
    console.error(`Postgres is required in CI and is not reachable at ${postgres.where}: ${postgres.reason}`);
    tally.failed += 1;
    tally.problems.push(`Postgres (required in CI) is not reachable at ${postgres.where}`);
  } else {
    console.log(`Postgres isn't reachable at ${postgres.where}, so the database suites run on PGlite only (set TEST_DATABASE_URL to use one).`);
  }

  const redis = postgres.ok ? await redisStatus() : { ok: true };
  const vitestEnv = { ...process.env };
  if (!redis.ok) {
    if (process.env.CI) {
      console.error(`Redis is required in CI and is not reachable at ${redis.where}: ${redis.reason}`);
      tally.failed += 1;
      tally.problems.push(`Redis (required in CI) is not reachable at ${redis.where}`);
    } else {
      console.log(`Redis isn't reachable at ${redis.where}, so the test of several servers sharing a room is left out (set TEST_REDIS_URL to use one).`);
    }
    vitestEnv.RR_NO_REDIS = "1";
  }

  step(`Unit and integration tests (vitest: ${projects.join(", ")})`);
  const vitestJson = join(resultsDir, "vitest.json");
  const vitestArgs = ["exec", "vitest", "run", ...projects.flatMap((p) => ["--project", p])];
  vitestArgs.push("--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`);
  const vitestStatus = run(pnpm(vitestArgs), { allowFailure: true, env: vitestEnv });
  add(counted(readVitest(vitestJson), vitestStatus));

  if (!attempt("Building", buildAll, "the browser tests did not run")) return;
  step("Browser tests (Playwright)");
  if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) {
    // No system Chromium: use Playwright's own, downloaded once (a no-op when present).
    const installed = attempt(
      "Installing Playwright's Chromium",
      () => run(pnpm(["--filter", "@repair-room/e2e", "exec", "playwright", "install", "chromium"])),
      "the browser tests did not run",
    );
    if (!installed) return;
  }
  const e2eJson = join(resultsDir, "e2e.json");
  const e2eEnv = { ...process.env, E2E_JSON: e2eJson };
  // The deployment's topology from local processes (scripts/topology.mjs, one browser test)
  // needs Caddy, Postgres and Redis: where one is missing, that test is left out, saying why.
  const topologyCheck = spawnSync(process.execPath, [join(root, "scripts/topology.mjs"), "--check"], { cwd: root, encoding: "utf8" });
  if (topologyCheck.status !== 0) {
    const why = (topologyCheck.stdout || topologyCheck.stderr || "the check failed").trim().split("\n")[0];
    if (process.env.CI) {
      console.error(`The two-process topology test is required in CI and cannot run: ${why}`);
      tally.failed += 1;
      tally.problems.push(`The two-process topology test (required in CI) cannot run: ${why}`);
    } else {
      console.log(`The two-process topology test is left out: ${why}.`);
    }
    e2eEnv.RR_NO_TOPOLOGY = `left out: ${why}`;
  }
  const e2eStatus = run(pnpm(["--filter", "@repair-room/e2e", "exec", "playwright", "test"]), { allowFailure: true, env: e2eEnv });
  add(counted(readPlaywright(e2eJson), e2eStatus));
}

/** A runner that exited unsuccessfully failed, even when its report counts no failed test. */
function counted(counts, status) {
  return status !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

/** Install what is missing and generate Prisma Client when the schema changed. */
function prepare() {
  install();
  generate();
}

function install() {
  const lock = join(root, "pnpm-lock.yaml");
  const marker = join(root, "node_modules", ".modules.yaml");
  const manifests = ["package.json", "pnpm-workspace.yaml", "apps/server/package.json", "apps/web/package.json", "packages/protocol/package.json", "e2e/package.json"];
  if (!existsSync(marker) || [lock, ...manifests.map((m) => join(root, m))].some((f) => newer(f, marker))) {
    step("Installing dependencies (pnpm)");
    run(pnpm(["install", "--frozen-lockfile"]));
  }
}

function generate() {
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
  const where = redact(url, "TEST_DATABASE_URL");
  let client;
  try {
    const pg = createRequire(join(root, "apps/server/package.json"))("pg");
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true, where };
  } catch (error) {
    return { ok: false, where, reason: error.message };
  } finally {
    await client?.end().catch(() => {});
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

// A missing or unreadable report means the runner itself failed: one failed.
function readVitest(file) {
  const report = readReport(file);
  if (!report) return { passed: 0, failed: 1 };
  const { numPassedTests: passed = 0, numFailedTests: failed = 0, numFailedTestSuites: failedSuites = 0 } = report;
  return { passed, failed: failed + (failed === 0 ? failedSuites : 0) };
}

function readPlaywright(file) {
  const report = readReport(file);
  if (!report?.stats) return { passed: 0, failed: 1 };
  const { stats, errors = [] } = report;
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + (errors.length > 0 ? 1 : 0) };
}

function readReport(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
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

/** Run a command to its end; unless failure is allowed, one that fails throws StepFailed. */
function run([cmd, ...args], { allowFailure = false, env = process.env } = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env, shell: windows });
  if (result.error) console.error(`\n${cmd}: ${result.error.message}`);
  if (result.status !== 0 && !allowFailure) throw new StepFailed([cmd, ...args], result.status ?? 1);
  return result.status;
}

function newer(file, than) {
  return existsSync(file) && statSync(file).mtimeMs > statSync(than).mtimeMs;
}

function forwardSignals(child) {
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

function step(text) {
  console.log(`\n▸ ${text}`);
}
