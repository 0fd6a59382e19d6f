import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/database.js";
import { preparedStatements } from "../src/db/pglite-prepared.js";
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
    await expect(raw.query(insert, ["not a number", "x", [], new Date(), 1], "test_insert")).rejects.toMatchObject({ code: "22P02" });
    expect(await raw.query(insert, [21, "after a bad value", [], new Date(), 1], "test_insert")).toHaveLength(1);
    await expect(raw.query("SELECT nothing FROM nowhere", [], "test_broken")).rejects.toMatchObject({ code: "42P01" });
    expect(await raw.query("SELECT count(*)::int AS n FROM note", [], "test_count")).toEqual([{ n: 11 }]);
  });

  it("wait for a transaction held open elsewhere rather than joining it", async () => {
    const { prisma, raw } = database.db;
    let named: Promise<unknown> | undefined;
    const rolledBack = prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("INSERT INTO note (id, body) VALUES (100, 'in the transaction')");
      // A name not prepared yet: its preparation waits for the transaction too.
      named = raw.query(insert, [101, "outside it", [], new Date(), 1], "test_insert_waiting");
      await new Promise((resolve) => setTimeout(resolve, 100));
      throw new Error("rolled back on purpose");
    });
    await expect(rolledBack).rejects.toThrow("rolled back on purpose");
    await named;
    expect(await raw.query("SELECT id FROM note WHERE id >= 100 ORDER BY id")).toEqual([{ id: 101 }]);
  });

  it("refuse anything once the database is closed", async () => {
    const closed = await openDatabase(database.db.target);
    await closed.raw.query("SELECT 1 AS one", [], "test_one");
    await closed.close();
    await expect(closed.raw.query("SELECT 1 AS one", [], "test_one")).rejects.toThrow();
  });
});

/** PGlite's own: its prepared statements are this server's, and must outlive what pg's would not. */
describe("PGlite's prepared statements", () => {
  it("are prepared again when deallocated or their table changed shape, answer each call, and keep a name to one SQL", async () => {
    const db = await PGlite.create();
    try {
      const query = preparedStatements(db);
      await db.exec("CREATE TABLE item (id int PRIMARY KEY, label text)");
      const all = "SELECT * FROM item ORDER BY id";
      const add = "INSERT INTO item (id, label) VALUES ($1::int, $2::text) RETURNING id";
      // Several first calls at once prepare it once and answer each.
      expect(await Promise.all([1, 2, 3].map((id) => query(add, [id, `item ${id}`], "add")))).toEqual([[{ id: 1 }], [{ id: 2 }], [{ id: 3 }]]);
      expect(await query(all, [], "all")).toHaveLength(3);
      await expect(query("SELECT 1 AS one", [], "add")).rejects.toThrow("already names another statement");
      await db.exec("DEALLOCATE ALL");
      expect(await query(add, [4, "after DEALLOCATE"], "add")).toEqual([{ id: 4 }]);
      await db.exec("ALTER TABLE item ADD COLUMN weight int DEFAULT 1");
      expect((await query<Record<string, unknown>>(all, [], "all"))[0]).toEqual({ id: 1, label: "item 1", weight: 1 });
    } finally {
      await db.close();
    }
  });
});
