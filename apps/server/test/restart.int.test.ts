import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";
import { connectSeat } from "./support/seat-client.js";
import { SessionDriver } from "./support/session-driver.js";
import { dbKind, freshDatabase, migrationsDir, type TestDatabase } from "./support/test-db.js";
import { defaultRoom, startTestServer } from "./support/test-server.js";

// What anyone saw accepted survives a restart of the server (and, for PGlite, of the data folder).
describe(`a restart on ${dbKind}`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), "rr-restart-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function database(): Promise<TestDatabase> {
    if (dbKind === "postgres") return shared ??= await freshDatabase();
    const db = await openDatabase({ kind: "pglite", dataDir });
    await migrate(db.raw, migrationsDir);
    return { db, drop: () => db.close() };
  }
  let shared: TestDatabase | undefined;
  afterAll(() => shared?.drop());

  it("loses nothing that was acknowledged", async () => {
    const first = await startTestServer({ database: await database() });
    const room = await first.createRoom();
    const a = await connectSeat(first.url, room.links.partnerA);
    expect(await a.act({ actionId: crypto.randomUUID(), type: "lobby.ready" })).toEqual({ ok: true, seq: 3 });
    a.close();
    await first.close();
    if (dbKind === "pglite") await first.database.drop();

    const second = await startTestServer({ database: await database() });
    const b = await connectSeat(second.url, room.links.partnerB);
    expect(b.welcome.latestSeq).toBe(3);
    expect(b.timeline.state.session).toMatchObject({ phase: "lobby", ready: { partnerA: true, partnerB: false } });
    expect(await b.act({ actionId: crypto.randomUUID(), type: "lobby.ready" })).toEqual({ ok: true, seq: 5 });
    b.close();
    await second.close();
    if (dbKind === "pglite") await second.database.drop();
  });

  it("gives back the same stored recap after a restart", async () => {
    const first = await startTestServer({ database: await database() });
    const room = await first.createRoom();
    const seats = {
      partnerA: await connectSeat(first.url, room.links.partnerA),
      partnerB: await connectSeat(first.url, room.links.partnerB),
      observer: await connectSeat(first.url, room.links.observer),
    };
    await new SessionDriver(seats).closeBriefly();
    const before = await seats.partnerA.socket.emitWithAck("history", {});
    expect(before.ok && before.sessions[0]?.recap?.topic).toBe(defaultRoom.topic);
    Object.values(seats).forEach((s) => s.close());
    await first.close();
    if (dbKind === "pglite") await first.database.drop();

    const second = await startTestServer({ database: await database() });
    const b = await connectSeat(second.url, room.links.partnerB);
    expect(await b.socket.emitWithAck("history", {})).toEqual(before);
    b.close();
    await second.close();
    if (dbKind === "pglite") await second.database.drop();
  });
});
