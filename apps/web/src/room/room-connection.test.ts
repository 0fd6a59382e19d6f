import { protocolVersion, refusal, roomEventSchema, type RoomEvent, type Welcome } from "@repair-room/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RoomConnection, type RoomSocket, type RoomView } from "./room-connection";

type Handler = (...args: never[]) => void;
interface Emitted {
  event: string;
  payload: unknown;
  ack: (error: Error | null, answer?: unknown) => void;
}

/** Just enough of a socket.io client socket to drive RoomConnection by hand. */
class FakeSocket {
  handlers = new Map<string, Handler[]>();
  emitted: Emitted[] = [];
  active = true;
  connects = 0;
  disconnects = 0;
  constructor(readonly auth: (cb: (data: object) => void) => void) {}

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
const event = (fields: object) => roomEventSchema.parse({ at: 1_700_000_000_000, ...fields }) as RoomEvent;
const created = event({ type: "room.created", topic: "The holidays", names: { partnerA: "Sam", partnerB: "Alex" }, seq: 1, actor: null });
const opened = event({ type: "session.opened", ordinal: 1, kind: "first", seq: 2, actor: null });
const samReady = event({ type: "lobby.ready", seq: 3, actor: "partnerA" });
const alexReady = event({ type: "lobby.ready", seq: 4, actor: "partnerB" });
const checkIn = event({ type: "phase.started", phase: "checkIn", seq: 5, actor: "partnerB" });

function welcome(missed: RoomEvent[], latestSeq = missed.at(-1)?.seq ?? 0): Welcome {
  return {
    protocolVersion,
    roomId: "r".repeat(22),
    role: "partnerA",
    topic: "The holidays",
    names: { partnerA: "Sam", partnerB: "Alex" },
    presence: { partners: { partnerA: true, partnerB: false }, observers: 0 },
    latestSeq,
    missed,
  };
}

let connection: RoomConnection | null = null;
afterEach(() => {
  connection?.close();
  connection = null;
  vi.useRealTimers();
});

function setup() {
  let socket: FakeSocket | null = null;
  const views: RoomView[] = [];
  let ids = 0;
  connection = new RoomConnection({
    roomId: "r".repeat(22),
    token: "t".repeat(43),
    onChange: (view) => views.push(view),
    connect: (auth) => {
      socket = new FakeSocket(auth);
      return socket as unknown as RoomSocket;
    },
    makeActionId: () => `action-${++ids}`,
  });
  connection.start();
  return { socket: socket as unknown as FakeSocket, view: () => views.at(-1), conn: connection };
}

describe("RoomConnection", () => {
  it("folds the welcome's missed events and opens", () => {
    const { socket, view } = setup();
    expect(socket.lastSeqSent()).toBe(0);
    socket.fire("welcome", welcome([created, opened]));
    expect(view()?.status).toBe("open");
    expect(view()?.role).toBe("partnerA");
    expect(view()?.timeline.state.seq).toBe(2);
    expect(view()?.timeline.state.session?.phase).toBe("lobby");
    expect(socket.lastSeqSent()).toBe(2);
  });

  it("sends an action once and clears it on its ack", () => {
    const { socket, view, conn } = setup();
    socket.fire("welcome", welcome([created, opened]));
    conn.act({ type: "lobby.ready" });
    const [sent] = socket.emittedOf("action");
    expect(sent?.payload).toEqual({ type: "lobby.ready", actionId: "action-1" });
    expect(view()?.outbox).toHaveLength(1);
    sent?.ack(null, { ok: true, seq: 3 });
    socket.fire("events", [samReady]);
    expect(view()?.outbox).toHaveLength(0);
    expect(view()?.timeline.state.session).toMatchObject({ phase: "lobby", ready: { partnerA: true, partnerB: false } });
  });

  it("re-sends an unacknowledged action with the same actionId after a reconnect", () => {
    const { socket, view, conn } = setup();
    socket.fire("welcome", welcome([created, opened]));
    conn.act({ type: "lobby.ready" });
    socket.fire("disconnect", "transport close");
    expect(view()?.status).toBe("reconnecting");
    expect(view()?.outbox).toHaveLength(1);

    // The server had taken it: the reconnect brings the event in `missed`, the retry is acked.
    expect(socket.lastSeqSent()).toBe(2);
    socket.fire("welcome", welcome([samReady]));
    const sends = socket.emittedOf("action");
    expect(sends).toHaveLength(2);
    expect(sends[1]?.payload).toEqual(sends[0]?.payload);
    sends[1]?.ack(null, { ok: true, seq: 3 });
    // The first attempt's late answer changes nothing.
    sends[0]?.ack(new Error("operation has timed out"));
    expect(view()?.outbox).toHaveLength(0);
    expect(view()?.timeline.state.seq).toBe(3);
  });

  it("holds an action made while offline until the room welcomes it back", () => {
    const { socket, view, conn } = setup();
    conn.act({ type: "lobby.ready" });
    expect(socket.emittedOf("action")).toHaveLength(0);
    socket.fire("welcome", welcome([created, opened]));
    expect(socket.emittedOf("action")).toHaveLength(1);
    expect(view()?.outbox).toHaveLength(1);
  });

  it("asks for missing events when a broadcast skips ahead, and ends in order", () => {
    const { socket, view } = setup();
    socket.fire("welcome", welcome([created, opened]));
    socket.fire("events", [alexReady, checkIn]);
    expect(view()?.timeline.state.seq).toBe(2);
    const [sync] = socket.emittedOf("sync");
    expect(sync?.payload).toEqual({ afterSeq: 2 });
    sync?.ack(null, { ok: true, events: [samReady, alexReady, checkIn], latestSeq: 5 });
    expect(view()?.timeline.state.seq).toBe(5);
    expect(view()?.timeline.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(view()?.timeline.state.session?.phase).toBe("checkIn");
  });

  it("shows a refusal of the link and stops trying", () => {
    vi.useFakeTimers();
    const { socket, view } = setup();
    socket.active = false;
    socket.fire("connect_error", Object.assign(new Error("refused"), { data: { refusal: refusal("invalid_link") } }));
    expect(view()?.status).toBe("refused");
    expect(view()?.refusal?.message).toMatch(/isn't complete or isn't right/);
    vi.advanceTimersByTime(60_000);
    expect(socket.connects).toBe(0);
  });

  it("tries again by itself when the server is only busy", () => {
    vi.useFakeTimers();
    const { socket, view } = setup();
    socket.active = false;
    socket.fire("connect_error", Object.assign(new Error("busy"), { data: { refusal: refusal("unavailable") } }));
    expect(view()?.status).toBe("reconnecting");
    vi.advanceTimersByTime(1_000);
    expect(socket.connects).toBe(1);
  });
});
