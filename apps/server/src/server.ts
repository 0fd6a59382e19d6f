import fastifyHelmet, { type FastifyHelmetOptions } from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { errorHandling, frameworkErrors } from "./http/errors.js";
import { roomsRoutes } from "./http/rooms-routes.js";
import { addPermissionsPolicy, helmetOptions, socketSecurityHeaders } from "./http/security-headers.js";
import { serveWeb } from "./http/static-web.js";
import { createLimits, type LimitRates } from "./limits/limits.js";
import { useRedisAdapter } from "./realtime/redis-adapter.js";
import { createSocketServer } from "./realtime/socket-server.js";
import type { RoomServer } from "./realtime/types.js";
import type { RoomAuthority } from "./rooms/authority.js";
import type { NotesStore } from "./rooms/notes-store.js";

export interface ServerDeps {
  authority: RoomAuthority;
  notes: NotesStore;
  webDist?: string | null;
  extraOrigins?: readonly string[];
  /** New rooms one address may create per minute. */
  roomsPerMinute?: number;
  /** Share rooms between processes through Redis (the socket.io Redis adapter). */
  redisUrl?: string | null;
  /** The address links are built from (PUBLIC_URL); the request's own address when null. */
  publicUrl?: string | null;
  /** Behind a reverse proxy that names the client in X-Forwarded-For (TRUST_PROXY=1). */
  trustProxy?: boolean;
  /** How much a link and an address may do (limits.ts); tests that are not about limits raise them. */
  limitRates?: LimitRates;
  logger?: FastifyServerOptions["logger"];
}

export interface RepairRoomServer {
  app: FastifyInstance;
  io: RoomServer;
}

/** The largest HTTP body read: rooms are created with a small JSON body; nothing here needs more. */
export const httpBodyLimitBytes = 16 * 1024;

/** Build the whole server around an injected authority; the caller listens (tests on port 0). */
export async function buildServer(deps: ServerDeps): Promise<RepairRoomServer> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: httpBodyLimitBytes,
    trustProxy: deps.trustProxy ?? false,
    frameworkErrors,
  });
  const limits = createLimits({ redisUrl: deps.redisUrl, log: app.log, rates: deps.limitRates });
  await app.register(fastifyHelmet, helmetOptions as FastifyHelmetOptions);
  addPermissionsPolicy(app);
  await app.register(rateLimit, { global: false });
  errorHandling(app);
  deps.authority.onUnreadableRecap = (roomId, ordinal, error) =>
    app.log.error({ roomId, ordinal, issues: error.message.slice(0, 500) }, "a stored recap no longer reads as a recap");
  roomsRoutes(app, deps.authority, { perMinute: deps.roomsPerMinute ?? 30, publicUrl: deps.publicUrl ?? null });
  app.get("/api/health", async () => ({ ok: true }));
  if (deps.webDist) await serveWeb(app, deps.webDist);

  const io = createSocketServer(app.server, {
    authority: deps.authority,
    notes: deps.notes,
    log: app.log,
    extraOrigins: deps.extraOrigins ?? [],
    publicUrl: deps.publicUrl ?? null,
    shared: Boolean(deps.redisUrl),
    limits,
    trustProxy: deps.trustProxy ?? false,
  });
  for (const middleware of socketSecurityHeaders()) io.engine.use(middleware);
  const closeRedis = deps.redisUrl ? useRedisAdapter(io, deps.redisUrl, app.log, () => io.announceLatest()) : null;
  app.addHook("onClose", async () => {
    io.disconnectSockets(true);
    await new Promise<void>((resolve) => io.close(() => resolve()));
    await closeRedis?.();
    await limits.close();
  });
  return { app, io };
}
