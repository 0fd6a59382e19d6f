import { randomBytes } from "node:crypto";
import { maxSeq, refusal, type Welcome } from "@repair-room/protocol";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { limitRates } from "../src/limits/limits.js";
import { connectSeat, parseLink, type SeatClient } from "./support/seat-client.js";
import { dbKind } from "./support/test-db.js";
import { defaultRoom, startTestServer, type TestServer } from "./support/test-server.js";

/**
 * What probing the server from outside found (issue [8]), one block per finding, each as a
 * plain client or browser would meet it: over HTTP and real sockets, checked on what the
 * database holds afterwards.
 */
describe(`found from outside, on ${dbKind}`, () => {
  let server: TestServer;
  const log: string[] = [];
  const clients: SeatClient[] = [];
  beforeAll(async () => {
    server = await startTestServer({ log });
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });
  afterAll(() => server.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const seat = async (link: string) => {
    const client = await connectSeat(server.url, link);
    clients.push(client);
    return client;
  };
  const errorLines = () => log.filter((line) => JSON.parse(line).level >= 50);

  describe("1. text Postgres can't store is the sender's mistake, told as such", () => {
    const hostile = { nul: "Dishes\u0000", surrogate: "Dishes \uD83D", control: "Dishes\u001B[2J" };

    it.each(Object.entries(hostile))("a room whose topic has a %s is refused 400 invalid_input naming the topic, and nothing is written", async (_, topic) => {
      const before = await server.database.db.prisma.room.count();
      const errorsBefore = errorLines().length;
      const response = await post("/api/rooms", { ...defaultRoom, topic });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { ok: false, code: "invalid_input", field: "topic", message: expect.stringMatching(/character/) } });
      expect(await server.database.db.prisma.room.count()).toBe(before);
      expect(errorLines().length).toBe(errorsBefore);
    });

    it.each(Object.entries(hostile))("an action whose words have a %s is refused invalid_input naming the field, to the sender only", async (_, words) => {
      const room = await server.createRoom();
      const [a, b] = [await seat(room.links.partnerA), await seat(room.links.partnerB)];
      const errorsBefore = errorLines().length;
      const answer = await a.act({ actionId: "hostile-text-1", type: "lobby.setTopic", content: { topic: words } });
      expect(answer).toMatchObject({ ok: false, code: "invalid_input", field: "content.topic" });
      // Nothing changed: the next action is the next seq, and the other partner heard nothing.
      const ok = await a.act({ actionId: "plain-text-1", type: "lobby.setTopic", content: { topic: "Dishes" } });
      expect(ok).toEqual({ ok: true, seq: a.welcome.latestSeq + 1 });
      await b.waitForSeq(a.welcome.latestSeq + 1);
      expect(b.raw.join("")).not.toContain("hostile-text-1");
      expect(errorLines().length).toBe(errorsBefore);
    });
  });

  describe("2. an accepted action that changed nothing is answered the same forever", () => {
    it("a second 'ready' changes nothing, and its retry after the lobby changed still changes nothing", async () => {
      const room = await server.createRoom();
      const [a, b] = [await seat(room.links.partnerA), await seat(room.links.partnerB)];
      const start = a.welcome.latestSeq;
      expect(await a.act({ actionId: "ready-first", type: "lobby.ready" })).toEqual({ ok: true, seq: start + 1 });
      const noop = await a.act({ actionId: "ready-again", type: "lobby.ready" });
      expect(noop).toEqual({ ok: true, seq: start + 1 });
      // The other partner changes the topic: readiness is asked again of both.
      expect(await b.act({ actionId: "topic-by-b", type: "lobby.setTopic", content: { topic: "The holiday, again" } })).toMatchObject({ ok: true });
      await a.waitForSeq(start + 2);
      const latest = a.timeline.state.seq;
      // The retry of the no-op is answered as it was first answered, and appends nothing.
      expect(await a.act({ actionId: "ready-again", type: "lobby.ready" })).toEqual(noop);
      const events = await server.database.db.prisma.event.count({ where: { roomId: room.roomId } });
      expect(await server.database.db.prisma.room.findUniqueOrThrow({ where: { id: room.roomId } })).toMatchObject({ lastSeq: latest });
      expect(events).toBe(latest);
      // Another seat can't claim that actionId either.
      expect(await b.act({ actionId: "ready-again", type: "lobby.ready" })).toMatchObject({ ok: false, code: "invalid_input", field: "actionId" });
    });
  });

  describe("4. limits that survive reconnecting", () => {
    let limited: TestServer;
    beforeAll(async () => {
      limited = await startTestServer({ limitRates, trustProxy: true });
    });
    afterAll(() => limited.close());
    const from = async (link: string, address: string) => {
      const client = await connectSeat(limited.url, link, { extraHeaders: { "x-forwarded-for": address } });
      clients.push(client);
      return client;
    };
    const flood = (client: SeatClient, n: number, tag: string) =>
      Promise.all(Array.from({ length: n }, (_, i) => client.act({ actionId: `${tag}-${i}-flood`, type: "lobby.firstSpeaker", speaker: "partnerA" })));

    it("a seat's budget is the seat's: reconnecting, even from other addresses, doesn't refill it", async () => {
      const room = await limited.createRoom();
      const first = await flood(await from(room.links.partnerA, "198.51.100.1"), 60, "first");
      const accepted = first.filter((a) => a.ok).length;
      expect(accepted).toBeGreaterThanOrEqual(limitRates.seatRequests.burst);
      expect(accepted).toBeLessThanOrEqual(limitRates.seatRequests.burst + 2 * limitRates.seatRequests.perSecond);
      const refused = first.find((a) => !a.ok);
      expect(refused).toMatchObject({ ok: false, code: "rate_limited", retryAfterMs: expect.any(Number) });
      // Five reconnects, each from another address, each flooding at once: the seat is still spent.
      let later = 0;
      for (let i = 0; i < 5; i++) {
        const again = await from(room.links.partnerA, `198.51.100.${10 + i}`);
        later += (await flood(again, 10, `again${i}`)).filter((a) => a.ok).length;
        again.close();
      }
      // Only what the steady rate refilled meanwhile (a few a second), never a fresh burst.
      expect(later).toBeLessThan(limitRates.seatRequests.burst / 2);
    });

    it("the first partner's flood leaves the second partner's budget alone", async () => {
      const room = await limited.createRoom();
      await flood(await from(room.links.partnerA, "198.51.100.40"), 60, "a");
      const b = await from(room.links.partnerB, "198.51.100.41");
      expect(await b.act({ actionId: "b-after-flood", type: "lobby.firstSpeaker", speaker: "partnerB" })).toMatchObject({ ok: true });
    });

    it("caps connection attempts on one link, with a typed refusal saying when to try again", async () => {
      const room = await limited.createRoom();
      const { roomId, token } = parseLink(room.links.partnerB);
      const { io } = await import("socket.io-client");
      const attempt = (i: number) =>
        new Promise<{ ok: true } | { ok: false; refusal: unknown }>((resolve) => {
          const socket = io(limited.url, { auth: { roomId, token, lastSeq: 0 }, transports: ["websocket"], reconnection: false, forceNew: true, extraHeaders: { "x-forwarded-for": `192.0.2.${i}` } });
          socket.once("welcome", () => {
            socket.close();
            resolve({ ok: true });
          });
          socket.once("connect_error", (error) => {
            socket.close();
            resolve({ ok: false, refusal: (error as Error & { data?: { refusal?: unknown } }).data?.refusal });
          });
        });
      const outcomes = [];
      for (let i = 0; i < 30; i++) outcomes.push(await attempt(i));
      const allowed = limitRates.linkConnections.burst + limitRates.linkConnections.perMinute;
      expect(outcomes.filter((o) => o.ok).length).toBeGreaterThanOrEqual(allowed - 1);
      expect(outcomes.filter((o) => o.ok).length).toBeLessThanOrEqual(allowed + 1);
      expect(outcomes.at(-1)).toMatchObject({ ok: false, refusal: { code: "rate_limited", retryAfterMs: expect.any(Number) } });
    });

    it("caps connection attempts from one address whatever the links, so guessing links gets nowhere fast", async () => {
      const room = await limited.createRoom();
      const { roomId } = parseLink(room.links.partnerA);
      const { io } = await import("socket.io-client");
      const codes: string[] = [];
      for (let i = 0; i < limitRates.addressConnections.burst + limitRates.addressConnections.perMinute + 5; i++) {
        const token = `${String(i).padStart(3, "0")}${"x".repeat(40)}`;
        codes.push(
          await new Promise<string>((resolve) => {
            const socket = io(limited.url, { auth: { roomId, token, lastSeq: 0 }, transports: ["websocket"], reconnection: false, forceNew: true, extraHeaders: { "x-forwarded-for": "203.0.113.99" } });
            socket.once("connect_error", (error) => {
              socket.close();
              resolve((error as Error & { data?: { refusal?: { code: string } } }).data?.refusal?.code ?? "none");
            });
            socket.once("welcome", () => resolve("welcome"));
          }),
        );
      }
      expect(codes.slice(0, 10)).toEqual(Array(10).fill("invalid_link"));
      expect(codes.slice(-5)).toEqual(Array(5).fill("rate_limited"));
    });
  });

  describe("5. room creation limited per address, an IPv6 /64 as one", () => {
    it("rotating through addresses of one /64 doesn't get more rooms; another /64 is not held back", async () => {
      const limited = await startTestServer({ roomsPerMinute: 3, trustProxy: true });
      try {
        const create = (address: string) =>
          fetch(`${limited.url}/api/rooms`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": address }, body: JSON.stringify(defaultRoom) });
        const statuses = [];
        for (const address of ["2001:db8:aa:bb::1", "2001:db8:aa:bb::2", "2001:db8:aa:bb::3", "2001:db8:aa:bb::abcd:1", "2001:db8:aa:bb:ffff:ffff:ffff:ffff"]) {
          statuses.push((await create(address)).status);
        }
        expect(statuses).toEqual([201, 201, 201, 429, 429]);
        const refused = await create("2001:db8:aa:bb::99");
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(await refused.json()).toMatchObject({ error: { ok: false, code: "rate_limited", retryAfterMs: expect.any(Number) } });
        expect((await create("2001:db8:aa:cc::1")).status).toBe(201);
        expect((await create("198.51.100.7")).status).toBe(201);
      } finally {
        await limited.close();
      }
    });
  });

  describe("6. a re-issued link is the room's randomness, safe to ask for again, and refused one way", () => {
    const weak = "A".repeat(43);
    const tokenOf = (link: string) => parseLink(link).token;

    it("whatever the device sends, even 43 × 'A', the new token is the room's own 256 bits", async () => {
      const [one, two] = [await server.createRoom(), await server.createRoom()];
      const links: string[] = [];
      for (const room of [one, two]) {
        const holder = await seat(room.links.partnerA);
        const answer = await holder.socket.emitWithAck("reissueLink", { request: weak });
        expect(answer).toMatchObject({ ok: true });
        links.push(answer.ok ? answer.link : "");
      }
      const tokens = links.map(tokenOf);
      for (const token of tokens) {
        expect(token).not.toBe(weak);
        expect(Buffer.from(token, "base64url")).toHaveLength(32);
      }
      // The same weak request on two seats gives two unrelated tokens: the device's part adds nothing guessable.
      expect(tokens[0]).not.toBe(tokens[1]);
      // 43 × 'A' opens nothing.
      await expect(connectSeat(server.url, `${server.url}/r/${one.roomId}#${weak}`)).rejects.toMatchObject({ message: "invalid_link" });
      const fresh = await seat(links[0]!);
      expect(fresh.welcome.role).toBe("partnerA");
    });

    it("after a lost answer the same request gets the same link, and a page turned away on its old link claims it with its key", async () => {
      const room = await server.createRoom();
      const holder = await seat(room.links.partnerB);
      const request = randomBytes(32).toString("base64url");
      const answer = await holder.socket.emitWithAck("reissueLink", { request });
      expect(await holder.socket.emitWithAck("reissueLink", { request })).toEqual(answer);
      holder.close();
      const newToken = tokenOf(answer.ok ? answer.link : "");
      // The page never heard the answer: it connects with its old token and the key it kept.
      const { roomId, token } = parseLink(room.links.partnerB);
      const { io } = await import("socket.io-client");
      const claim = (key: string) =>
        new Promise<{ welcome?: Welcome; refusal?: string }>((resolve) => {
          const socket = io(server.url, { auth: { roomId, token, lastSeq: 0, reissue: key }, transports: ["websocket"], reconnection: false, forceNew: true });
          socket.once("welcome", (welcome: Welcome) => {
            socket.close();
            resolve({ welcome });
          });
          socket.once("connect_error", (error) => {
            socket.close();
            resolve({ refusal: (error as Error & { data?: { refusal?: { code: string } } }).data?.refusal?.code });
          });
        });
      const claimed = await claim(request);
      expect(claimed.welcome).toMatchObject({ role: "partnerB", reissuedToken: newToken });
      // Without the key (or with another), the old link is only turned away.
      expect(await claim(randomBytes(32).toString("base64url"))).toEqual({ refusal: "link_revoked" });
      await expect(connectSeat(server.url, room.links.partnerB)).rejects.toMatchObject({ message: "link_revoked" });
    });

    it("answers every refusal the same, and asking with another seat's token tells nothing about it", async () => {
      const [room, other] = [await server.createRoom(), await server.createRoom()];
      const [tab1, tab2] = [await seat(room.links.observer), await seat(room.links.observer)];
      const replaced = await tab1.socket.emitWithAck("reissueLink", { request: randomBytes(32).toString("base64url") });
      expect(replaced).toMatchObject({ ok: true });
      // The old probe: a "new" token that is another room's live link. It is only a request key now.
      const probe = await seat(room.links.partnerA);
      const answer = await probe.socket.emitWithAck("reissueLink", { request: tokenOf(other.links.partnerA) });
      expect(answer).toMatchObject({ ok: true });
      expect(tokenOf(answer.ok ? answer.link : "")).not.toBe(tokenOf(other.links.partnerA));
      // The other room's link still works, untouched.
      expect((await seat(other.links.partnerA)).welcome.role).toBe("partnerA");
      // A seat already replaced (tab2 is on the old link): refused, in the one way every refusal is.
      const refused = await tab2.socket.timeout(3_000).emitWithAck("reissueLink", { request: randomBytes(32).toString("base64url") }).catch(() => null);
      if (refused) expect(refused).toEqual(refusal("link_revoked"));
    });
  });

  describe("7. nobody is told who stopped, not even by who came back first", () => {
    it("the other partner and the observer see 'stopped' and 'came back' without an actor; the one who stopped sees their own", async () => {
      const room = await server.createRoom();
      const [a, b, coach] = [await seat(room.links.partnerA), await seat(room.links.partnerB), await seat(room.links.observer)];
      const start = a.welcome.latestSeq;
      expect(await a.act({ actionId: "a-stops-0001", type: "session.leave" })).toEqual({ ok: true, seq: start + 1 });
      expect(await a.act({ actionId: "a-returns-01", type: "session.return" })).toEqual({ ok: true, seq: start + 2 });
      await Promise.all([b.waitForSeq(start + 2), coach.waitForSeq(start + 2)]);
      const away = (c: SeatClient) => c.received.filter((e) => e.type === "session.left" || e.type === "session.returned").map((e) => [e.type, e.actor]);
      expect(away(a)).toEqual([["session.left", "partnerA"], ["session.returned", "partnerA"]]);
      for (const other of [b, coach]) {
        expect(away(other)).toEqual([["session.left", null], ["session.returned", null]]);
        expect(other.raw.filter((p) => p.includes("session.returned")).join("")).not.toContain("partnerA");
      }
      // Still, whoever is back counts: B coming back resumes the session for everyone.
      expect(await b.act({ actionId: "b-returns-01", type: "session.return" })).toEqual({ ok: true, seq: start + 4 });
      await coach.waitForSeq(start + 4);
      expect(coach.received.at(-1)).toMatchObject({ type: "session.resumed" });
    });
  });

  describe("8. names must have something visible", () => {
    it.each(["\u200B\u200B", "\u200D", "\u3164", "\uFEFF "])("a room for a partner named %j is refused: please write the name", async (name) => {
      const response = await post("/api/rooms", { ...defaultRoom, partnerB: { name } });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_input", field: "partnerB.name", message: expect.stringMatching(/Please write/) } });
    });

    it("a partner can't rename themselves to nothing visible", async () => {
      const room = await server.createRoom();
      const a = await seat(room.links.partnerA);
      expect(await a.act({ actionId: "invisible-name", type: "lobby.setName", content: { name: "\u200B" } })).toMatchObject({
        ok: false,
        code: "invalid_input",
        field: "content.name",
      });
    });
  });

  describe("8. headers: secrets never cached, no powerful features, socket.io's replies as guarded as the rest", () => {
    const securityHeaders = ["content-security-policy", "referrer-policy", "x-content-type-options", "x-frame-options", "cross-origin-opener-policy", "cross-origin-resource-policy", "permissions-policy"];

    it("the reply carrying a new room's links says no-store", async () => {
      const response = await post("/api/rooms", defaultRoom);
      expect(response.status).toBe(201);
      expect(response.headers.get("cache-control")).toBe("no-store");
    });

    it("every reply has a Permissions-Policy that allows no camera, microphone, location or payment", async () => {
      for (const response of [await fetch(`${server.url}/api/health`), await post("/api/rooms", defaultRoom), await fetch(`${server.url}/nothing-here`)]) {
        const policy = response.headers.get("permissions-policy") ?? "";
        for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(policy).toContain(`${feature}=()`);
      }
    });

    it("socket.io's replies carry the same security headers as the API's, and are never cached", async () => {
      const api = await fetch(`${server.url}/api/health`);
      const polling = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: server.url } });
      const refused = await fetch(`${server.url}/socket.io/?EIO=4&transport=nonsense`);
      for (const response of [polling, refused]) {
        for (const name of securityHeaders) expect(response.headers.get(name), name).toBe(api.headers.get(name));
        expect(response.headers.get("cache-control")).toBe("no-store");
      }
    });
  });

  describe("9. what the hostile-packet fuzz found (fuzz.int.test.ts)", () => {
    it("a seq past what a room can count is the sender's mistake: sync says invalid_input, the handshake invalid_link, and nothing is logged", async () => {
      const room = await server.createRoom();
      const a = await seat(room.links.partnerA);
      const errorsBefore = errorLines().length;
      expect(await a.socket.emitWithAck("sync", { afterSeq: maxSeq + 1 })).toMatchObject({ ok: false, code: "invalid_input" });
      expect(await a.socket.emitWithAck("sync", { afterSeq: maxSeq })).toMatchObject({ ok: true, events: [] });
      const refused = await connectSeat(server.url, room.links.partnerB, { lastSeq: Number.MAX_SAFE_INTEGER }).then(
        () => null,
        (error: { refusal?: unknown }) => error.refusal,
      );
      expect(refused).toMatchObject({ ok: false, code: "invalid_link" });
      expect(errorLines().length).toBe(errorsBefore);
    });

    it("an address that does not decode is answered 400 with a typed refusal, like every other", async () => {
      const response = await fetch(`${server.url}/%%`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: refusal("invalid_input", undefined, "There is nothing at this address.") });
    });
  });
});
