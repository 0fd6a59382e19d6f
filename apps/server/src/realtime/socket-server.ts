import type { Server as HttpServer } from "node:http";
import {
  handshakeSchema,
  intentSchema,
  may,
  protocolVersion,
  rateLimited,
  refusal,
  roles,
  syncPageSize,
  syncRequestSchema,
  typingSchema,
  viewOf,
  visibleTo,
  type ConnectRefusal,
  type Refusal,
  type Role,
  type RoomEvent,
} from "@repair-room/protocol";
import type { FastifyBaseLogger } from "fastify";
import { Server } from "socket.io";
import type { RoomAuthority } from "../rooms/authority.js";
import type { NotesStore } from "../rooms/notes-store.js";
import { linkChannel, roomChannel, roomIdOfChannel, seatChannel } from "./channels.js";
import { failureCode } from "../db/failures.js";
import { addressKey, clientAddress } from "../limits/address.js";
import type { Limits } from "../limits/limits.js";
import { originOf } from "../rooms/links.js";
import { hashToken } from "../rooms/secrets.js";
import { originAllowed } from "./origin.js";
import { forgetRequest } from "./forget-request.js";
import { broadcastPresence, presenceOf } from "./presence.js";
import { requestHandler } from "./request.js";
import { roomAdminHandlers } from "./room-admin-handlers.js";
import type { RoomServer, RoomSocket } from "./types.js";

export interface SocketServerOptions {
  authority: RoomAuthority;
  notes: NotesStore;
  log: FastifyBaseLogger;
  extraOrigins: readonly string[];
  publicUrl: string | null;
  /** Other processes share this one's rooms (through Redis): tell them each room's new events. */
  shared: boolean;
  /** How much a link and an address may do, counted across reconnects. */
  limits: Limits;
  /** Behind a reverse proxy that names the client in X-Forwarded-For. */
  trustProxy: boolean;
}

/**
 * The largest socket message a client may send: the largest action is a few thousand
 * characters, and 1 MB (socket.io's default) invites abuse. A larger one closes its socket.
 */
export const socketMessageLimitBytes = 64 * 1024;

/**
 * The most events a welcome carries: a page joining a longer session starts from the room as it
 * was before the last of them (its timeline on screen begins there; the stored recap keeps them
 * all). A session as people live it has far fewer; a welcome of this many is about 20 KB.
 */
export const welcomeTail = 150;

