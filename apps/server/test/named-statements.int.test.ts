import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKind, freshDatabase, type TestDatabase } from "./support/test-db.js";

/**
 * A named statement (RawSql.query's `name`, the quick append's way) is prepared once and kept:
 * by pg on Postgres, and on PGlite by this server's own protocol calls (db/pglite-prepared.ts).
 * Either way it must answer as an unnamed statement would, fail as one would, and never run
 * inside a transaction someone else holds open.
 */
describe(`named statements (${dbKind})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase({ migrated: false });
    await database.db.raw.exec("CREATE TABLE note (id int PRIMARY KEY, body text, tags text[], at timestamptz, n bigint)");
  });
  afterAll(() => database.drop());

  const insert = "INSERT INTO note (id, body, tags, at, n) VALUES ($1::int, $2::text, $3::text[], $4::timestamptz, $5::bigint) RETURNING id, body, tags, at, n";

  it("answer with the rows and types an unnamed statement gives, run after run", async () => {
    const { raw } = database.db;
    const at = new Date("2026-11-30T10:00:00Z");
    type Note = { id: number; body: string | null; tags: string[]; at: Date; n: bigint | number | string };
    const named: Note[] = [];
    for (let id = 1; id <= 8; id++) named.push(...(await raw.query<Note>(insert, [id, id % 2 ? `note ${id}` : null, ["a", `b ${id}`], at, 40], "test_insert")));
    const unnamed = await raw.query<Note>(insert, [9, "note 9", ["a", "b 9"], at, 40]);
    expect(named[0]).toEqual({ ...unnamed[0], id: 1, body: "note 1", tags: ["a", "b 1"] });
    expect(named[1]).toMatchObject({ id: 2, body: null });
    expect(named.map((row) => row.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await raw.query("SELECT id FROM note WHERE $1::int > 0 ORDER BY id LIMIT 2", [1], "test_select")).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it("fail with Postgres's code, and the next run of the same statement still works", async () => {
    const { raw } = database.db;
    const failed = raw.query(insert, [1, "again", [], new Date(), 1], "test_insert");
    await expect(failed).rejects.toMatchObject({ code: "23505" });
    expect(await raw.query(insert, [20, "after", [], new Date(), 1], "test_insert")).toHaveLength(1);
    await expect(raw.query("SELECT nothing FROM nowhere", [], "test_broken")).rejects.toMatchObject({ code: "42P01" });
    expect(await raw.query("SELECT count(*)::int AS n FROM note", [], "test_count")).toEqual([{ n: 10 }]);
  });

  it("wait for a transaction held open elsewhere rather than joining it", async () => {
    const { prisma, raw } = database.db;
    let named: Promise<unknown> | undefined;
    const rolledBack = prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("INSERT INTO note (id, body) VALUES (100, 'in the transaction')");
      named = raw.query(insert, [101, "outside it", [], new Date(), 1], "test_insert");
      await new Promise((resolve) => setTimeout(resolve, 100));
      throw new Error("rolled back on purpose");
    });
    await expect(rolledBack).rejects.toThrow("rolled back on purpose");
    await named;
    expect(await raw.query("SELECT id FROM note WHERE id >= 100 ORDER BY id")).toEqual([{ id: 101 }]);
  });
});
