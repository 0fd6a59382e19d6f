#!/usr/bin/env node
// The deployment's topology (docker-compose.yml) from local processes: two servers sharing a
// fresh Postgres database and Redis, behind Caddy with the repo's own deploy/Caddyfile.
//
//   node scripts/topology.mjs           # uses the builds in apps/server/dist and apps/web/dist
//   node scripts/topology.mjs --check   # says in one line what is missing (exit 1), or nothing
//
// Settings (environment): TOPOLOGY_PORT (the proxy, default 8080; the servers take the next
// two ports), TOPOLOGY_ADMIN_PORT (Caddy's admin API, default the port after those),
// TOPOLOGY_POSTGRES_URL or TEST_DATABASE_URL (a role that may create databases), REDIS_URL or
// TEST_REDIS_URL, WEB_DIST, LB_POLICY (Caddy's lb_policy; see `lbPolicy`),
// TOPOLOGY_STOP_WITH_STDIN=1 (stop when stdin closes). Anything else set (LOG_LEVEL,
// PAUSE_SECONDS_PER_MINUTE, …) reaches both servers.
//
// Plain HTTP on localhost: a browser counts http://localhost as a secure context (clipboard,
// crypto), so nobody has to trust Caddy's local authority, and Caddy never installs it.
// Stops everything, and drops the database it made, on SIGINT or SIGTERM, or when any of its
// processes ends. Node's own modules only, besides `pg` from the server's dependencies.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { redact } from "./redact-url.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const proxyPort = Number(process.env.TOPOLOGY_PORT ?? 8080);
const serverPorts = [proxyPort + 1, proxyPort + 2];
const adminPort = Number(process.env.TOPOLOGY_ADMIN_PORT ?? proxyPort + 3);
const publicUrl = `http://localhost:${proxyPort}`;
const postgresUrl = process.env.TOPOLOGY_POSTGRES_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const redisUrl = process.env.REDIS_URL || process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const webDist = process.env.WEB_DIST || join(root, "apps/web/dist");
const serverMain = join(root, "apps/server/dist/main.js");
let chosenPolicy; // lbPolicy(), once asked

if (process.argv.includes("--check")) {
  const missing = await missingParts();
  if (missing.length > 0) console.log(missing.join("; "));
  process.exit(missing.length > 0 ? 1 : 0);
}
await up();

/** What the topology needs and this machine lacks, each said in a few words. */
async function missingParts() {
  const missing = [];
  if (!caddyVersion()) missing.push("Caddy is not installed (apt-get install caddy)");
  const postgres = await postgresReachable();
  if (postgres !== true) missing.push(`Postgres isn't reachable at ${redact(postgresUrl)} (${postgres})`);
  const redis = await redisReachable();
  if (redis !== true) missing.push(`Redis isn't reachable at ${redact(redisUrl)} (${redis})`);
  return missing;
}

async function up() {
  const missing = await missingParts();
  if (!existsSync(serverMain)) missing.push("the server is not built (npm run build)");
  if (!existsSync(join(webDist, "index.html"))) missing.push(`no web build at ${webDist} (npm run build)`);
  if (missing.length > 0) {
    console.error(`Cannot start the topology: ${missing.join("; ")}.`);
    process.exit(1);
  }

  const scratch = mkdtempSync(join(tmpdir(), "repair-room-topology-"));
  const database = `repair_room_topology_${randomBytes(6).toString("hex")}`;
  const children = [];
  let stopping = null;
  const stop = (status) =>
    (stopping ??= (async () => {
      await Promise.all(children.map((child) => ended(child)));
      await dropDatabase(database).catch((error) => console.error(`Could not drop the database ${database}: ${error.message}`));
      rmSync(scratch, { recursive: true, force: true });
      process.exit(status);
    })());
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(0));
  // Started by a test runner that holds our stdin: if it dies without a word, stop too.
  if (process.env.TOPOLOGY_STOP_WITH_STDIN === "1") {
    process.stdin.on("end", () => void stop(0)).resume();
  }

  /** Start a process whose lines are printed with its name; its end, unless asked for, ends all. */
  const start = (name, command, args, env, { quiet = () => false } = {}) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on("line", (line) => {
        if (!quiet(line)) console.log(`[${name}] ${line}`);
      });
    }
    child.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`[${name}] ended (${signal ?? `exit ${code}`}): stopping everything.`);
      void stop(1);
    });
    child.on("error", (error) => {
      console.error(`[${name}] ${error.message}`);
      void stop(1);
    });
    children.push(child);
    return child;
  };

  try {
    await createDatabase(database);
    const databaseUrl = Object.assign(new URL(postgresUrl), { pathname: `/${database}` }).toString();
    // Both at once: the server takes an advisory lock around its migrations.
    serverPorts.forEach((port, i) =>
      start(`app${i + 1}`, process.execPath, [serverMain], {
        LOG_LEVEL: "warn",
        ...process.env,
        HOST: "127.0.0.1",
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        PUBLIC_URL: publicUrl,
        WEB_DIST: webDist,
        TRUST_PROXY: "1",
      }),
    );
    // Caddy checks its upstreams as it starts, and leaves out one that does not answer yet.
    await Promise.all(serverPorts.map((port) => healthy(`http://127.0.0.1:${port}/api/health`)));

    const config = join(scratch, "caddy.json");
    writeFileSync(config, JSON.stringify(caddyConfig(), null, 2));
    start("proxy", "caddy", ["run", "--config", config], caddyEnv(scratch), {
      // Caddy logs a JSON line for everything it does; show only what went wrong.
      quiet: (line) => stopping !== null || /"level":"(debug|info)"/.test(line),
    });
    await healthy(`${publicUrl}/api/health`);
  } catch (error) {
    console.error(`Cannot start the topology: ${error.message}`);
    await stop(1);
  }
  console.log(
    `Repair Room is ready at ${publicUrl}: Caddy (${caddyVersion()}, lb_policy ${lbPolicy()}) in front of ` +
      `${serverPorts.map((p) => `127.0.0.1:${p}`).join(" and ")}, Postgres database ${database}, Redis at ${redact(redisUrl)}. ` +
      "Ctrl-C stops it all.",
  );
}

