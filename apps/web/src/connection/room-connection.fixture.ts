import { defaultEngineOptions, protocolVersion, roomEventSchema, type RoomEvent, type Welcome } from "@repair-room/protocol";
import { vi } from "vitest";
import { RoomConnection, type RoomSocket, type RoomView } from "./room-connection";
import { MemoryStorage } from "../test-support/memory-storage";

/** What the connection's tests share: a fake socket, a room's first events, a started connection. */

type Handler = (...args: never[]) => void;
interface Emitted {
  event: string;
  payload: unknown;
  ack: (error: Error | null, answer?: unknown) => void;
}

/** Just enough of a socket.io client socket to drive RoomConnection by hand. */
export class FakeSocket {
  handlers = new Map<string, Handler[]>();
  emitted: Emitted[] = [];
  active = true;
  connects = 0;
  disconnects = 0;
  connected = false;
  engineCloses = 0;
  /** Packets sent without an answer expected (typing). */
  plain: { event: string; payload: unknown }[] = [];
  readonly io = { engine: { close: () => (this.engineCloses += 1) } };
  constructor(readonly auth: (cb: (data: object) => void) => void) {}

  emit(event: string, payload: unknown) {
    this.plain.push({ event, payload });
    return this;
  }

  on(event: string, handler: Handler) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  off() {
    this.handlers.clear();
    return this;
  }
  timeout() {
    return {
      emit: (event: string, payload: unknown, ack: Emitted["ack"]) => {
        this.emitted.push({ event, payload, ack });
      },
    };
  }
  connect() {
    this.connects += 1;
    return this;
  }
  disconnect() {
    this.disconnects += 1;
    return this;
  }
  /** The server (or socket.io itself) fires an event at the client. */
  fire(event: string, ...args: unknown[]) {
    for (const handler of this.handlers.get(event) ?? []) (handler as (...a: unknown[]) => void)(...args);
  }
  /** The handshake auth the next (re)connect sends. */
  authSent(): Record<string, unknown> {
    let sent: Record<string, unknown> = {};
    this.auth((data) => {
      sent = data as Record<string, unknown>;
    });
    return sent;
  }
  lastSeqSent(): number {
    let sent = -1;
    this.auth((data) => {
      sent = (data as { lastSeq: number }).lastSeq;
    });
    return sent;
  }
  emittedOf(event: string) {
    return this.emitted.filter((e) => e.event === event);
  }
}

// Parsed like a stored row, so the fixtures get every default the protocol gives an event.
export const event = (fields: object) => roomEventSchema.parse({ at: 1_700_000_000_000, ...fields }) as RoomEvent;
export const created = event({ type: "room.created", topic: "The holidays", names: { partnerA: "Sam", partnerB: "Alex" }, seq: 1, actor: null });
export const opened = event({ type: "session.opened", ordinal: 1, kind: "first", seq: 2, actor: null });
export const samReady = event({ type: "lobby.ready", seq: 3, actor: "partnerA" });
export const alexReady = event({ type: "lobby.ready", seq: 4, actor: "partnerB" });
export const checkIn = event({ type: "phase.started", phase: "checkIn", seq: 5, actor: "partnerB" });

export function welcome(missed: RoomEvent[], latestSeq = missed.at(-1)?.seq ?? 0, serverNow = Date.now()): Welcome {
  return {
    protocolVersion,
    roomId: "r".repeat(22),
    role: "partnerA",
    topic: "The holidays",
    names: { partnerA: "Sam", partnerB: "Alex" },
    presence: { partners: { partnerA: true, partnerB: false }, observers: 0 },
    latestSeq,
    snapshot: null,
    missed,
    serverNow,
    options: defaultEngineOptions,
  };
}

export const roomId = "r".repeat(22);
export const oldToken = "t".repeat(43);

let connection: RoomConnection | null = null;

/** After each test: close the connection `setup` made, and give the real timers back. */
export function tearDown(): void {
  connection?.close();
  connection = null;
  vi.useRealTimers();
}

/**
 * A connection on a fake socket (and, unless given, its own empty storage for pending links
 * and for the tab's outbox), started. New-link request keys are "QQ…Q1", "QQ…Q2", …
 */
export function setup(network?: EventTarget, store = new MemoryStorage(), outboxStore = new MemoryStorage()) {
  let socket: FakeSocket | null = null;
  const views: RoomView[] = [];
  let ids = 0;
  let keys = 0;
  connection = new RoomConnection({
    roomId,
    token: oldToken,
    pendingStore: store,
    outboxStore,
    makeRequestKey: () => `${++keys}`.padStart(43, "Q"),
    onChange: (view) => views.push(view),
    connect: (auth) => {
      socket = new FakeSocket(auth);
      return socket as unknown as RoomSocket;
    },
    makeActionId: () => `action-${++ids}`,
    ...(network ? { network } : {}),
  });
  connection.start();
  return { socket: socket as unknown as FakeSocket, view: () => views.at(-1), conn: connection, store, outboxStore, keysMade: () => keys };
}
