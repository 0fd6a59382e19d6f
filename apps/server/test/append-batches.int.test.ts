import { foldEvents, intentSchema, type Intent, type IntentDraft } from "@repair-room/protocol";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../src/db/database.js";
import { RoomAuthority } from "../src/rooms/authority.js";
import { RoomStore, type SeatRecord } from "../src/rooms/room-store.js";
import { dbKind, freshDatabase, type TestDatabase } from "./support/test-db.js";

/**
 * Many rooms' quick appends at once share statements and commits (room-store.ts). Two
 * authorities (two processes, on Postgres each with its own pool) act on the same rooms at the
 * same moment, so their batches race for the same seqs and actionIds: a batch that loses one
 * must still append each of its other rooms' events exactly once, with no gap.
 */
const roomCount = 24;
const rounds = 4;

describe(`quick appends grouped into shared commits (${dbKind})`, () => {
  let database: TestDatabase;
  let second: Database;
  afterAll(async () => {
    if (second && second !== database.db) await second.close();
    await database.drop();
  });

  it("keep every room's log gap-free and every actionId once when batches race", async () => {
    database = await freshDatabase();
    second = dbKind === "postgres" ? await openDatabase(database.db.target) : database.db;
    const one = new RoomAuthority(new RoomStore(database.db));
    const two = new RoomAuthority(new RoomStore(second));
    let n = 0;
    const intent = (draft: IntentDraft): Intent => intentSchema.parse({ actionId: `batch-${++n}-abcdef`, ...draft });
    const rooms = await Promise.all(
      Array.from({ length: roomCount }, async (_, r) => {
        const { roomId, tokens } = await one.createRoom({ topic: `Room ${r}`, partnerA: { name: "Sam" }, partnerB: { name: "Alex" } });
        const seat = async (token: string) => (await one.seatForToken(token)) as SeatRecord;
        // Joined on both, so both hold the room and take the quick way.
        await Promise.all([one.joining(roomId), two.joining(roomId)]);
        return { roomId, partnerA: await seat(tokens.partnerA), partnerB: await seat(tokens.partnerB) };
      }),
    );

    for (let i = 0; i < rounds; i++) {
      const outcomes = await Promise.all(
        rooms.flatMap((room) => [
          one.act(room.partnerA, intent({ type: "lobby.setName", content: { name: `Sam ${i}` } })),
          two.act(room.partnerB, intent({ type: "lobby.setTopic", content: { topic: `Topic ${i}` } })),
        ]),
      );
      for (const outcome of outcomes) expect(outcome.ack).toMatchObject({ ok: true });
    }

    // The same action sent to both at once (a retry through another process): one event, one answer.
    const retries = rooms.map(() => intent({ type: "lobby.setTopic", content: { topic: "Once" } }));
    const answers = await Promise.all(rooms.flatMap((room, r) => [one.act(room.partnerB, retries[r] as Intent), two.act(room.partnerB, retries[r] as Intent)]));
    for (let r = 0; r < rooms.length; r++) {
      const [a, b] = [answers[2 * r], answers[2 * r + 1]];
      expect(a?.ack).toMatchObject({ ok: true });
      expect(b?.ack).toEqual(a?.ack);
    }

    for (const room of rooms) {
      const events = await one.eventsAfter(room.roomId, 0);
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
      expect(events.filter((e) => e.type === "lobby.topicSet")).toHaveLength(rounds + 1);
      const rows = await database.db.prisma.event.findMany({ where: { roomId: room.roomId, actionId: { not: null } }, select: { actionId: true } });
      expect(new Set(rows.map((row) => row.actionId)).size).toBe(rows.length);
      const state = foldEvents(events);
      expect(state).toEqual(await one.state(room.roomId));
      expect(state).toEqual(await two.state(room.roomId));
      const stored = await database.db.prisma.room.findUniqueOrThrow({ where: { id: room.roomId } });
      expect(stored).toMatchObject({ lastSeq: events.length, topic: "Once", partnerAName: `Sam ${rounds - 1}` });
    }
  }, 90_000);
});
