import { recapSchema, viewOf, type Role } from "@repair-room/protocol";
import { acknowledge, checkIn, intention, reflection, statement } from "@repair-room/protocol/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connectSeat, type SeatClient } from "./support/seat-client.js";
import { SessionDriver } from "./support/session-driver.js";
import { dbKind } from "./support/test-db.js";
import { startTestServer, type TestServer } from "./support/test-server.js";


describe(`a whole session through real sockets on ${dbKind}`, () => {
  let server: TestServer;
  let now = Date.UTC(2026, 10, 22, 18);
  const open: SeatClient[] = [];
  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
  });
  afterEach(() => open.splice(0).forEach((c) => c.close()));
  afterAll(() => server.close());

  async function room(): Promise<{ roomId: string; links: Record<Role, string>; driver: SessionDriver }> {
    const created = await server.createRoom();
    const seats = {
      partnerA: await connectSeat(server.url, created.links.partnerA),
      partnerB: await connectSeat(server.url, created.links.partnerB),
      observer: await connectSeat(server.url, created.links.observer),
    };
    open.push(...Object.values(seats));
    return { ...created, driver: new SessionDriver(seats) };
  }

  async function expectEveryFoldMatchesServer(roomId: string, driver: SessionDriver) {
    const state = await server.authority.state(roomId);
    for (const [role, seat] of Object.entries(driver.seats) as [Role, SeatClient][]) {
      await seat.waitForSeq(state.seq);
      expect(seat.timeline.state).toEqual(viewOf(state, role));
      expect(seat.timeline.events.map((e) => e.seq)).toEqual(Array.from({ length: state.seq }, (_, i) => i + 1));
    }
  }

  it("runs a first session through every phase to the stored recap", async () => {
    const { roomId, driver } = await room();
    const { partnerA: a, partnerB: b, observer: o } = driver.seats;

    // Lobby
    await driver.ok("partnerA", { type: "lobby.firstSpeaker", speaker: "partnerB" });
    await driver.refused("observer", { type: "lobby.ready" }, "not_your_seat");
    await driver.ok("partnerA", { type: "lobby.ready" });
    await driver.ok("partnerB", { type: "lobby.ready" });

    // Check-in: A's words go over the wire to nobody but A until both are in.
    await driver.ok("partnerA", checkIn("hurt", "SAM-PRIVATE-CHECKIN-NOTE"));
    expect(a.raw.join()).toContain("SAM-PRIVATE-CHECKIN-NOTE");
    for (const seat of [b, o]) {
      expect(seat.raw.join()).not.toContain("SAM-PRIVATE-CHECKIN-NOTE");
      expect(seat.raw.join()).not.toContain('"feeling":"hurt"');
    }
    await driver.refused("partnerA", checkIn("calm", "again"), "wrong_phase");
    await driver.ok("partnerB", checkIn("anxious", "alex note"));
    for (const seat of driver.all) {
      expect(seat.timeline.state.session?.record.checkIns?.partnerA.note).toBe("SAM-PRIVATE-CHECKIN-NOTE");
    }
    expect(b.timeline.state.session?.phase).toBe("share");

    // Share and reflect, with a "not quite".
    await driver.refused("partnerA", statement("me first"), "not_your_turn");
    await driver.ok("partnerB", statement("I felt left out of the plans"));
    await driver.ok("partnerA", reflection("You felt left out"));
    await driver.ok("partnerB", { type: "share.confirm", verdict: "notQuite", content: { clarification: "It was about being asked" } });
    await driver.ok("partnerA", reflection("You wanted to be asked first"));
    await driver.ok("partnerB", { type: "share.confirm", verdict: "yes" });
    await driver.ok("partnerA", statement("I was trying to save us time"));
    await driver.ok("partnerB", reflection("You meant well"));
    await driver.ok("partnerA", { type: "share.confirm", verdict: "yes" });
    await driver.ok("partnerA", { type: "share.moveOn" });
    await driver.ok("partnerB", { type: "share.moveOn" });

    // The observer raises a pause; the server's clock enforces its minimum.
    await driver.ok("observer", { type: "pause.raise", minutes: 2 });
    await driver.refused("partnerA", intention(), "paused");
    now += 60_000;
    await driver.refused("partnerA", { type: "pause.ready" }, "paused");
    now += 60_000;
    await driver.ok("partnerA", { type: "pause.ready" });
    await driver.ok("partnerB", { type: "pause.ready" });

    // Intentions: each hidden until both are in, then each answers the other's.
    await driver.ok("partnerA", intention("A calm trip", "SAM-PRIVATE-IMPACT", "Ask before booking"));
    for (const seat of [b, o]) expect(seat.raw.join()).not.toContain("SAM-PRIVATE-IMPACT");
    await driver.ok("partnerB", intention());
    for (const seat of [b, o]) expect(seat.raw.join()).toContain("SAM-PRIVATE-IMPACT");
    await driver.ok("partnerA", acknowledge());
    await driver.ok("partnerB", acknowledge("I hear you", null));

    // Agreements, with a stale edit.
    const draft = {
      agreedTrue: "We both wanted the trip to go well",
      unclear: "",
      nextSteps: [{ who: "both" as const, what: "Plan trips together on Sundays", byWhen: "2026-11-29" }],
      practice: "Either of us can call a pause",
    };
    await driver.ok("partnerA", { type: "agreements.edit", baseVersion: 1, content: draft });
    await driver.refused("partnerB", { type: "agreements.edit", baseVersion: 1, content: { ...draft, practice: "x" } }, "stale_version");
    await driver.ok("partnerB", { type: "agreements.appreciate", content: { text: "You listened to me" } });
    await driver.ok("partnerA", { type: "agreements.approve", version: 3 });
    const closedAt = now;
    await driver.ok("partnerB", { type: "agreements.approve", version: 3 });

    // Closed: the recap row was written with the closing event.
    for (const seat of driver.all) expect(seat.timeline.state.session?.phase).toBe("closed");
    const prisma = server.database.db.prisma;
    const session = await prisma.session.findFirstOrThrow({ where: { roomId }, include: { recap: true } });
    expect(session).toMatchObject({ phase: "closed", closedAt: new Date(closedAt) });
    const recap = recapSchema.parse(session.recap?.content);
    expect(session.recap?.draftVersion).toBe(3);
    expect(recap).toMatchObject({
      topic: "What I said about the holiday plans",
      agreements: draft,
      appreciations: { partnerA: null, partnerB: "You listened to me" },
      pauses: [{ by: "observer", minutes: 2 }],
      approvedVersion: 3,
    });
    expect(recap.rounds.map((r) => [r.speaker, r.outcome, r.attempts.length])).toEqual([
      ["partnerB", "understood", 2],
      ["partnerA", "understood", 1],
    ]);
    expect(o.timeline.state.lastRecap).toEqual(recap);
    await driver.refused("partnerA", intention(), "wrong_phase");
    await expectEveryFoldMatchesServer(roomId, driver);
  });

  it("runs a follow-up that reviews the last next steps, as a short check-in only", async () => {
    const { roomId, driver } = await room();
    await driver.ok("partnerA", { type: "lobby.ready" });
    await driver.ok("partnerB", { type: "lobby.ready" });
    await driver.ok("partnerA", checkIn("calm", ""));
    await driver.ok("partnerB", checkIn("calm", ""));
    await driver.ok("partnerA", statement("a"));
    await driver.ok("partnerB", reflection("b"));
    await driver.ok("partnerA", { type: "share.confirm", verdict: "yes" });
    await driver.ok("partnerB", statement("c"));
    await driver.ok("partnerA", reflection("d"));
    await driver.ok("partnerB", { type: "share.confirm", verdict: "yes" });
    await driver.ok("partnerA", { type: "share.moveOn" });
    await driver.ok("partnerB", { type: "share.moveOn" });
    await driver.ok("partnerA", intention());
    await driver.ok("partnerB", intention());
    await driver.ok("partnerA", acknowledge());
    await driver.ok("partnerB", acknowledge());
    const steps = [{ who: "partnerA" as const, what: "Ask before booking", byWhen: "2026-11-29" }];
    await driver.ok("partnerA", { type: "agreements.edit", baseVersion: 1, content: { agreedTrue: "", unclear: "", nextSteps: steps, practice: "" } });
    await driver.ok("partnerA", { type: "agreements.approve", version: 2 });
    await driver.ok("partnerB", { type: "agreements.approve", version: 2 });

    now += 7 * 24 * 3_600_000;
    await driver.ok("partnerB", { type: "session.openFollowUp", format: "checkInOnly" });
    await driver.ok("partnerA", { type: "lobby.ready" });
    await driver.ok("partnerB", { type: "lobby.ready" });
    const items = steps.map((step) => ({ kind: "step", ...step, carried: false }));
    expect(driver.seats.observer.timeline.state.session).toMatchObject({ phase: "review", items, ordinal: 2 });
    await driver.ok("partnerA", { type: "review.mark", item: 0, mark: "kept" });
    await driver.ok("partnerA", { type: "review.appreciate", content: { text: "You asked me before booking" } });
    await driver.ok("partnerA", { type: "review.done" });
    await driver.ok("partnerB", { type: "review.mark", item: 0, mark: "partly" });
    await driver.ok("partnerB", { type: "review.done" });
    await driver.ok("partnerA", checkIn("hurt", ""));
    await driver.ok("partnerB", checkIn("calm", ""));
    await driver.ok("partnerA", { type: "agreements.approve", version: 1 });
    await driver.ok("partnerB", { type: "agreements.approve", version: 1 });

    const sessions = await server.database.db.prisma.session.findMany({ where: { roomId }, orderBy: { ordinal: "asc" }, include: { recap: true } });
    expect(sessions.map((s) => [s.ordinal, s.kind, s.phase])).toEqual([
      [1, "first", "closed"],
      [2, "followUp", "closed"],
    ]);
    expect(recapSchema.parse(sessions[1]?.recap?.content)).toMatchObject({
      kind: "followUp",
      format: "checkInOnly",
      review: { items, marks: { partnerA: ["kept"], partnerB: ["partly"] }, appreciations: { partnerA: "You asked me before booking" } },
    });
    await expectEveryFoldMatchesServer(roomId, driver);
  });

  it("tells the others only that the session waits when a partner stops, and resumes when both are back", async () => {
    const { roomId, driver } = await room();
    await driver.ok("partnerA", { type: "lobby.ready" });
    const seq = await driver.ok("partnerB", { type: "session.leave" });
    const left = (seat: SeatClient) => seat.received.find((e) => e.seq === seq);
    expect(left(driver.seats.partnerB)).toMatchObject({ type: "session.left", actor: "partnerB" });
    expect(left(driver.seats.partnerA)).toMatchObject({ type: "session.left", actor: null });
    expect(left(driver.seats.observer)).toMatchObject({ type: "session.left", actor: null });
    await driver.refused("partnerA", { type: "lobby.ready" }, "paused");
    await driver.ok("partnerA", { type: "session.return" });
    await driver.ok("partnerB", { type: "session.return" });
    expect(driver.seats.partnerA.timeline.state.session).toMatchObject({ phase: "lobby", away: null, ready: { partnerA: true } });
    await expectEveryFoldMatchesServer(roomId, driver);
  });

  it("sends typing presence without content and observers' notes to observers only", async () => {
    const { roomId, links, driver } = await room();
    const secondTab = await connectSeat(server.url, links.observer);
    open.push(secondTab);
    const { partnerA: a, partnerB: b, observer: o } = driver.seats;
    a.socket.emit("typing", { active: true, text: "I never said that" });
    await b.waitFor(() => b.typing.length > 0, "typing");
    await o.waitFor(() => o.typing.length > 0, "typing");
    expect(b.typing).toEqual([{ role: "partnerA", active: true }]);
    expect(b.raw.join()).not.toContain("I never said that");
    o.socket.emit("typing", { active: true });

    const answer = await o.socket.emitWithAck("note", { text: "COACH-NOTE: Sam softened" });
    expect(answer).toMatchObject({ ok: true, note: { sessionOrdinal: 1, text: "COACH-NOTE: Sam softened" } });
    await secondTab.waitFor(() => secondTab.notes.length === 1, "note");
    expect(await a.socket.emitWithAck("note", { text: "let me in" })).toMatchObject({ ok: false, code: "not_your_seat" });
    const rejoined = await connectSeat(server.url, links.observer);
    open.push(rejoined);
    await rejoined.waitFor(() => rejoined.notes.length === 1, "notes on joining");
    await Promise.all([a, b].map((s) => s.socket.emitWithAck("sync", { afterSeq: 0 })));
    for (const partner of [a, b]) {
      expect(partner.raw.join()).not.toContain("COACH-NOTE");
      expect(partner.typing.filter((t) => (t.role as string) === "observer")).toEqual([]);
    }
    expect(await server.database.db.prisma.observerNote.count({ where: { session: { roomId } } })).toBe(1);
  });
});
