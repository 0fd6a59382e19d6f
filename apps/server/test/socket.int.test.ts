import { engineOptions, viewOf, welcomeSchema, type RoomEvent } from "@repair-room/protocol";
import { unclearRound } from "@repair-room/protocol/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connectSeat, parseLink, type SeatClient } from "./support/seat-client.js";
import { SessionDriver } from "./support/session-driver.js";
import { dbKind } from "./support/test-db.js";
import { startTestServer, type TestServer } from "./support/test-server.js";
import { welcomeTail } from "../src/realtime/socket-server.js";

describe(`the real-time path on ${dbKind}`, () => {
  let server: TestServer;
  const open: SeatClient[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(() => {
    open.splice(0).forEach((c) => c.close());
  });
  afterAll(() => server.close());

  async function seat(link: string, lastSeq = 0): Promise<SeatClient> {
    const client = await connectSeat(server.url, link, { lastSeq });
    open.push(client);
    return client;
  }
  const action = (type = "lobby.ready") => ({ actionId: crypto.randomUUID(), type });
  const eventRows = (roomId: string) =>
    server.database.db.prisma.event.findMany({ where: { roomId }, orderBy: { seq: "asc" } });

  it("welcomes each seat with its role, the room, who is present and the latest seq", async () => {
    const room = await server.createRoom();
    const a = await seat(room.links.partnerA);
    expect(a.welcome).toMatchObject({
      roomId: room.roomId,
      role: "partnerA",
      topic: "What I said about the holiday plans",
      names: { partnerA: "Sam", partnerB: "Alex" },
      latestSeq: 2,
      presence: { partners: { partnerA: true, partnerB: false }, observers: 0 },
    });
    expect(a.welcome.missed.map((e) => e.type)).toEqual(["room.created", "session.opened"]);
    // The welcome is what the protocol says it is, the deployment's numbers of the method included.
    expect(welcomeSchema.parse(a.welcome).options).toEqual(server.authority.options);
    expect(a.timeline.state.session).toMatchObject({ phase: "lobby", ready: { partnerA: false, partnerB: false } });

    const b = await seat(room.links.partnerB);
    expect(b.welcome.role).toBe("partnerB");
    await a.waitForPresence((p) => p.partners.partnerB);
    const o = await seat(room.links.observer);
    expect(o.welcome.role).toBe("observer");
    // Partners always see that an observer is present.
    await a.waitForPresence((p) => p.observers === 1);
    await b.waitForPresence((p) => p.observers === 1);
    o.close();
    await a.waitForPresence((p) => p.observers === 0);
    b.close();
    await a.waitForPresence((p) => !p.partners.partnerB);
  });

  it("carries lobby.ready through decide, a committed append, the ack and the broadcast", async () => {
    const room = await server.createRoom();
    const [a, b, o] = [await seat(room.links.partnerA), await seat(room.links.partnerB), await seat(room.links.observer)];

    const ready = action();
    const ack = await a.act(ready);
    expect(ack).toEqual({ ok: true, seq: 3 });
    // Committed before the ack: the row is there with its action id and actor.
    const rows = await eventRows(room.roomId);
    expect(rows.map((r) => [r.seq, r.type, r.actionId])).toEqual([
      [1, "room.created", null],
      [2, "session.opened", null],
      [3, "lobby.ready", ready.actionId],
    ]);
    for (const client of [a, b, o]) {
      await client.waitForSeq(3);
      expect(client.received.at(-1)).toMatchObject({ seq: 3, type: "lobby.ready", actor: "partnerA" });
      expect(client.timeline.state.session).toMatchObject({ phase: "lobby", ready: { partnerA: true, partnerB: false } });
    }

    // A retry with the same actionId gets the same ack and appends nothing.
    expect(await a.act(ready)).toEqual({ ok: true, seq: 3 });
    expect(await eventRows(room.roomId)).toHaveLength(3);

    // The second partner's ready opens the check-in: two events, one ack with the last seq.
    expect(await b.act(action())).toEqual({ ok: true, seq: 5 });
    for (const client of [a, b, o]) {
      await client.waitForSeq(5);
      expect(client.timeline.state.session?.phase).toBe("checkIn");
      expect(client.timeline.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    }
    expect((await server.database.db.prisma.session.findFirstOrThrow({ where: { roomId: room.roomId } })).phase).toBe("checkIn");

    // Now the lobby is over.
    const late = await a.act(action());
    expect(late).toMatchObject({ ok: false, code: "wrong_phase" });
    expect(await eventRows(room.roomId)).toHaveLength(5);
  });

  it("sends a typed error to the sender only, and the room carries on", async () => {
    const room = await server.createRoom();
    const [a, b, o] = [await seat(room.links.partnerA), await seat(room.links.partnerB), await seat(room.links.observer)];
    const others = () => [b.received.length, o.received.length];
    const before = others();

    expect(await a.act({ type: "lobby.ready" })).toMatchObject({ ok: false, code: "invalid_input", field: "actionId" });
    expect(await a.act({ actionId: "abcdefgh1", type: "no.such.thing" })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await a.act("a string")).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await o.act(action())).toMatchObject({ ok: false, code: "not_your_seat", message: expect.any(String) });

    // Another seat reusing someone's actionId is refused, not handed their ack.
    const taken = action();
    expect(await a.act(taken)).toEqual({ ok: true, seq: 3 });
    expect(await b.act(taken)).toMatchObject({ ok: false, code: "invalid_input", field: "actionId" });

    await b.waitForSeq(3);
    expect(others()).toEqual([before[0]! + 1, before[1]! + 1]);
    expect(await eventRows(room.roomId)).toHaveLength(3);
    // The room still works.
    expect(await b.act(action())).toEqual({ ok: true, seq: 5 });
  });

  it("gives a reconnecting client exactly what it missed, then live events", async () => {
    const room = await server.createRoom();
    const a = await seat(room.links.partnerA);
    await a.act(action());
    a.close();
    const b = await seat(room.links.partnerB);
    await b.act(action());

    const back = await seat(room.links.partnerA, 3);
    expect(back.welcome.latestSeq).toBe(5);
    expect(back.welcome.missed.map((e: RoomEvent) => e.seq)).toEqual([4, 5]);
    expect(back.received.map((e) => e.seq)).toEqual([4, 5]);
  });

  it("lets a seat fill a gap with sync", async () => {
    const room = await server.createRoom();
    const a = await seat(room.links.partnerA);
    await a.act(action());
    const answer = await a.socket.emitWithAck("sync", { afterSeq: 1 });
    expect(answer).toMatchObject({ ok: true, latestSeq: 3 });
    expect(answer.ok && answer.events.map((e) => e.seq)).toEqual([2, 3]);
    expect(await a.socket.emitWithAck("sync", { afterSeq: -1 })).toMatchObject({ ok: false, code: "invalid_input" });
  });

  it("refuses a wrong token, an unknown room, a token in the wrong room and a missing token", async () => {
    const room = await server.createRoom();
    const other = await server.createRoom();
    const { roomId, token } = parseLink(room.links.partnerA);
    const wrongToken = `${server.url}/r/${roomId}#${"A".repeat(43)}`;
    await expect(seat(wrongToken)).rejects.toMatchObject({ message: "invalid_link" });
    await expect(seat(`${server.url}/r/${"B".repeat(22)}#${token}`)).rejects.toMatchObject({ message: "unknown_room" });
    await expect(seat(`${server.url}/r/${other.roomId}#${token}`)).rejects.toMatchObject({ message: "invalid_link" });
    await expect(seat(`${server.url}/r/${roomId}`)).rejects.toMatchObject({
      message: "invalid_link",
      refusal: { ok: false, code: "invalid_link", message: expect.stringContaining("link") },
    });
  });

  it("does not accept the token in the query string", async () => {
    const room = await server.createRoom();
    const { roomId, token } = parseLink(room.links.partnerA);
    const { io } = await import("socket.io-client");
    const socket = io(server.url, { query: { roomId, token }, transports: ["websocket"], reconnection: false, forceNew: true });
    const error = await new Promise<Error & { data?: { refusal?: { code: string } } }>((resolve) =>
      socket.once("connect_error", resolve),
    );
    socket.close();
    expect(error.data?.refusal?.code).toBe("invalid_link");
  });

  it("refuses a socket opened from another site's page", async () => {
    const room = await server.createRoom();
    await expect(
      connectSeat(server.url, room.links.partnerA, { extraHeaders: { origin: "https://evil.example" } }),
    ).rejects.toThrow();
    const same = await connectSeat(server.url, room.links.partnerA, { extraHeaders: { origin: server.url } });
    open.push(same);
    expect(same.welcome.role).toBe("partnerA");
  });

  it("welcomes a page into a follow-up from a snapshot, not the room's whole history, and pages a catch-up", async () => {
    const room = await server.createRoom();
    const seats = { partnerA: await seat(room.links.partnerA), partnerB: await seat(room.links.partnerB), observer: await seat(room.links.observer) };
    const driver = new SessionDriver(seats);
    await driver.closeBriefly();
    const openedAt = (await driver.ok("partnerA", { type: "session.openFollowUp" })) as number;
    const state = await server.authority.state(room.roomId);

    const fresh = await seat(room.links.partnerB);
    expect(fresh.welcome.snapshot?.seq).toBe(openedAt - 1);
    expect(fresh.welcome.missed.map((e) => e.type)).toEqual(["session.opened"]);
    expect(fresh.timeline.state).toEqual(viewOf(state, "partnerB"));
    expect(fresh.timeline.state.lastRecap?.ordinal).toBe(1);
    // A page that was already in this session gets only what it missed, no snapshot.
    const back = await seat(room.links.partnerA, openedAt);
    expect(back.welcome.snapshot).toBeNull();
    expect(back.welcome.missed).toEqual([]);

    // Catch-up comes in pages that say how far the log goes.
    const page = await server.authority.page(room.roomId, 0, 5);
    expect(page.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(page.latestSeq).toBe(6);
    const last = await server.authority.page(room.roomId, openedAt - 2, 5);
    expect(last).toMatchObject({ latestSeq: openedAt });
  });

  it("welcomes a page into a long session from a snapshot and its last events, however long the session grew", async () => {
    const room = await server.createRoom();
    const a = await seat(room.links.partnerA);
    let latest = 0;
    for (let n = 0; n < welcomeTail + 40; n++) {
      const ack = await a.act({ actionId: crypto.randomUUID(), type: "lobby.setTopic", content: { topic: `Topic ${n}` } });
      if (!ack.ok) throw new Error(ack.code);
      latest = ack.seq;
    }
    const state = await server.authority.state(room.roomId);
    const fresh = await seat(room.links.partnerB);
    expect(fresh.welcome.missed).toHaveLength(welcomeTail);
    expect(fresh.welcome.snapshot?.seq).toBe(latest - welcomeTail);
    expect(fresh.timeline.state).toEqual(viewOf(state, "partnerB"));
    expect(fresh.timeline.state.topic).toBe(`Topic ${welcomeTail + 39}`);
    // A page far behind in the same session starts from the snapshot too; one just behind gets what it missed.
    const behind = await seat(room.links.partnerA, 5);
    expect(behind.welcome.snapshot?.seq).toBe(latest - welcomeTail);
    expect(behind.timeline.state).toEqual(viewOf(state, "partnerA"));
    const near = await seat(room.links.partnerA, latest - 3);
    expect(near.welcome.snapshot).toBeNull();
    expect(near.welcome.missed.map((e) => e.seq)).toEqual([latest - 2, latest - 1, latest]);
  });

  it("answers a failure nobody expected with internal, to the sender only, and carries on", async () => {
    const room = await server.createRoom();
    const [a, b] = [await seat(room.links.partnerA), await seat(room.links.partnerB)];
    const act = server.authority.act.bind(server.authority);
    server.authority.act = async () => {
      throw new TypeError("a bug, with a stack nobody should see");
    };
    try {
      const ack = await a.act(action());
      expect(ack).toEqual({ ok: false, code: "internal", message: expect.any(String) });
      expect(JSON.stringify(ack)).not.toMatch(/stack|TypeError|bug/);
    } finally {
      server.authority.act = act;
    }
    expect(await a.act(action())).toMatchObject({ ok: true });
    await b.waitForSeq(3);
  });
});

describe(`a deployment's own numbers of the method on ${dbKind}`, () => {
  const method = engineOptions({ reflectionTries: 4, pauseMinutes: [2, 5, 10, 20] });
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ method });
  });
  afterAll(() => server.close());

  it("tells every page its numbers and holds the room to them: a 4th try, a 10-minute pause", async () => {
    const room = await server.createRoom();
    const [a, b] = [await connectSeat(server.url, room.links.partnerA), await connectSeat(server.url, room.links.partnerB)];
    try {
      expect(a.welcome.options).toMatchObject({ reflectionTries: 4, pauseMinutes: [2, 5, 10, 20] });
      const seats = { partnerA: a, partnerB: b };
      const ok = async (role: "partnerA" | "partnerB", draft: object) => {
        const ack = await seats[role].act({ actionId: crypto.randomUUID(), ...draft });
        if (!ack.ok) throw new Error(`${role} refused: ${ack.code}`);
        await Promise.all([a.waitForSeq(ack.seq), b.waitForSeq(ack.seq)]);
      };
      for (const p of ["partnerA", "partnerB"] as const) await ok(p, { type: "lobby.ready" });
      for (const p of ["partnerA", "partnerB"] as const) {
        await ok(p, { type: "checkIn.submit", content: { feelings: [{ feeling: "calm", intensity: 3 }], note: "" } });
      }
      const round = unclearRound("partnerA", method);
      for (const [role, draft] of round.slice(0, -1)) await ok(role, draft);
      const state = a.timeline.state.session;
      expect(state?.phase === "share" && state.round.attempts.length).toBe(4);
      expect(state?.record.rounds).toEqual([]);
      for (const [role, draft] of round.slice(-1)) await ok(role, draft);
      expect(a.timeline.state.session?.record.rounds[0]?.outcome).toBe("unclear");
      await ok("partnerB", { type: "pause.raise", minutes: 10 });
      expect(a.timeline.state.session?.pause?.minutes).toBe(10);
      const refused = await a.act({ actionId: crypto.randomUUID(), type: "pause.raise", minutes: 3 });
      expect(refused).toMatchObject({ ok: false, code: "paused" });
    } finally {
      a.close();
      b.close();
    }
  });
});
