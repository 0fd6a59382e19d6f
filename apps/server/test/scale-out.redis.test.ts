import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSeat } from "./support/seat-client.js";
import { freshDatabase, type TestDatabase } from "./support/test-db.js";
import { startTestServer, type TestServer } from "./support/test-server.js";

// Two server processes' worth of servers sharing one Postgres and broadcasting through Redis.
// Postgres only: embedded PGlite belongs to a single process by design.
const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

describe("partners on two servers sharing Postgres and Redis", () => {
  let database: TestDatabase;
  let one: TestServer;
  let two: TestServer;
  beforeAll(async () => {
    database = await freshDatabase();
    one = await startTestServer({ database, redisUrl });
    two = await startTestServer({ database, redisUrl });
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    await database.drop();
  });

  it("share presence and every event of a room", async () => {
    const room = await one.createRoom();
    const a = await connectSeat(one.url, room.links.partnerA);
    const b = await connectSeat(two.url, room.links.partnerB);
    const o = await connectSeat(two.url, room.links.observer);
    await a.waitForPresence((p) => p.partners.partnerB && p.observers === 1);

    expect(await a.act({ actionId: crypto.randomUUID(), type: "lobby.ready" })).toEqual({ ok: true, seq: 3 });
    await b.waitForSeq(3);
    // B's server has a stale cache of the room: it catches up from the log under the row lock.
    expect(await b.act({ actionId: crypto.randomUUID(), type: "lobby.ready" })).toEqual({ ok: true, seq: 5 });
    for (const client of [a, b, o]) {
      await client.waitForSeq(5);
      expect(client.timeline.state.session?.phase).toBe("checkIn");
      expect(client.timeline.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    }
    [a, b, o].forEach((c) => c.close());
  });

  it("close every page on a re-issued link and on a deleted room, on either server", async () => {
    const room = await one.createRoom();
    const holder = await connectSeat(one.url, room.links.observer);
    const elsewhere = await connectSeat(two.url, room.links.observer);
    const told = new Promise((resolve) => elsewhere.socket.once("closing", resolve));
    const gone = new Promise<void>((resolve) => elsewhere.socket.once("disconnect", () => resolve()));
    const request = randomBytes(32).toString("base64url");
    expect(await holder.socket.emitWithAck("reissueLink", { request })).toMatchObject({ ok: true });
    expect(await told).toMatchObject({ code: "link_revoked" });
    await gone;
    expect(holder.socket.connected).toBe(true);

    const b = await connectSeat(two.url, room.links.partnerB);
    const bTold = new Promise((resolve) => b.socket.once("closing", resolve));
    const a = await connectSeat(one.url, room.links.partnerA);
    expect(await a.socket.emitWithAck("deleteRoom", { confirmTopic: "What I said about the holiday plans" })).toEqual({ ok: true });
    expect(await bTold).toMatchObject({ code: "room_deleted" });
    [holder, a, b].forEach((c) => c.close());
  });
});
