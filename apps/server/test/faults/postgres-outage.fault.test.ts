import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, compareViews } from "./support/audit.js";
import { sleep, until } from "./support/lifecycle.js";
import { postgresBinDir, startPostgresCluster, type PostgresCluster } from "./support/postgres-cluster.js";
import { expectNothingAmiss, printFigures } from "./support/report.js";
import { serverProcess, type ServerProcess } from "./support/server-process.js";
import { openRooms, Traffic, type LiveRoom } from "./support/traffic.js";

// The database goes away for ten seconds under steady traffic (pg_ctl stop -m fast: open
// transactions rolled back, every connection cut) and comes back. The server process is not
// touched: it must answer `unavailable` meanwhile and find its database again by itself.
// A cluster of the test's own, never the machine's. Without the server binaries (initdb,
// pg_ctl) on a user's machine it is left out and says so; CI has them.
const roomCount = Number(process.env.FAULT_ROOMS ?? 8);
const outageMs = 10_000;
const binaries = postgresBinDir() !== null;
if (!binaries) console.log("[fault] Postgres outage left out: initdb and pg_ctl not found (set PG_BIN_DIR)");

describe.runIf(binaries || process.env.CI)("Postgres stopped for 10 s under traffic", () => {
  let cluster: PostgresCluster;
  let server: ServerProcess;
  let rooms: LiveRoom[] = [];
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    server = await serverProcess("server", { DATABASE_URL: cluster.url });
    await server.start();
  });
  afterAll(async () => {
    for (const room of rooms) Object.values(room.seats).forEach((seat) => seat.close());
    await server?.stop();
    await cluster?.destroy();
  });

  it("loses no acked action, applies none twice, and recovers by itself", async () => {
    rooms = await openRooms(roomCount, () => server, () => server.url);
    const pid = server.pid();
    const traffic = new Traffic(rooms).start();
    let startedAt = 0;
    let stoppedAt = 0;
    let firstAckAt = 0;
    try {
      await traffic.flowing(30);
      stoppedAt = Date.now();
      await cluster.stop();
      await sleep(outageMs - (Date.now() - stoppedAt));
      await cluster.start();
      startedAt = Date.now();
      await until(() => traffic.ackedSince(startedAt).length > 0, "an ack once Postgres is back", 60_000);
      firstAckAt = Math.min(...traffic.ackedSince(startedAt).map((a) => a.settledAt));
      // Every room moves again, not just one.
      await until(() => rooms.every((room) => traffic.ackedSince(startedAt).some((a) => a.roomId === room.roomId)), "every room acked again", 60_000);
      await traffic.flowing(20);
    } finally {
      await traffic.stop();
    }

    const during = traffic.settled.filter((a) => a.sentAt < startedAt && a.settledAt > stoppedAt);
    const unavailable = traffic.settled.reduce((n, a) => n + a.retriedOn.filter((c) => c === "unavailable").length, 0);
    const audit = await auditLog(cluster.url, rooms.map((r) => r.roomId), traffic.settled);
    const views = await compareViews(rooms, audit.logs, () => server.url);
    printFigures(
      `Postgres outage (${roomCount} rooms, ${outageMs / 1000} s)`,
      audit,
      views,
      { "actions caught by the outage": during.length, "unavailable answers": unavailable, "server restarts": server.pid() === pid ? 0 : 1, "room creations retried": server.createRetries },
      { "Postgres back→first ack": [firstAckAt - startedAt] },
    );
    if (audit.problems.length + views.differing.length > 0) console.log(`${server.logTail()}\n${cluster.logTail()}`);

    // The same process served throughout: it recovered by itself.
    expect(server.alive() && server.pid() === pid).toBe(true);
    expect(during.length).toBeGreaterThan(0);
    expectNothingAmiss(audit, views, roomCount * 3);
  }, 240_000);
});
