/**
 * How long an action takes end to end, beside floors measured in the same run on the same
 * machine: nothing here asserts a time (this machine's figures are noisy; only the ratio to
 * the floor means much).
 *
 *   pnpm --filter @repair-room/server bench                     # PGlite in memory
 *   RR_TEST_DB=postgres pnpm --filter @repair-room/server bench # a fresh database on TEST_DATABASE_URL
 *   BENCH_ACTIONS=5000 …                                        # more samples (default 2,000)
 *
 * Measured, sequentially, one action in flight at a time:
 * - ack: partner A emits an action → the server parses, decides, commits the event in a
 *   transaction holding the room's row lock → A has the ack.
 * - broadcast: the same action, from A's emit until partner B has received the event.
 * Floors:
 * - socket.io: an emit-with-ack round trip to a handler that answers at once, on a bare
 *   socket.io server in this process (what any acknowledged message costs here).
 * - transaction: the same database and driver, one statement that updates (so locks) a row and
 *   inserts one (the least an action's commit could do), committed on its own.
 * The same action is measured again in sealed rooms (made and acted in as a device does, the
 * words sealed before the clock starts): the server's part of it, next to the plain one.
 * Actions are spread over many rooms (at most 20 per socket) so the per-socket flood limit
 * (40 per 4 s) never refuses one: every sample is an accepted action.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { newRoomKey, RoomSealer } from "@repair-room/protocol";
import { build, type Histogram } from "hdr-histogram-js";
import { Server } from "socket.io";
import { io as connect } from "socket.io-client";
import { connectSeat } from "../test/support/seat-client.js";
import { dbKind } from "../test/support/test-db.js";
import { startTestServer } from "../test/support/test-server.js";

const actions = Number(process.env.BENCH_ACTIONS ?? 2_000);
const perRoom = 20;
const warmup = 100;

const histogram = (): Histogram => build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
const micros = () => process.hrtime.bigint() / 1_000n;

async function socketFloor(samples: number): Promise<Histogram> {
  const http = createServer();
  const server = new Server(http);
  server.on("connection", (socket) => socket.on("echo", (_body: unknown, ack: (a: unknown) => void) => ack({ ok: true })));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const client = connect(`http://127.0.0.1:${(http.address() as AddressInfo).port}`, { transports: ["websocket"], forceNew: true });
  await new Promise<void>((resolve) => client.once("connect", resolve));
  const h = histogram();
  for (let i = 0; i < samples + warmup; i++) {
    const start = micros();
    await client.emitWithAck("echo", { type: "lobby.setTopic", content: { topic: `floor ${i}` } });
    if (i >= warmup) h.recordValue(Number(micros() - start));
  }
  client.close();
  await server.close();
  return h;
}

async function main(): Promise<void> {
  const server = await startTestServer();

  // Floor: the least an action's commit could do, the same shape in one statement on the same
  // driver the action path uses: update (and so lock) a row, insert a row, commit.
  const raw = server.database.db.raw;
  await raw.exec("CREATE TABLE bench_floor (id int PRIMARY KEY, n int NOT NULL); CREATE TABLE bench_rows (id serial PRIMARY KEY, body jsonb NOT NULL); INSERT INTO bench_floor VALUES (1, 0)");
  const txFloor = histogram();
  for (let i = 0; i < actions + warmup; i++) {
    const start = micros();
    await raw.query(
      "WITH moved AS (UPDATE bench_floor SET n = n + 1 WHERE id = 1 RETURNING n) INSERT INTO bench_rows (body) SELECT $1::jsonb FROM moved",
      [JSON.stringify({ topic: `floor ${i}` })],
    );
    if (i >= warmup) txFloor.recordValue(Number(micros() - start));
  }
  const ioFloor = await socketFloor(actions);

  const plain = await roomActions(server, null);
  const sealed = await roomActions(server, await RoomSealer.create({ room: newRoomKey() }));
  await server.close();

  const row = (name: string, h: Histogram) => {
    const ms = (us: number) => (us / 1000).toFixed(2).padStart(8);
    return `${name.padEnd(44)}${ms(h.getValueAtPercentile(50))}${ms(h.getValueAtPercentile(90))}${ms(h.getValueAtPercentile(99))}${ms(h.maxValue)}`;
  };
  console.log(`\nAction latency on ${dbKind}, ${actions} sequential accepted actions (after ${warmup} warm-up), in ms\n`);
  console.log(`${"".padEnd(44)}${"p50".padStart(8)}${"p90".padStart(8)}${"p99".padStart(8)}${"max".padStart(8)}`);
  console.log(row("floor: socket.io emit-with-ack, no work", ioFloor));
  console.log(row("floor: update + insert, one statement", txFloor));
  console.log(row("action: emit → committed → ack", plain.ack));
  console.log(row("action: emit → other partner has the event", plain.broadcast));
  console.log(row("sealed action: emit → committed → ack", sealed.ack));
  console.log(row("sealed action: emit → other partner has it", sealed.broadcast));
  const floor = ioFloor.getValueAtPercentile(50) + txFloor.getValueAtPercentile(50);
  console.log(`\nack p50 is ${(plain.ack.getValueAtPercentile(50) / floor).toFixed(1)}× the sum of the two floors' p50 (${(floor / 1000).toFixed(2)} ms)`);
  console.log(`sealed ack p50 is ${(sealed.ack.getValueAtPercentile(50) / plain.ack.getValueAtPercentile(50)).toFixed(2)}× the plain one's`);
}

/**
 * `actions` accepted actions (after the warm-up), partner A changing the topic and partner B
 * waiting for each. With a sealer, the rooms are made and acted in sealed, as a device does.
 */
async function roomActions(server: Awaited<ReturnType<typeof startTestServer>>, sealer: RoomSealer | null) {
  const ack = histogram();
  const broadcast = histogram();
  const body = (topic: string) => ({ topic, partnerA: { name: "Sam" }, partnerB: { name: "Alex" } });
  let done = 0;
  while (done < actions + warmup) {
    const room = await server.createRoom(sealer ? await sealer.seal("createRoom", body("Bench"), "partnerA") : body("Bench"));
    const a = await connectSeat(server.url, room.links.partnerA);
    const b = await connectSeat(server.url, room.links.partnerB);
    for (let k = 0; k < perRoom && done < actions + warmup; k++, done++) {
      const intent = { actionId: crypto.randomUUID(), type: "lobby.setTopic", content: { topic: `Topic ${done}` } } as const;
      const sent = sealer ? await sealer.seal(intent.type, intent, "partnerA") : intent;
      const start = micros();
      const answer = await a.act(sent);
      const acked = micros();
      if (!answer.ok) throw new Error(`action refused: ${answer.code}`);
      await b.waitForSeq(answer.seq);
      if (done >= warmup) {
        ack.recordValue(Number(acked - start));
        broadcast.recordValue(Number(micros() - start));
      }
    }
    a.close();
    b.close();
  }
  return { ack, broadcast };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
