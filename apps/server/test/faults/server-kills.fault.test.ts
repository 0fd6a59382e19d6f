import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/test-db.js";
import { auditLog, compareViews } from "./support/audit.js";
import { sleep, until } from "./support/lifecycle.js";
import { expectNothingAmiss, printFigures } from "./support/report.js";
import { serverProcess, type ServerProcess } from "./support/server-process.js";
import { openRooms, Traffic, type LiveRoom } from "./support/traffic.js";

// The server process dies at a random moment of steady traffic (SIGKILL: no hook runs, an
// action may be committed and not yet acked, or acked and not yet broadcast) and is started
// again on the same port; the seats reconnect and resend whatever was not answered.
const roomCount = Number(process.env.FAULT_ROOMS ?? 8);
const kills = Number(process.env.FAULT_KILLS ?? 4);

describe("the server process SIGKILLed mid-traffic and restarted", () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let rooms: LiveRoom[] = [];
  beforeAll(async () => {
    // The server migrates the new database itself, as it does in production.
    database = await freshDatabase({ migrated: false });
    server = await serverProcess("server", { DATABASE_URL: databaseUrl(database) });
    await server.start();
  });
  afterAll(async () => {
    for (const room of rooms) Object.values(room.seats).forEach((seat) => seat.close());
    await server?.stop();
    await database?.drop();
  });

  it(`loses no acked action, applies none twice, leaves no gap, over ${kills} kills`, async () => {
    rooms = await openRooms(roomCount, () => server, () => server.url);
    const traffic = new Traffic(rooms).start();
    const restartMs: number[] = [];
    const firstAckMs: number[] = [];
    try {
      for (let k = 0; k < kills; k++) {
        // Mid-traffic: after some actions on this process, at a moment no action lines up with.
        await traffic.flowing(20 + Math.floor(Math.random() * 20));
        await sleep(Math.random() * 400);
        const killedAt = Date.now();
        await server.kill();
        await server.start();
        const upAt = Date.now();
        restartMs.push(upAt - killedAt);
        await until(() => traffic.ackedSince(upAt).length > 0, "an ack after the restart", 60_000);
        firstAckMs.push(Math.min(...traffic.ackedSince(upAt).map((a) => a.settledAt)) - killedAt);
      }
      await traffic.flowing(20);
    } finally {
      await traffic.stop();
    }

    const audit = await auditLog(databaseUrl(database), rooms.map((r) => r.roomId), traffic.settled);
    const views = await compareViews(rooms, audit.logs, () => server.url);
    printFigures(`server kills (${roomCount} rooms)`, audit, views, { kills, "room creations retried": server.createRetries }, { "kill→healthy": restartMs, "kill→first ack": firstAckMs });
    if (audit.problems.length + views.differing.length > 0) console.log(server.logTail());

    expect(restartMs).toHaveLength(kills);
    expectNothingAmiss(audit, views, roomCount * 3);
  }, 240_000);
});

function databaseUrl(database: TestDatabase): string {
  if (database.db.target.kind !== "postgres") throw new Error("fault tests run on Postgres (RR_TEST_DB=postgres)");
  return database.db.target.url;
}
