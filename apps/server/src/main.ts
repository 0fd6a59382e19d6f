import { loadConfig } from "./config.js";
import { openDatabase } from "./db/database.js";
import { migrate } from "./db/migrate.js";
import { RoomAuthority } from "./rooms/authority.js";
import { NotesStore } from "./rooms/notes-store.js";
import { RoomStore } from "./rooms/room-store.js";
import { buildServer } from "./server.js";

const config = loadConfig();
const where = config.database.kind === "postgres" ? "Postgres (DATABASE_URL)" : `embedded PGlite in ${config.database.dataDir}`;
const db = await openDatabase(config.database);
const applied = await migrate(db.raw, config.migrationsDir);
const { app } = await buildServer({
  authority: new RoomAuthority(new RoomStore(db, config.method), Date.now, config.method),
  notes: new NotesStore(db.prisma),
  webDist: config.webDist,
  extraOrigins: config.extraOrigins,
  redisUrl: config.redisUrl,
  publicUrl: config.publicUrl,
  roomsPerMinute: config.roomsPerMinute,
  trustProxy: config.trustProxy,
  logger: {
    level: config.logLevel,
    // Tokens live in URL fragments and socket auth, never in what is logged; be sure of it.
    redact: ["req.headers.authorization", "req.headers.cookie"],
  },
});
app.log.info(`database: ${where}; ${applied.length ? `applied ${applied.join(", ")}` : "migrations up to date"}`);
if (config.method.minuteMs !== 60_000) app.log.warn(`pauses are shortened for testing: a minute lasts ${config.method.minuteMs} ms`);

await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : config.port;
console.log(`Repair Room is ready at http://localhost:${port}`);
if (config.publicUrl) console.log(`Links are made for ${config.publicUrl}`);
else console.log("Links are made for the address each room is created on. Set PUBLIC_URL to where partners can reach this server (see README).");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void app
      .close()
      .then(() => db.close())
      .finally(() => process.exit(0));
  });
}

// The last line of defence for a promise a library leaves unhandled (a broadcast while Redis is
// away, say): log it and keep serving; every action is already safe in the database.
process.on("unhandledRejection", (reason) => app.log.error({ err: reason }, "unhandled rejection (kept running)"));
