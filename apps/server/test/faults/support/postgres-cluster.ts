import { execFile, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort, onExit } from "./lifecycle.js";

const run = promisify(execFile);

/**
 * A Postgres cluster of the test's own (initdb + pg_ctl in a temporary folder, on a free
 * port), so it can be stopped and started again without touching the machine's Postgres or
 * anyone else's tests.
 */
export interface PostgresCluster {
  /** The cluster's `postgres` database: the server under test migrates it itself. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stop it for good and remove its folder. */
  destroy(): Promise<void>;
  /** The end of the cluster's own log, for a failure's report. */
  logTail(lines?: number): string;
}

/** Debian keeps the server binaries (initdb, pg_ctl) out of PATH, one folder per version. */
export function postgresBinDir(): string | null {
  const fromEnv = process.env.PG_BIN_DIR;
  if (fromEnv) return existsSync(join(fromEnv, "initdb")) ? fromEnv : null;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const dir = join(root, version, "bin");
    if (existsSync(join(dir, "initdb"))) return dir;
  }
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir && existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"))) return dir;
  }
  return null;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("initdb and pg_ctl were not found (set PG_BIN_DIR to the folder holding them)");
  const dir = mkdtempSync(join(tmpdir(), "rr-fault-pg-"));
  const data = join(dir, "data");
  const log = join(dir, "postgres.log");
  const port = await freePort();
  // initdb refuses to run as root (CI runs as root): the cluster then belongs to `postgres`.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const ids = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gids = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    if (ids.status !== 0) throw new Error("running as root, and there is no `postgres` user to own a test cluster");
    chownSync(dir, Number(ids.stdout.trim()), Number(gids.stdout.trim()));
  }
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, tool), ...args]] : [join(bin, tool), args];
  const pg = async (tool: string, args: string[]) => {
    const [file, argv] = command(tool, args);
    await run(file, argv, { timeout: 60_000 });
  };

  await pg("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);
  // Its socket in its own folder, TCP on loopback only; fsync stays on, as on the real one.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  const start = () => pg("pg_ctl", ["-D", data, "-o", options, "-l", log, "-w", "-t", "60", "start"]);
  // `fast`: open transactions are rolled back and every connection is cut, as in a real outage.
  const stop = () => pg("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"]);
  let destroyed = false;
  const forget = onExit(() => {
    const [file, argv] = command("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
    spawnSync(file, argv, { stdio: "ignore" });
    rmSync(dir, { recursive: true, force: true });
  });
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await pg("pg_ctl", ["-D", data, "-m", "immediate", "stop"]).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
      forget();
    },
    logTail(lines = 30) {
      try {
        return readFileSync(log, "utf8").split("\n").slice(-lines).join("\n");
      } catch {
        return "";
      }
    },
  };
}