/**
 * The repo's Caddyfile, adapted by Caddy itself (which checks it), for this machine: the site on
 * plain HTTP at the proxy port, these two servers, and the admin API on a port of its own
 * (Caddy's default, localhost:2019, may be taken; CADDY_ADMIN is not read by Caddy 2.6).
 */
function caddyConfig() {
  const adapted = spawnSync("caddy", ["adapt", "--config", join(root, "deploy/Caddyfile"), "--adapter", "caddyfile"], {
    encoding: "utf8",
    env: caddyEnv(tmpdir()),
  });
  if (adapted.status !== 0) throw new Error(`Caddy refused deploy/Caddyfile: ${adapted.stderr.trim()}`);
  return { ...JSON.parse(adapted.stdout), admin: { listen: `127.0.0.1:${adminPort}` } };
}

function caddyEnv(home) {
  return {
    PATH: process.env.PATH,
    // Caddy keeps its state under HOME/XDG folders: a scratch one, never the user's.
    HOME: home,
    XDG_DATA_HOME: join(home, "data"),
    XDG_CONFIG_HOME: join(home, "config"),
    SITE_ADDRESS: publicUrl,
    UPSTREAMS: serverPorts.map((p) => `127.0.0.1:${p}`).join(" "),
    LB_POLICY: lbPolicy(),
  };
}

/**
 * The deployment routes a room's sockets by the room in their address (`query room`), which
 * Caddy has from 2.7; Debian 12's Caddy is 2.6. There a cookie keeps each browser on one
 * process (a long-polling socket must stay on the process that opened it), and a room's two
 * partners may be on different processes, which works through Redis, only a little slower.
 */
function lbPolicy() {
  if (!chosenPolicy) {
    const modules = process.env.LB_POLICY ? "" : (spawnSync("caddy", ["list-modules"], { encoding: "utf8" }).stdout ?? "");
    chosenPolicy = process.env.LB_POLICY || (modules.includes("selection_policies.query") ? "query room" : "cookie lb");
  }
  return chosenPolicy;
}

function caddyVersion() {
  const result = spawnSync("caddy", ["version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim().split(" ")[0] : null;
}

/** Resolves once `url` answers 2xx; gives up after a minute (a loaded machine starts slowly). */
async function healthy(url) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within a minute`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Stops a child (SIGTERM, then SIGKILL after 10 s) and resolves once it has exited. */
function ended(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

async function withPostgres(work) {
  const pg = createRequire(join(root, "apps/server/package.json"))("pg");
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

function createDatabase(name) {
  return withPostgres((client) => client.query(`CREATE DATABASE "${name}"`));
}

function dropDatabase(name) {
  return withPostgres((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

async function postgresReachable() {
  try {
    await withPostgres((client) => client.query("SELECT 1"));
    return true;
  } catch (error) {
    return error.message;
  }
}

function redisReachable() {
  const url = new URL(redisUrl);
  return new Promise((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port || 6379) });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(3_000, () => done("timed out"));
    socket.on("error", (error) => done(error.message));
    socket.on("connect", () => socket.write(url.password ? `AUTH ${decodeURIComponent(url.password)}\r\nPING\r\n` : "PING\r\n"));
    let reply = "";
    socket.on("data", (data) => {
      reply += data.toString();
      if (reply.includes("+PONG")) done(true);
      else if (reply.startsWith("-") || reply.includes("\r\n-")) done(reply.trim());
    });
  });
}

