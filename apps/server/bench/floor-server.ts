/**
 * The load benchmark's floor, in a process of its own: a bare socket.io server that answers
 * each message after the least an action's commit could do on the same database and driver
 * (one statement that updates, so locks, a row and inserts one). No parsing, no rules. Its
 * "echo" answers at once: the one-room bench's socket floor.
 * Started by the load benchmarks; listens on PORT and prints "ready at :PORT" once it does.
 */
import { createServer } from "node:http";
import { Server } from "socket.io";
import { openDatabase, type DatabaseTarget } from "../src/db/database.js";

const target: DatabaseTarget = process.env.DATABASE_URL
  ? { kind: "postgres", url: process.env.DATABASE_URL }
  : { kind: "pglite", dataDir: process.env.DATA_DIR ?? null };
const db = await openDatabase(target);
await db.raw.exec(
  "CREATE TABLE IF NOT EXISTS floor_room (id text PRIMARY KEY, n int NOT NULL); CREATE TABLE IF NOT EXISTS floor_event (id bigserial PRIMARY KEY, room text NOT NULL, body jsonb NOT NULL)",
);
const http = createServer();
const io = new Server(http, { serveClient: false });
io.on("connection", (socket) => {
  const room = String(socket.handshake.auth.room ?? "r");
  void db.raw.query("INSERT INTO floor_room VALUES ($1, 0) ON CONFLICT DO NOTHING", [room]);
  // The socket floor of the one-room bench: answered at once.
  socket.on("echo", (_body: unknown, ack: (a: unknown) => void) => ack({ ok: true }));
  socket.on("action", async (body: unknown, ack: (a: unknown) => void) => {
    await db.raw.query("WITH moved AS (UPDATE floor_room SET n = n + 1 WHERE id = $1 RETURNING id) INSERT INTO floor_event (room, body) SELECT id, $2::jsonb FROM moved", [
      room,
      JSON.stringify(body),
    ]);
    ack({ ok: true });
  });
});
http.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const address = http.address();
  console.log(`ready at :${typeof address === "object" && address ? address.port : ""}`);
});
