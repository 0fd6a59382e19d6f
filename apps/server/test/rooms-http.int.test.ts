import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSeat } from "./support/seat-client.js";
import { dbKind } from "./support/test-db.js";
import { defaultRoom, startTestServer, type TestServer } from "./support/test-server.js";

describe(`POST /api/rooms on ${dbKind}`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/rooms`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const countRooms = () => server.database.db.prisma.room.count();

  it("creates a room with three secret links whose tokens are stored only as hashes", async () => {
    const response = await post(defaultRoom, { origin: "https://repair.example" });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { roomId: string; links: Record<string, string> };
    expect(body.roomId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Object.keys(body.links).sort()).toEqual(["observer", "partnerA", "partnerB"]);

    const prisma = server.database.db.prisma;
    const seats = await prisma.seat.findMany({ where: { roomId: body.roomId } });
    for (const [role, link] of Object.entries(body.links)) {
      const match = link.match(/^https:\/\/repair\.example\/r\/([A-Za-z0-9_-]{22})#([A-Za-z0-9_-]{43})$/);
      expect(match, link).not.toBeNull();
      const [, roomId, token] = match!;
      expect(roomId).toBe(body.roomId);
      // 43 base64url characters carry 256 bits.
      expect(Buffer.from(token!, "base64url")).toHaveLength(32);
      const seat = seats.find((s) => s.role === role);
      expect(seat?.tokenHash).toBe(createHash("sha256").update(token!).digest("hex"));
    }
    // The tokens themselves appear nowhere in the database.
    const dump = JSON.stringify(
      await Promise.all([prisma.room.findMany(), prisma.seat.findMany(), prisma.event.findMany(), prisma.session.findMany()]),
    );
    for (const link of Object.values(body.links)) expect(dump).not.toContain(link.split("#")[1]);

    const room = await prisma.room.findUniqueOrThrow({ where: { id: body.roomId } });
    expect(room).toMatchObject({ topic: defaultRoom.topic, partnerAName: "Sam", partnerBName: "Alex", lastSeq: 2 });
    const session = await prisma.session.findFirstOrThrow({ where: { roomId: body.roomId } });
    expect(session).toMatchObject({ ordinal: 1, kind: "first", phase: "lobby", closedAt: null });
  });

  it("gives every room different tokens", async () => {
    const a = await server.createRoom();
    const b = await server.createRoom();
    const tokens = [...Object.values(a.links), ...Object.values(b.links)].map((l) => l.split("#")[1]);
    expect(new Set(tokens).size).toBe(6);
  });

  it.each([
    [{ ...defaultRoom, topic: "   " }, "invalid_input", "topic"],
    [{ ...defaultRoom, partnerA: { name: "" } }, "invalid_input", "partnerA.name"],
    [{ topic: "x", partnerA: { name: "Sam" } }, "invalid_input", "partnerB"],
    [{ ...defaultRoom, partnerB: { name: "A".repeat(41) } }, "too_long", "partnerB.name"],
    [{ ...defaultRoom, topic: "t".repeat(121) }, "too_long", "topic"],
    [{ ...defaultRoom, topic: 42 }, "invalid_input", "topic"],
  ])("refuses %j with %s naming %s, writing nothing", async (body, code, field) => {
    const before = await countRooms();
    const response = await post(body);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; field: string; message: string } };
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(await countRooms()).toBe(before);
  });

  it("answers malformed JSON with a plain 400 and no stack", async () => {
    const response = await post("{not json");
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).error.code).toBe("invalid_input");
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it("limits how many rooms one address creates in a minute", async () => {
    const limited = await startTestServer({ roomsPerMinute: 2 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${limited.url}/api/rooms`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(defaultRoom),
        });
        statuses.push(response.status);
        if (response.status === 429) expect(((await response.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
      }
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });

  it("sets security headers and a content security policy", async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe(`links on a deployment with PUBLIC_URL, on ${dbKind}`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ publicUrl: "https://repair.example.org" });
  });
  afterAll(() => server.close());

  it("are made for the public address, whatever address the room was made on", async () => {
    const response = await fetch(`${server.url}/api/rooms`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify(defaultRoom),
    });
    const body = (await response.json()) as { roomId: string; links: Record<string, string> };
    for (const link of Object.values(body.links)) expect(link).toMatch(new RegExp(`^https://repair\\.example\\.org/r/${body.roomId}#[A-Za-z0-9_-]{43}$`));
    const seat = await connectSeat(server.url, body.links.observer ?? "");
    const reissued = await seat.socket.emitWithAck("reissueLink", { request: randomBytes(32).toString("base64url") });
    expect(reissued.ok && reissued.link).toMatch(/^https:\/\/repair\.example\.org\/r\//);
    seat.close();
  });
});
