import { randomBytes } from "node:crypto";
import type { Duplex } from "node:stream";
import type { Refusal } from "@repair-room/protocol";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connectSeat, type SeatClient } from "./support/seat-client.js";
import { SessionDriver } from "./support/session-driver.js";
import { dbKind } from "./support/test-db.js";
import { defaultRoom, startTestServer, type TestServer } from "./support/test-server.js";

describe(`the room's history, links and deletion on ${dbKind}`, () => {
  let server: TestServer;
  const open: SeatClient[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(() => open.splice(0).forEach((c) => c.close()));
  afterAll(() => server.close());

  async function seat(link: string) {
    const client = await connectSeat(server.url, link);
    open.push(client);
    return client;
  }
  const newToken = () => randomBytes(32).toString("base64url");
  const closingOf = (client: SeatClient) =>
    new Promise<Refusal>((resolve) => client.socket.once("closing", resolve));

  it("lists the sessions with the recap exactly as stored, its timeline in words, notes to observers only", async () => {
    const room = await server.createRoom();
    const driver = new SessionDriver({
      partnerA: await seat(room.links.partnerA),
      partnerB: await seat(room.links.partnerB),
      observer: await seat(room.links.observer),
    });
    expect((await driver.seats.observer.socket.emitWithAck("note", { text: "COACH-ONLY: both calm" })).ok).toBe(true);
    await driver.closeBriefly();
    await driver.ok("partnerA", { type: "session.openFollowUp" });

    const answer = await driver.seats.observer.socket.emitWithAck("history", {});
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.sessions.map((s) => [s.ordinal, s.kind, s.phase, s.closedAt !== null])).toEqual([
      [1, "first", "closed", true],
      [2, "followUp", "lobby", false],
    ]);
    const stored = await server.database.db.prisma.recap.findFirstOrThrow({ where: { session: { roomId: room.roomId } } });
    expect(answer.sessions[0]?.recap).toEqual(stored.content);
    expect(answer.sessions[1]?.recap).toBeNull();
    const timeline = answer.sessions[0]?.recap?.timeline.map((t) => t.text) ?? [];
    expect(timeline[0]).toBe("The session began.");
    expect(timeline).toContain("Alex checked in.");
    expect(timeline.at(-1)).toBe("Both approved the recap. The session is closed.");
    expect(answer.sessions[0]?.notes?.map((n) => n.text)).toEqual(["COACH-ONLY: both calm"]);
    expect(answer.sessions[1]?.notes).toEqual([]);

    // A partner's history is the same sessions and recaps without the coach's notes.
    const partners = [driver.seats.partnerA, driver.seats.partnerB];
    for (const partner of partners) {
      const theirs = await partner.socket.emitWithAck("history", {});
      expect(theirs.ok && theirs.sessions.map((s) => s.recap)).toEqual(answer.sessions.map((s) => s.recap));
      expect(theirs.ok && theirs.sessions.every((s) => s.notes === undefined)).toBe(true);
      expect(partner.raw.join("\n")).not.toContain("COACH-ONLY");
    }
  });

  it("keeps the other recaps readable when one stored recap no longer reads as a recap", async () => {
    const room = await server.createRoom();
    const driver = new SessionDriver({
      partnerA: await seat(room.links.partnerA),
      partnerB: await seat(room.links.partnerB),
      observer: await seat(room.links.observer),
    });
    await driver.closeBriefly();
    await driver.ok("partnerA", { type: "session.openFollowUp" });
    await driver.closeBriefly();
    const prisma = server.database.db.prisma;
    const first = await prisma.session.findFirstOrThrow({ where: { roomId: room.roomId, ordinal: 1 } });
    await prisma.recap.update({ where: { sessionId: first.id }, data: { content: { recapVersion: 99 } } });
    const answer = await driver.seats.partnerB.socket.emitWithAck("history", {});
    expect(answer.ok && answer.sessions.map((s) => [s.ordinal, s.recap?.ordinal ?? null])).toEqual([
      [1, null],
      [2, 2],
    ]);
  });

  it("re-issues a seat's link: the old one stops at once and its other sockets are told", async () => {
    const room = await server.createRoom();
    const holder = await seat(room.links.observer);
    const otherTab = await seat(room.links.observer);
    const partner = await seat(room.links.partnerA);
    const told = closingOf(otherTab);
    const disconnected = new Promise<void>((resolve) => otherTab.socket.once("disconnect", () => resolve()));

    expect(await holder.socket.emitWithAck("reissueLink", {})).toMatchObject({ ok: false, code: "invalid_input" });
    const request = newToken();
    const answer = await holder.socket.emitWithAck("reissueLink", { request });
    // It points where the page came from, though the socket's request was let go of once welcomed.
    expect(answer).toMatchObject({ ok: true, link: expect.stringMatching(new RegExp(`^${server.url}/r/${room.roomId}#[A-Za-z0-9_-]{43}$`)) });
    // The room made the token, not the device.
    expect(answer.ok && answer.link).not.toContain(request);
    // The answer was lost, say: asking again with the same request answers the same.
    expect(await holder.socket.emitWithAck("reissueLink", { request })).toEqual(answer);
    expect(await told).toMatchObject({ code: "link_revoked" });
    await disconnected;
    expect(partner.socket.connected).toBe(true);
    expect(holder.socket.connected).toBe(true);

    await expect(connectSeat(server.url, room.links.observer)).rejects.toMatchObject({ message: "link_revoked" });
    const fresh = await seat(answer.ok ? answer.link : "");
    expect(fresh.welcome.role).toBe("observer");
    // The holder's socket now acts as the new seat.
    expect(await holder.act({ actionId: crypto.randomUUID(), type: "pause.raise", minutes: 2 })).toMatchObject({ ok: true });
    const seats = await server.database.db.prisma.seat.findMany({ where: { roomId: room.roomId, role: "observer" } });
    expect(seats.map((s) => s.revokedAt === null).sort()).toEqual([false, true]);
  });

  it("keeps no link token, header, query or upgrade request of a socket once it is welcomed", async () => {
    const room = await server.createRoom();
    const connections: Duplex[] = [];
    const upgraded = (_request: unknown, connection: Duplex) => connections.push(connection);
    server.io.httpServer.on("upgrade", upgraded);
    const partner = await seat(room.links.partnerA);
    server.io.httpServer.off("upgrade", upgraded);
    const token = room.links.partnerA.split("#")[1]!;
    const sockets = [...server.io.of("/").sockets.values()];
    expect(sockets.length).toBeGreaterThan(0);
    for (const socket of sockets) {
      expect(JSON.stringify(socket.handshake)).not.toContain(token);
      expect(socket.handshake.headers).toEqual({});
      expect(socket.request).toBeUndefined();
    }
    // Nothing on the connection holds the request any more: engine.io's one-off "close" listener
    // (its stand-in response's) is gone, the WebSocket's own stays.
    expect(connections).toHaveLength(1);
    const closeListeners = connections[0]!.rawListeners("close");
    expect(closeListeners).toHaveLength(1);
    expect(closeListeners.filter((l) => "listener" in l)).toEqual([]);
    // What the socket still needs is kept: it acts and is answered, and its closing is heard.
    expect(await partner.act({ actionId: crypto.randomUUID(), type: "lobby.setTopic", content: { topic: "Still here" } })).toMatchObject({ ok: true });
    const serverSide = [...server.io.of("/").sockets.values()].find((s) => s.data.seat.roomId === room.roomId)!;
    const gone = new Promise((resolve) => serverSide.once("disconnect", resolve));
    // The connection itself closes (no goodbye from the page, as when a phone loses its network).
    partner.socket.io.engine.close();
    expect(await gone).toBe("transport close");
  });

  it("lets no socket on a revoked link act, read, or mint another link", async () => {
    const room = await server.createRoom();
    const tabs = [await seat(room.links.partnerA), await seat(room.links.partnerA)];
    // Both tabs ask at once: one link wins; the other is refused, or closed before its answer.
    const answers = await Promise.all(
      tabs.map((tab) => tab.socket.timeout(3_000).emitWithAck("reissueLink", { request: newToken() }).catch(() => null)),
    );
    expect(answers.filter((a) => a?.ok)).toHaveLength(1);
    for (const a of answers) if (a && !a.ok) expect(a.code).toBe("link_revoked");
    const prisma = server.database.db.prisma;
    expect(await prisma.seat.count({ where: { roomId: room.roomId, role: "partnerA", revokedAt: null } })).toBe(1);

    // A socket that outlived the revocation (its closing lost on the way, say) holds the old
    // seat: the authority refuses it everything, whatever the socket layer still believes.
    const old = await prisma.seat.findFirstOrThrow({ where: { roomId: room.roomId, role: "partnerA", revokedAt: { not: null } } });
    const stale = { seatId: old.id, roomId: room.roomId, role: "partnerA" as const, revoked: false };
    expect((await server.authority.act(stale, { actionId: crypto.randomUUID(), type: "lobby.ready" })).ack).toMatchObject({ ok: false, code: "link_revoked" });
    expect(await server.authority.reissue(stale, newToken())).toBe("refused");
    expect(await server.authority.seatIsLive(old.id)).toBe(false);
    expect(await prisma.event.count({ where: { roomId: room.roomId, type: "lobby.ready" } })).toBe(0);
  });

  it("deletes the room after a confirmation naming its topic, leaving no row and telling everyone", async () => {
    const room = await server.createRoom();
    const keep = await server.createRoom({ ...defaultRoom, topic: "Another couple's room" });
    const a = await seat(room.links.partnerA);
    const b = await seat(room.links.partnerB);
    const o = await seat(room.links.observer);
    // A closed session (its recap), a follow-up, and a note: every table holds something.
    const driver = new SessionDriver({ partnerA: a, partnerB: b, observer: o });
    await driver.closeBriefly();
    await driver.ok("partnerB", { type: "session.openFollowUp" });
    expect((await o.socket.emitWithAck("note", { text: "a note" })).ok).toBe(true);
    const prisma = server.database.db.prisma;
    expect(await prisma.recap.count({ where: { session: { roomId: room.roomId } } })).toBe(1);
    const sessionIds = (await prisma.session.findMany({ where: { roomId: room.roomId } })).map((s) => s.id);

    expect(await o.socket.emitWithAck("deleteRoom", { confirmTopic: defaultRoom.topic })).toMatchObject({ ok: false, code: "not_your_seat" });
    expect(await b.socket.emitWithAck("deleteRoom", { confirmTopic: "the dishes" })).toMatchObject({ ok: false, code: "invalid_input", field: "confirmTopic" });
    expect(await prisma.room.count({ where: { id: room.roomId } })).toBe(1);

    const told = [a, o].map(closingOf);
    expect(await b.socket.emitWithAck("deleteRoom", { confirmTopic: defaultRoom.topic })).toEqual({ ok: true });
    for (const refusal of await Promise.all(told)) expect(refusal).toMatchObject({ code: "room_deleted" });

    const left = await Promise.all([
      prisma.room.count({ where: { id: room.roomId } }),
      prisma.seat.count({ where: { roomId: room.roomId } }),
      prisma.session.count({ where: { roomId: room.roomId } }),
      prisma.event.count({ where: { roomId: room.roomId } }),
      prisma.recap.count({ where: { sessionId: { in: sessionIds } } }),
      prisma.observerNote.count({ where: { sessionId: { in: sessionIds } } }),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await prisma.room.count({ where: { id: keep.roomId } })).toBe(1);
    await expect(connectSeat(server.url, room.links.partnerA)).rejects.toMatchObject({ message: "unknown_room" });
  });
});
