import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { receive } from "@repair-room/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSeat } from "./support/seat-client.js";
import { freshDatabase, type TestDatabase } from "./support/test-db.js";
import { startTestServer, type TestServer } from "./support/test-server.js";

/** A Redis of this test's own, so it can be stopped and started again without touching anyone else's. */
async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "pipe" });
  await new Promise<void>((resolve, reject) => {
    redis.once("error", reject);
    redis.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Ready to accept connections")) resolve();
    });
  });
  return redis;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("two servers when Redis goes away and comes back", () => {
  let database: TestDatabase;
  let one: TestServer;
  let two: TestServer;
  let redis: ChildProcess;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    database = await freshDatabase();
    one = await startTestServer({ database, redisUrl: `redis://127.0.0.1:${port}` });
    two = await startTestServer({ database, redisUrl: `redis://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    redis.kill("SIGKILL");
    await one.close();
    await two.close();
    await database.drop();
  });

  it("keep serving, let people join, and bring every partner up to date once it is back", async () => {
    const room = await one.createRoom();
    const a = await connectSeat(one.url, room.links.partnerA);
    const b = await connectSeat(two.url, room.links.partnerB);
    await a.waitForPresence((p) => p.partners.partnerB);

    redis.kill("SIGKILL");
    await new Promise((resolve) => redis.once("exit", resolve));

    // Actions are accepted and durable: the database is the truth, Redis only carries news.
    const during = await a.act({ actionId: crypto.randomUUID(), type: "lobby.ready" });
    expect(during).toMatchObject({ ok: true });
    // Joining still works: presence falls back to what this process knows.
    const o = await connectSeat(one.url, room.links.observer);
    expect(o.welcome.latestSeq).toBe(3);

    // B behaves as every page does: told where the log ends, it asks for what it is missing.
    const caughtUp = new Promise<void>((resolve) => {
      const check = () => {
        if (b.timeline.state.seq >= 3) resolve();
      };
      b.socket.on("events", () => setTimeout(check));
      b.socket.on("latest", ({ latestSeq }) => {
        if (latestSeq <= b.timeline.state.seq) return check();
        void b.socket.emitWithAck("sync", { afterSeq: b.timeline.state.seq }).then((caught) => {
          if (caught.ok) b.timeline = receive(b.timeline, caught.events);
          check();
        });
      });
    });
    redis = await startRedis(port);
    // Once Redis is back, B has the event published while it was away (late, or on being told).
    await caughtUp;
    const after = await a.act({ actionId: crypto.randomUUID(), type: "lobby.firstSpeaker", speaker: "partnerB" });
    expect(after).toMatchObject({ ok: true, seq: 4 });
    await b.waitForSeq(4);
    expect(b.timeline.events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    [a, b, o].forEach((c) => c.close());
  });
});
