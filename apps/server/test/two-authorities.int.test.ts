import { foldEvents, intentSchema, type Intent, type IntentDraft, type RoomState } from "@repair-room/protocol";
import { autopilot, inPhase } from "@repair-room/protocol/testing";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/database.js";
import { RoomAuthority } from "../src/rooms/authority.js";
import { RoomStore, type SeatRecord } from "../src/rooms/room-store.js";
import { dbKind, freshDatabase, type TestDatabase } from "./support/test-db.js";

/**
 * Two authorities on one database, as two server processes would be (on Postgres each with
 * its own pool; PGlite has one connection, so they share it but keep their own caches). Each
 * decides on the state it holds and appends in one statement that succeeds only if nothing
 * moved: whichever is behind must notice and decide again, never append twice or leave a gap.
 */
/** Pairs of simultaneous actions: each is a race for the same seq. */
const pairs = 12;

describe(`two authorities on one database (${dbKind})`, () => {
  let database: TestDatabase;
  let second: Database;
  afterAll(async () => {
    if (second !== database.db) await second.close();
    await database.drop();
  });

  it("accept every action exactly once, in one gap-free order, whichever holds the newer state", async () => {
    database = await freshDatabase();
    second = dbKind === "postgres" ? await openDatabase(database.db.target) : database.db;
    const one = new RoomAuthority(new RoomStore(database.db));
    const two = new RoomAuthority(new RoomStore(second));
    const { roomId, tokens } = await one.createRoom({ topic: "The dishes", partnerA: { name: "Sam" }, partnerB: { name: "Alex" } });
    const seat = async (token: string) => (await one.seatForToken(token)) as SeatRecord;
    const seats = { partnerA: await seat(tokens.partnerA), partnerB: await seat(tokens.partnerB) };
    let n = 0;
    // Parsed as the socket handler parses every packet, so defaults are filled in.
    const intent = (draft: IntentDraft): Intent => intentSchema.parse({ actionId: `action-${++n}-abcdef`, ...draft });

    // Both at once, on different authorities, many times: both are accepted, one after the other.
    for (let i = 0; i < pairs; i++) {
      const [a, b] = await Promise.all([
        one.act(seats.partnerA, intent({ type: "lobby.setName", content: { name: `Sam ${i}` } })),
        two.act(seats.partnerB, intent({ type: "lobby.setTopic", content: { topic: `Topic ${i}` } })),
      ]);
      expect(a.ack).toMatchObject({ ok: true });
      expect(b.ack).toMatchObject({ ok: true });
    }

    // A retry reaching the other authority is answered as the first time, and appends nothing.
    const first = intent({ type: "lobby.setName", content: { name: "Samuel" } });
    const accepted = await one.act(seats.partnerA, first);
    const retried = await two.act(seats.partnerA, first);
    expect(retried).toEqual({ ack: accepted.ack, events: [] });

    // A whole session, each step on whichever authority comes next.
    let turn = 0;
    const state = async (): Promise<RoomState> => one.state(roomId);
    let current = await state();
    for (const [role, draft] of autopilot(() => current, inPhase("closed"))) {
      const outcome = await (turn++ % 2 ? two : one).act(seats[role], intent(draft));
      expect(outcome.ack, `${role} ${draft.type}`).toMatchObject({ ok: true });
      current = await state();
    }

    const events = await one.eventsAfter(roomId, 0);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const rows = await database.db.prisma.event.findMany({ where: { roomId, actionId: { not: null } }, select: { actionId: true } });
    expect(new Set(rows.map((r) => r.actionId)).size).toBe(rows.length);
    expect(foldEvents(events)).toEqual(await two.state(roomId));
    expect(foldEvents(events).session?.phase).toBe("closed");
    const room = await database.db.prisma.room.findUniqueOrThrow({ where: { id: roomId } });
    expect(room).toMatchObject({ lastSeq: events.length, topic: `Topic ${pairs - 1}`, partnerAName: "Samuel" });
  }, 90_000);
});
