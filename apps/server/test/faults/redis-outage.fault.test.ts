import { roles, type Role } from "@repair-room/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/test-db.js";
import { auditLog, compareViews } from "./support/audit.js";
import { sleep, until } from "./support/lifecycle.js";
import { startPrivateRedis, type PrivateRedis } from "./support/redis-server.js";
import { expectNothingAmiss, printFigures } from "./support/report.js";
import { serverProcess, type ServerProcess } from "./support/server-process.js";
import { openRooms, Traffic, type LiveRoom, type SettledAction } from "./support/traffic.js";

// Two server processes share every room through a Redis of the test's own, partner A on one
// and partner B on the other. Redis goes away for half a minute under steady traffic and
// comes back: actions go on being acked on both processes (the database is the truth), and
// once Redis is back each process's news reaches the other's seats live again, by itself.
const roomCount = Number(process.env.FAULT_ROOMS ?? 8);
/** As long as a Redis restart or failover can take in a real deployment (issue [7]). */
const outageMs = 30_000;

describe("two server processes while their Redis is stopped and started again", () => {
  let database: TestDatabase;
  let redis: PrivateRedis;
  let one: ServerProcess;
  let two: ServerProcess;
  let rooms: LiveRoom[] = [];
  beforeAll(async () => {
    database = await freshDatabase({ migrated: false });
    if (database.db.target.kind !== "postgres") throw new Error("fault tests run on Postgres (RR_TEST_DB=postgres)");
    redis = await startPrivateRedis();
    const env = { DATABASE_URL: database.db.target.url, REDIS_URL: redis.url };
    one = await serverProcess("one", env);
    two = await serverProcess("two", env);
    // One after the other: the first migrates the database, the second finds it done.
    await one.start();
    await two.start();
  });
  afterAll(async () => {
    for (const room of rooms) Object.values(room.seats).forEach((seat) => seat.close());
    await Promise.all([one?.stop(), two?.stop()]);
    await redis?.stop();
    await database?.drop();
  });

  it("loses no acked action, applies none twice, and carries news between the processes again", async () => {
    // Partner A on one, partner B on two; the observers alternate.
    const serverFor = (roomIndex: number, role: Role) => (role === "partnerA" ? one : role === "partnerB" ? two : roomIndex % 2 ? one : two);
    rooms = await openRooms(roomCount, (i) => (i % 2 ? two : one), (i, role) => serverFor(i, role).url);
    const pids = [one.pid(), two.pid()];
    const traffic = new Traffic(rooms).start();
    let stoppedAt = 0;
    let startedAt = 0;
    let caughtUpMs = 0;
    try {
      await traffic.flowing(30);
      stoppedAt = Date.now();
      await redis.stop();
      await sleep(outageMs);
      await redis.start();
      startedAt = Date.now();
      // What the rooms held when Redis came back: every seat must reach it by itself.
      const heldAtReturn = await database.db.raw.query<{ id: string; seq: number }>("SELECT id, last_seq AS seq FROM room WHERE id = ANY($1)", [rooms.map((r) => r.roomId)]);
      const caughtUp = until(
        () => heldAtReturn.every((r) => roles.every((role) => rooms.find((room) => room.roomId === r.id)!.seats[role].timeline.state.seq >= r.seq)),
        "every seat holding what the rooms held when Redis came back",
        60_000,
      ).then(() => (caughtUpMs = Date.now() - startedAt));
      await until(() => crossPushes(rooms, traffic.ackedSince(startedAt)).length > 0, "a live broadcast across processes after Redis is back", 60_000);
      await caughtUp;
      await traffic.flowing(30);
    } finally {
      await traffic.stop();
    }

    const acked = traffic.acked;
    const during = acked.filter((a) => a.settledAt > stoppedAt && a.sentAt < startedAt);
    const duringOn = (server: ServerProcess) => during.filter((a) => a.url === server.url).length;
    const before = crossPushes(rooms, acked.filter((a) => a.settledAt < stoppedAt));
    const after = crossPushes(rooms, traffic.ackedSince(startedAt));
    const recoveryMs = Math.min(...after.map((p) => p.at)) - startedAt;
    const audit = await auditLog(database.db.target.kind === "postgres" ? database.db.target.url : "", rooms.map((r) => r.roomId), traffic.settled);
    const views = await compareViews(rooms, audit.logs, (room, role) => serverFor(rooms.indexOf(room), role).url);
    printFigures(
      `Redis outage (2 processes, ${roomCount} rooms, ${outageMs / 1000} s)`,
      audit,
      views,
      {
        "acked during the outage on one/two": `${duringOn(one)}/${duringOn(two)}`,
        "live broadcasts across processes before/after": `${before.length}/${after.length}`,
        "server restarts": [one.pid(), two.pid()].filter((pid, i) => pid !== pids[i]).length,
        "room creations retried": one.createRetries + two.createRetries,
      },
      { "Redis back→first live broadcast across processes": [recoveryMs], "Redis back→every seat holding what the rooms held then": [caughtUpMs] },
    );
    if (audit.problems.length + views.differing.length > 0) console.log(`${one.logTail()}\n${two.logTail()}`);

    expect(one.alive() && two.alive() && one.pid() === pids[0] && two.pid() === pids[1]).toBe(true);
    expect(duringOn(one)).toBeGreaterThan(0);
    expect(duringOn(two)).toBeGreaterThan(0);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expectNothingAmiss(audit, views, roomCount * 3);
  }, 240_000);
});

/**
 * Events of these actions that reached a seat on the other process by a live push (not a
 * catch-up): only the Redis adapter carries those.
 */
function crossPushes(rooms: readonly LiveRoom[], actions: readonly SettledAction[]): { at: number }[] {
  const found: { at: number }[] = [];
  for (const action of actions) {
    if (!action.ack.ok) continue;
    const room = rooms.find((r) => r.roomId === action.roomId);
    for (const seat of Object.values(room?.seats ?? {})) {
      const arrival = seat.url !== action.url ? seat.arrivals.get(action.ack.seq) : undefined;
      if (arrival?.how === "push") found.push({ at: arrival.at });
    }
  }
  return found;
}
