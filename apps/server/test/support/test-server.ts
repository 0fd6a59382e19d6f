import { defaultEngineOptions, type CreatedRoom, type EngineOptions } from "@repair-room/protocol";
import type { LimitRates } from "../../src/limits/limits.js";
import { RoomAuthority } from "../../src/rooms/authority.js";
import { NotesStore } from "../../src/rooms/notes-store.js";
import { RoomStore } from "../../src/rooms/room-store.js";
import { buildServer, type RepairRoomServer } from "../../src/server.js";
import { freshDatabase, type TestDatabase } from "./test-db.js";

export interface TestServer extends RepairRoomServer {
  url: string;
  database: TestDatabase;
  authority: RoomAuthority;
  createRoom(body?: object): Promise<CreatedRoom>;
  close(): Promise<void>;
}

/** The real server, on a fresh database, listening on a free port. */
export async function startTestServer(
  options: {
    database?: TestDatabase;
    redisUrl?: string;
    clock?: () => number;
    roomsPerMinute?: number;
    method?: EngineOptions;
    publicUrl?: string;
    /** Collects the server's log lines (JSON) when given. */
    log?: string[];
    /** Real limits for the tests about them; others get limits no test reaches. */
    limitRates?: LimitRates;
    /** Take the client's address from X-Forwarded-For, as behind a proxy. */
    trustProxy?: boolean;
  } = {},
): Promise<TestServer> {
  const database = options.database ?? (await freshDatabase());
  const method = options.method ?? defaultEngineOptions;
  const authority = new RoomAuthority(new RoomStore(database.db, method), options.clock, method);
  const server = await buildServer({ authority, notes: new NotesStore(database.db.prisma),
    redisUrl: options.redisUrl ?? null,
    publicUrl: options.publicUrl ?? null,
    // Tests create many rooms; the limit itself has its own test.
    roomsPerMinute: options.roomsPerMinute ?? 10_000,
    limitRates: options.limitRates ?? unlimited,
    trustProxy: options.trustProxy ?? false,
    ...(options.log ? { logger: { level: "info", stream: { write: (line: string) => void options.log!.push(line) } } } : {}),
  });
  await server.app.listen({ port: 0, host: "127.0.0.1" });
  const address = server.app.server.address();
  if (!address || typeof address !== "object") throw new Error("server has no port");
  const url = `http://127.0.0.1:${address.port}`;
  return {
    ...server,
    url,
    database,
    authority,
    async createRoom(body = defaultRoom) {
      const response = await fetch(`${url}/api/rooms`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (response.status !== 201) throw new Error(`createRoom: ${response.status} ${await response.text()}`);
      return (await response.json()) as CreatedRoom;
    },
    async close() {
      await server.app.close();
      if (!options.database) await database.drop();
    },
  };
}

/** Far above anything a test does, so only the tests about limits meet them. */
export const unlimited: LimitRates = {
  seatRequests: { perSecond: 10_000, burst: 100_000, burstSeconds: 1 },
  addressRequests: { perSecond: 10_000, burst: 100_000, burstSeconds: 1 },
  linkConnections: { perMinute: 100_000, burst: 100_000 },
  addressConnections: { perMinute: 100_000, burst: 100_000 },
};

export const defaultRoom = {
  topic: "What I said about the holiday plans",
  partnerA: { name: "Sam" },
  partnerB: { name: "Alex" },
};
