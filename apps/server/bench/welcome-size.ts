/**
 * How many bytes a fresh device's welcome is (a seat connecting with lastSeq 0) in a room
 * with BENCH_WELCOME_EVENTS events (1,000 by default), counted on the wire: the socket.io
 * packet as the client's engine received it, uncompressed (the server sends it so).
 * Two rooms: whole sessions one after the other (the autopilot's steps, as a couple who came
 * back many times), and one lobby whose topic changed that often (everything in one session).
 * The server runs in this process with the tests' wide limits, so the rooms fill in seconds.
 *
 *   RR_TEST_DB=postgres pnpm --filter @repair-room/server exec tsx bench/welcome-size.ts
 */
import type { RoomState } from "@repair-room/protocol";
import { autopilot, inPhase } from "@repair-room/protocol/testing";
import { io } from "socket.io-client";
import { connectSeat, parseLink, type SeatClient } from "../test/support/seat-client.js";
import { dbKind } from "../test/support/test-db.js";
import { startTestServer, type TestServer } from "../test/support/test-server.js";
import { number, quick } from "./support.js";

const target = number("BENCH_WELCOME_EVENTS", quick ? 200 : 1_000);

async function act(seat: SeatClient, draft: object): Promise<number> {
  const ack = await seat.act({ actionId: crypto.randomUUID(), ...draft });
  if (!ack.ok) throw new Error(`refused: ${ack.code}`);
  return ack.seq;
}

/** Whole sessions, closed and followed up, until the room holds at least `target` events. */
async function sessionsRoom(server: TestServer): Promise<{ link: string; seq: number; sessions: number }> {
  const room = await server.createRoom();
  const seats = { partnerA: await connectSeat(server.url, room.links.partnerA), partnerB: await connectSeat(server.url, room.links.partnerB) };
  const state = (): RoomState => seats.partnerA.timeline.state;
  let sessions = 0;
  for (;;) {
    for (const [role, draft] of autopilot(state, inPhase("closed"))) {
      await seats.partnerA.waitForSeq(await act(seats[role], draft));
      if (state().seq >= target) break;
    }
    if (state().seq >= target) break;
    sessions++;
    await seats.partnerA.waitForSeq(await act(seats.partnerA, { type: "session.openFollowUp", format: "full" }));
  }
  const seq = state().seq;
  Object.values(seats).forEach((s) => s.close());
  return { link: room.links.partnerB, seq, sessions: sessions + 1 };
}

/** One lobby whose topic changed until the room holds `target` events. */
async function lobbyRoom(server: TestServer): Promise<{ link: string; seq: number }> {
  const room = await server.createRoom();
  const a = await connectSeat(server.url, room.links.partnerA);
  let seq = a.welcome.latestSeq;
  for (let n = 0; seq < target; n++) seq = await act(a, { type: "lobby.setTopic", content: { topic: `What I said about the holiday plans, take ${n}` } });
  a.close();
  return { link: room.links.partnerB, seq };
}

/** The raw welcome packet's size in bytes, for a seat connecting with lastSeq 0. */
function welcomeBytes(url: string, link: string): Promise<{ bytes: number; events: number }> {
  const { roomId, token } = parseLink(link);
  return new Promise((resolve, reject) => {
    const socket = io(url, { auth: { roomId, token, lastSeq: 0 }, transports: ["websocket"], forceNew: true, reconnection: false });
    socket.io.on("open", () => {
      socket.io.engine.on("data", (data: unknown) => {
        if (typeof data !== "string" || !data.startsWith('2["welcome"')) return;
        const welcome = JSON.parse(data.slice(1))[1] as { missed: unknown[] };
        socket.close();
        // Engine.io's one-character message type ("4") rides in the same websocket frame.
        resolve({ bytes: Buffer.byteLength(data, "utf8") + 1, events: welcome.missed.length });
      });
    });
    socket.once("connect_error", reject);
  });
}

async function main(): Promise<void> {
  const server = await startTestServer();
  try {
    const sessions = await sessionsRoom(server);
    const lobby = await lobbyRoom(server);
    const inSessions = await welcomeBytes(server.url, sessions.link);
    const inLobby = await welcomeBytes(server.url, lobby.link);
    const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`.padStart(10);
    console.log(`\nWelcome for a fresh seat (lastSeq 0) on ${dbKind}, raw socket.io packet, uncompressed\n`);
    console.log(`  room of ${sessions.seq} events in ${sessions.sessions} whole sessions:${kb(inSessions.bytes)} (${inSessions.bytes} bytes, ${inSessions.events} events in it)`);
    console.log(`  room of ${lobby.seq} events, all topic changes in its lobby:${kb(inLobby.bytes)} (${inLobby.bytes} bytes, ${inLobby.events} events in it)`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
