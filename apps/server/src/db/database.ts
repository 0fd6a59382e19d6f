import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client.js";
import { preparedStatements } from "./pglite-prepared.js";

/** Where the data lives: a Postgres server, or embedded PGlite in a local folder. */
export type DatabaseTarget =
  | { kind: "postgres"; url: string; /** Connections this process may hold; `postgresPoolSize` when unset. */ poolSize?: number }
  | { kind: "pglite"; dataDir: string | null /* null: in memory, for tests */ };

/** The few raw operations the migration runner needs, on either kind of database. */
export interface RawSql {
  /** Run a script of one or more statements with no parameters. */
  exec(script: string): Promise<void>;
  /**
   * With a `name`, the statement is prepared once per connection and its plan kept: for a
   * statement run on every action, whose planning would otherwise cost more than running it.
   */
  query<Row>(sql: string, params?: unknown[], name?: string): Promise<Row[]>;
  /** Run `work` on one connection inside BEGIN/COMMIT, holding a lock against other migrators. */
  exclusive<T>(work: (sql: RawSql) => Promise<T>): Promise<T>;
}

export interface Database {
  target: DatabaseTarget;
  prisma: PrismaClient;
  raw: RawSql;
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "postgres" ? openPostgres(target) : openPglite(target);
}

// Prisma's own lock id for `migrate`, so a `prisma migrate deploy` and this server never
// migrate the same database at once.
const migrationLockId = 72707369;

/**
 * Connections to Postgres one server process holds (DATABASE_POOL_SIZE overrides it). With
 * one commit per action, 5,000 rooms at 500 actions/s queued up to 2,000 actions for these 10,
 * and 30 did not cure it: Postgres spent ~1.3 ms of CPU per commit on a 2-core machine. With
 * the quick appends grouped into shared commits (room-store.ts) none waited for a connection
 * at that rate, so pg's own default of 10 stays (bench/results/2026-11-30-b-group-commit.md).
 */
export const postgresPoolSize = 10;

async function openPostgres(target: DatabaseTarget & { kind: "postgres" }): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? postgresPoolSize,
    // pg waits forever for a connection by default; a person would rather see an error.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client's error (server restart) must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  const exec = async (client: pg.Pool | pg.PoolClient, script: string) => {
    await client.query(script);
  };
  const query = async <Row>(client: pg.Pool | pg.PoolClient, sql: string, params?: unknown[], name?: string) =>
    (await client.query(name ? { name, text: sql, values: params } : { text: sql, values: params })).rows as Row[];
  const onClient = (client: pg.Pool | pg.PoolClient): RawSql => ({
    exec: (script) => exec(client, script),
    query: (sql, params, name) => query(client, sql, params, name),
    exclusive: async (work) => {
      const conn = await pool.connect();
      try {
        await conn.query("SELECT pg_advisory_lock($1)", [migrationLockId]);
        try {
          return await work(onClient(conn));
        } finally {
          await conn.query("SELECT pg_advisory_unlock($1)", [migrationLockId]);
        }
      } finally {
        conn.release();
      }
    },
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    target,
    prisma,
    raw: onClient(pool),
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(target: DatabaseTarget & { kind: "pglite" }): Promise<Database> {
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const db = target.dataDir ? await PGlite.create(target.dataDir) : await PGlite.create();
  const prepared = preparedStatements(db);
  const raw: RawSql = {
    exec: async (script) => {
      await db.exec(script);
    },
    query: async <Row>(sql: string, params?: unknown[], name?: string) => (name ? prepared<Row>(sql, params ?? [], name) : (await db.query<Row>(sql, params)).rows),
    // PGlite has one connection and one process: nothing else can migrate at the same time.
    exclusive: (work) => work(raw),
  };
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  return {
    target,
    prisma,
    raw,
    close: async () => {
      await prisma.$disconnect();
      await db.close();
    },
  };
}
