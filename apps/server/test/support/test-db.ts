import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { openDatabase, type Database, type DatabaseTarget } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";

export const migrationsDir = fileURLToPath(new URL("../../../../prisma/migrations", import.meta.url));

/** Which database this vitest project runs on: set per project in vitest.config.ts. */
export const dbKind: "pglite" | "postgres" = process.env.RR_TEST_DB === "postgres" ? "postgres" : "pglite";

export const postgresAdminUrl =
  process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  db: Database;
  /** Close it and remove every trace of it. */
  drop(): Promise<void>;
}

/**
 * A database no other test or run has touched: in-memory PGlite, or a new database on the
 * Postgres server named for this test and dropped afterwards.
 */
export async function freshDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const { target, dropTarget } = dbKind === "postgres" ? await createPostgresDatabase() : pgliteInMemory();
  const db = await openDatabase(target);
  if (options.migrated !== false) await migrate(db.raw, migrationsDir);
  return {
    db,
    drop: async () => {
      await db.close();
      await dropTarget();
    },
  };
}

function pgliteInMemory(): { target: DatabaseTarget; dropTarget: () => Promise<void> } {
  return { target: { kind: "pglite", dataDir: null }, dropTarget: async () => {} };
}

async function createPostgresDatabase(): Promise<{ target: DatabaseTarget; dropTarget: () => Promise<void> }> {
  const name = `rr_test_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: "postgres", url: url.toString() },
    dropTarget: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
