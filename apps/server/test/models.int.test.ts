import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../src/db/generated/client.js";
import { dbKind, freshDatabase, type TestDatabase } from "./support/test-db.js";

// Every model written and read back through Prisma Client on a freshly migrated database:
// proof that the hand-written SQL and schema.prisma agree.
describe(`schema and migrations agree on ${dbKind}`, () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  beforeAll(async () => {
    database = await freshDatabase();
    prisma = database.db.prisma;
  });
  afterAll(() => database.drop());

  it("writes and reads every model, and room deletion leaves no row behind", async () => {
    const now = new Date("2026-11-22T10:00:00.123Z");
    const room = await prisma.room.create({
      data: { id: "room-1", topic: "The dishes", partnerAName: "Sam", partnerBName: "Alex", createdAt: now },
    });
    expect(room).toEqual({
      id: "room-1",
      topic: "The dishes",
      partnerAName: "Sam",
      partnerBName: "Alex",
      lastSeq: 0,
      createdAt: now,
    });

    const seats = await Promise.all(
      (["partnerA", "partnerB", "observer"] as const).map((role) =>
        prisma.seat.create({ data: { roomId: room.id, role, tokenHash: `hash-${role}` } }),
      ),
    );
    const observer = seats[2]!;
    const revoked = await prisma.seat.update({ where: { id: seats[0]!.id }, data: { revokedAt: now } });
    expect(revoked.revokedAt).toEqual(now);
    expect(await prisma.seat.findUnique({ where: { tokenHash: "hash-observer" } })).toMatchObject({
      role: "observer",
      revokedAt: null,
    });

    const session = await prisma.session.create({
      data: { roomId: room.id, ordinal: 1, kind: "first", phase: "lobby" },
    });
    const followUp = await prisma.session.create({
      data: { roomId: room.id, ordinal: 2, kind: "followUp", phase: "closed", closedAt: now },
    });
    expect(followUp).toMatchObject({ kind: "followUp", closedAt: now });
    await expect(
      prisma.session.create({ data: { roomId: room.id, ordinal: 1, kind: "first", phase: "lobby" } }),
    ).rejects.toThrow();

    const payload = { nested: { feelings: ["calm"], intensity: 3 }, text: "I felt unheard — ünïcødé ✓" };
    await prisma.event.create({
      data: { roomId: room.id, seq: 1, sessionId: session.id, type: "room.created", payload, actionId: null },
    });
    await prisma.event.create({
      data: { roomId: room.id, seq: 2, sessionId: session.id, actorSeatId: seats[1]!.id, type: "lobby.ready", actionId: "act-1" },
    });
    await prisma.event.create({ data: { roomId: room.id, seq: 3, type: "lobby.ready", actionId: null } });
    const events = await prisma.event.findMany({ where: { roomId: room.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]!.payload).toEqual(payload);
    expect(events[1]!.payload).toEqual({});
    expect(events[1]!.actionId).toBe("act-1");
    // The room's seq and its action ids are unique.
    await expect(prisma.event.create({ data: { roomId: room.id, seq: 2, type: "x" } })).rejects.toThrow();
    await expect(
      prisma.event.create({ data: { roomId: room.id, seq: 4, type: "x", actionId: "act-1" } }),
    ).rejects.toThrow();

    const recap = await prisma.recap.create({
      data: { sessionId: followUp.id, content: { agreedTrue: ["We both care"], nextSteps: [] }, draftVersion: 7 },
    });
    expect(await prisma.recap.findUnique({ where: { sessionId: followUp.id } })).toEqual(recap);

    const note = await prisma.observerNote.create({
      data: { sessionId: session.id, seatId: observer.id, text: "Sam softened after the reflection." },
    });
    expect(await prisma.observerNote.findMany({ where: { sessionId: session.id } })).toEqual([note]);

    await prisma.room.delete({ where: { id: room.id } });
    const left = await Promise.all([
      prisma.room.count(),
      prisma.seat.count(),
      prisma.session.count(),
      prisma.event.count(),
      prisma.recap.count(),
      prisma.observerNote.count(),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
