import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RoomAuthority } from "../src/rooms/authority.js";
import { NotesStore } from "../src/rooms/notes-store.js";
import { RoomStore } from "../src/rooms/room-store.js";
import { buildServer, type RepairRoomServer } from "../src/server.js";
import { connectSeat, parseLink } from "./support/seat-client.js";
import { dbKind, freshDatabase, type TestDatabase } from "./support/test-db.js";
import { defaultRoom } from "./support/test-server.js";

// Tokens never appear in the server's logs, even at the most verbose level.
describe(`the server's log on ${dbKind}`, () => {
  let database: TestDatabase;
  let server: RepairRoomServer;
  let url: string;
  let log = "";
  beforeAll(async () => {
    database = await freshDatabase();
    const stream = new Writable({
      write(chunk, _encoding, callback) {
        log += chunk.toString();
        callback();
      },
    });
    server = await buildServer({
      authority: new RoomAuthority(new RoomStore(database.db)),
      notes: new NotesStore(database.db.prisma),
      logger: { level: "trace", stream },
    });
    await server.app.listen({ port: 0, host: "127.0.0.1" });
    const address = server.app.server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await server.app.close();
    await database.drop();
  });

  it("holds no token after rooms are created, joined, refused and acted in", async () => {
    const response = await fetch(`${url}/api/rooms`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(defaultRoom),
    });
    const room = (await response.json()) as { roomId: string; links: Record<string, string> };
    const a = await connectSeat(url, room.links.partnerA!);
    await a.act({ actionId: crypto.randomUUID(), type: "lobby.ready" });
    await a.act({ actionId: "x", type: "lobby.ready" });
    a.close();
    const wrong = `${url}/r/${room.roomId}#${"Z".repeat(43)}`;
    await expect(connectSeat(url, wrong)).rejects.toThrow();
    await fetch(`${url}/r/${room.roomId}`);

    expect(log).toContain("/api/rooms"); // the log is really being written
    for (const link of [...Object.values(room.links), wrong]) {
      const { token } = parseLink(link);
      expect(log).not.toContain(token);
    }
  });
});