export function createSocketServer(http: HttpServer, options: SocketServerOptions): RoomServer & { announceLatest: () => Promise<void> } {
  const { authority, notes, log } = options;
  const io: RoomServer = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: socketMessageLimitBytes,
    allowRequest: (req, callback) => callback(null, originAllowed(req, options.extraOrigins)),
  });

  const deps = { authority, log };
  const admin = roomAdminHandlers(io, { authority, notes, log });

  /** authenticate (the handshake) → validate → decide → append and commit → ack → broadcast. */
  const action = requestHandler(deps, {
    name: "action",
    schema: intentSchema,
    // Checked inside the action's own transaction, under the room's lock.
    checkLive: false,
    async run(socket, intent) {
      const { roomId } = socket.data.seat;
      const { ack, events } = await authority.act(socket.data.seat, intent);
      return { answer: ack, after: events.length > 0 ? () => broadcastEvents(roomId, events) : undefined };
    },
  });

  const sync = requestHandler(deps, {
    name: "sync",
    schema: syncRequestSchema,
    async run(socket, { afterSeq }) {
      const { roomId, role } = socket.data.seat;
      const { events, latestSeq } = await authority.page(roomId, afterSeq, syncPageSize);
      return { answer: { ok: true, events: filterFor(role, events), latestSeq } };
    },
  });

  io.use(async (socket, next) => {
    const reject = (r: Refusal) => next(Object.assign(new Error(r.message), { data: { refusal: r } satisfies ConnectRefusal }));
    const handshake = handshakeSchema.safeParse(socket.handshake.auth);
    if (!handshake.success) return reject(refusal("invalid_link"));
    const { roomId, token, lastSeq, reissue } = handshake.data;
    const { headers } = socket.handshake;
    const address = addressKey(clientAddress(socket.handshake.address, headers["x-forwarded-for"], options.trustProxy));
    // Where a re-issued link points: read now, as the request is let go of once welcomed.
    socket.data.linkOrigin = options.publicUrl ?? originOf(headers, socket.handshake.secure ? "https" : "http", headers.host);
    try {
      // Before the database is asked anything: a flood of attempts costs it nothing.
      const allowed = await options.limits.connection(hashToken(token), address);
      if (!allowed.ok) return reject(rateLimited(allowed.retryAfterMs));
      const seat = await authority.seatForToken(token);
      if (!seat || seat.roomId !== roomId) {
        return reject(refusal((await authority.roomExists(roomId)) ? "invalid_link" : "unknown_room"));
      }
      // A device that asked for a new link and never heard the answer claims it with its key.
      const claimed = seat.revoked && reissue ? await authority.claimReissue(seat, reissue) : null;
      if (claimed) {
        socket.data.seat = claimed.seat;
        socket.data.reissuedToken = claimed.token;
        socket.data.lastSeq = lastSeq;
        socket.data.address = address;
        return next();
      }
      if (seat.revoked) return reject(refusal("link_revoked"));
      socket.data.seat = seat;
      socket.data.lastSeq = lastSeq;
      socket.data.address = address;
      next();
    } catch (error) {
      log.error({ err: error }, "socket authentication failed");
      reject(refusal(failureCode(error)));
    }
  });

  // The listeners are made once and shared by every socket (socket.io calls each with the
  // socket as `this`): closures made per connection cost about 1 KB of heap per idle socket.
  // Spent by the seat and its address, not the socket: a reconnect starts where it left off.
  const allowed = (socket: RoomSocket) => options.limits.request(socket.data.seat.seatId, socket.data.address);
  const limited = (handle: (socket: RoomSocket, raw: unknown, ack: unknown) => Promise<void>) =>
    function (this: RoomSocket, raw: unknown, ack: unknown) {
      const verdict = allowed(this);
      if (verdict.ok) void handle(this, raw, ack);
      else if (typeof ack === "function") ack(rateLimited(verdict.retryAfterMs));
    };
  const listeners = {
    action: limited(action),
    sync: limited(sync),
    note: limited(admin.note),
    history: limited(admin.history),
    reissueLink: limited(admin.reissue),
    deleteRoom: limited(admin.deleteRoom),
    typing(this: RoomSocket, raw: unknown) {
      const socket = this;
      const parsed = typingSchema.safeParse(raw);
      const { role, roomId } = socket.data.seat;
      if (!parsed.success || role === "observer" || !may(role, "signalWriting")) return;
      if (allowed(socket).ok) socket.to(roomChannel(roomId)).emit("typing", { role, active: parsed.data.active });
    },
  };
  function left(this: RoomSocket) {
    void broadcastPresence(io, this.data.seat.roomId).catch(() => {});
  }

  io.on("connection", (socket) => {
    // Handlers first: packets that arrive while the welcome is prepared must find them.
    for (const [event, listener] of Object.entries(listeners)) socket.on(event as keyof typeof listeners, listener);
    socket.on("disconnect", left);
    forgetRequest(socket);
    void welcome(socket);
  });

  async function welcome(socket: RoomSocket): Promise<void> {
    const { seat, lastSeq } = socket.data;
    // Join before reading the log: an event committed after the read is broadcast after it,
    // so it reaches this socket live. Overlaps are absorbed by the client's timeline.
    await socket.join([roomChannel(seat.roomId), seatChannel(seat.roomId, seat.role), linkChannel(seat.seatId)]);
    try {
      const [live, { state, opening }, presence] = await Promise.all([
        // Again after joining: a re-issue or deletion between the handshake and the join
        // broadcast to channels this socket was not in yet.
        authority.seatIsLive(seat.seatId),
        authority.joining(seat.roomId),
        presenceOf(io, seat.roomId),
      ]);
      const { base, missed } = await authority.startFor(seat.roomId, lastSeq, opening, welcomeTail);
      if (!live) {
        const gone = !(await authority.roomExists(seat.roomId));
        socket.emit("closing", refusal(gone ? "room_deleted" : "link_revoked"));
        socket.disconnect(true);
        return;
      }
      socket.emit("welcome", {
        protocolVersion,
        roomId: seat.roomId,
        role: seat.role,
        topic: state.topic,
        names: state.names,
        presence,
        latestSeq: Math.max(state.seq, missed.at(-1)?.seq ?? 0),
        snapshot: base ? { seq: base.seq, state: viewOf(base.state, seat.role) } : null,
        missed: filterFor(seat.role, missed),
        serverNow: authority.now(),
        options: authority.options,
        ...(socket.data.reissuedToken ? { reissuedToken: socket.data.reissuedToken } : {}),
      });
      socket.to(roomChannel(seat.roomId)).emit("presence", presence);
      if (may(seat.role, "keepNotes")) socket.emit("notes", await notes.forRoom(seat.roomId));
    } catch (error) {
      log.error({ err: error }, "welcome failed");
      socket.emit("closing", refusal(failureCode(error)));
      socket.disconnect(true);
    }
  }

  /**
   * After news may have been lost between processes (Redis was away): tell every page on this
   * process where its room's log ends, so a page that is behind asks for what it missed.
   */
  async function announceLatest(): Promise<void> {
    const rooms = [...io.of("/").adapter.rooms.keys()].flatMap((name) => {
      const id = roomIdOfChannel(name);
      return id ? [id] : [];
    });
    const latest = await authority.latestSeqs(rooms);
    for (const [roomId, latestSeq] of latest) io.local.to(roomChannel(roomId)).emit("latest", { latestSeq });
  }

  function broadcastEvents(roomId: string, events: RoomEvent[]): void {
    for (const role of roles) {
      io.to(seatChannel(roomId, role)).emit("events", filterFor(role, events));
    }
    if (options.shared) io.serverSideEmit("roomEvents", { roomId, events });
  }
  io.on("roomEvents", ({ roomId, events }) => void authority.heard(roomId, events).catch(() => {}));

  return Object.assign(io, { announceLatest });
}

function filterFor(role: Role, events: readonly RoomEvent[]): RoomEvent[] {
  return events.map((event) => visibleTo(role, event));
}
