import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "../src/db/migrate.js";
import { dbKind, freshDatabase, migrationsDir, type TestDatabase } from "./support/test-db.js";

describe(`migrations on ${dbKind}`, () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it("applies every migration once and records it as prisma migrate deploy does", async () => {
    database = await freshDatabase({ migrated: false });
    const expected = readMigrations(migrationsDir);
    expect(expected.length).toBeGreaterThan(0);

    const applied = await migrate(database.db.raw, migrationsDir);
    expect(applied).toEqual(expected.map((m) => m.name));

    const rows = await database.db.raw.query<{
      id: string;
      checksum: string;
      finished_at: Date | null;
      migration_name: string;
      logs: string | null;
      rolled_back_at: Date | null;
      started_at: Date;
      applied_steps_count: number;
    }>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows).toHaveLength(expected.length);
    for (const [i, row] of rows.entries()) {
      const name = expected[i]!.name;
      const file = readFileSync(join(migrationsDir, name, "migration.sql"));
      expect(row.migration_name).toBe(name);
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.started_at.getTime()).toBeLessThanOrEqual(row.finished_at!.getTime());
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing the second time", async () => {
    database = await freshDatabase({ migrated: false });
    await migrate(database.db.raw, migrationsDir);
    expect(await migrate(database.db.raw, migrationsDir)).toEqual([]);
    const [count] = await database.db.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(count?.n).toBe(readMigrations(migrationsDir).length);
  });

  it("refuses to start over a migration that failed half-way", async () => {
    database = await freshDatabase({ migrated: false });
    await migrate(database.db.raw, migrationsDir);
    await database.db.raw.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ('00000000-0000-4000-8000-000000000000', 'x', '29990101000000_broken', now(), 0)`,
    );
    await expect(migrate(database.db.raw, migrationsDir)).rejects.toThrow(/29990101000000_broken failed earlier/);
  });
});
