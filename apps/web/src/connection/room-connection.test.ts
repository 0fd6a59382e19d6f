import { protocolVersion, refusal, roomEventSchema, type RoomEvent, type Welcome } from "@repair-room/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fingerprint, pendingLinkKey, readPendingLink, writePendingLink } from "./pending-link";
import { RoomConnection, type RoomSocket, type RoomView } from "./room-connection";
import { MemoryStorage } from "../test-support/memory-storage";

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
  tokenSent(): string {
    let sent = "";
    this.auth((data) => {
      sent = (data as { token: string }).token;
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
const event = (fields: object) => roomEventSchema.parse({ at: 1_700_000_000_000, ...fields }) as RoomEvent;
const created = event({ type: "room.created", topic: "The holidays", names: { partnerA: "Sam", partnerB: "Alex" }, seq: 1, actor: null });
const opened = event({ type: "session.opened", ordinal: 1, kind: "first", seq: 2, actor: null });
const samReady = event({ type: "lobby.ready", seq: 3, actor: "partnerA" });
const alexReady = event({ type: "lobby.ready", seq: 4, actor: "partnerB" });
const checkIn = event({ type: "phase.started", phase: "checkIn", seq: 5, actor: "partnerB" });

function welcome(missed: RoomEvent[], latestSeq = missed.at(-1)?.seq ?? 0, serverNow = Date.now()): Welcome {
  return {
    protocolVersion,
    roomId: "r".repeat(22),
    role: "partnerA",
    topic: "The holidays",
    names: { partnerA: "Sam", partnerB: "Alex" },
    presence: { partners: { partnerA: true, partnerB: false }, observers: 0 },
    latestSeq,
    missed,
    serverNow,
  };
}

let connection: RoomConnection | null = null;
afterEach(() => {
  connection?.close();
  connection = null;
  vi.useRealTimers();
});


const roomId = "r".repeat(22);
const oldToken = "t".repeat(43);

function setup(network?: EventTarget, store = new MemoryStorage()) {
  let socket: FakeSocket | null = null;
  const views: RoomView[] = [];
  let ids = 0;
  let tokens = 0;
  connection = new RoomConnection({
    roomId,
    token: oldToken,
    pendingStore: store,
    makeToken: () => `${++tokens}`.padStart(43, "N"),
    onChange: (view) => views.push(view),
    connect: (auth) => {
      socket = new FakeSocket(auth);
      return socket as unknown as RoomSocket;
    },
    makeActionId: () => `action-${++ids}`,
    ...(network ? { network } : {}),
  });
  connection.start();
  return { socket: socket as unknown as FakeSocket, view: () => views.at(-1), conn: connection, store, tokensMade: () => tokens };
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

  it("names the refused action, and tells its sender the answer", () => {
    const { socket, view, conn } = setup();
    socket.fire("welcome", welcome([created, opened]));
    const answers: unknown[] = [];
    conn.act({ type: "share.moveOn" }, (ack) => answers.push(ack));
    socket.emittedOf("action")[0]?.ack(null, refusal("wrong_phase"));
    expect(view()?.actionError).toMatchObject({ code: "wrong_phase", intentType: "share.moveOn" });
    expect(answers).toEqual([refusal("wrong_phase")]);
    conn.act({ type: "lobby.ready" }, (ack) => answers.push(ack));
    expect(view()?.actionError).toBeNull();
    socket.emittedOf("action")[1]?.ack(null, { ok: true, seq: 3 });
    socket.fire("events", [samReady]);
    expect(answers.at(-1)).toEqual({ ok: true, seq: 3 });
  });

  it("keeps an accepted action pending until its events are folded in, then sends the next", () => {
    const { socket, view, conn } = setup();
    socket.fire("welcome", welcome([created, opened]));
    const answers: unknown[] = [];
    conn.act({ type: "lobby.ready" }, (ack) => answers.push(ack));
    conn.act({ type: "lobby.firstSpeaker", speaker: "partnerB" });
    socket.emittedOf("action")[0]?.ack(null, { ok: true, seq: 3 });
    // Between the answer and the broadcast the screen still shows "sending", not the old state.
    expect(view()?.outbox).toHaveLength(2);
    expect(answers).toEqual([]);
    expect(socket.emittedOf("action")).toHaveLength(1);
    socket.fire("events", [samReady]);
    expect(view()?.outbox).toHaveLength(1);
    expect(answers).toEqual([{ ok: true, seq: 3 }]);
    expect(socket.emittedOf("action")).toHaveLength(2);
  });

  it("says when this partner starts and stops writing, without flooding the line", () => {
    vi.useFakeTimers();
    const { socket, conn } = setup();
    socket.fire("welcome", welcome([created, opened]));
    conn.typing();
    vi.advanceTimersByTime(1_000);
    conn.typing();
    expect(socket.plain).toEqual([{ event: "typing", payload: { active: true } }]);
    vi.advanceTimersByTime(3_000);
    expect(socket.plain.at(-1)).toEqual({ event: "typing", payload: { active: false } });
    expect(socket.plain).toHaveLength(2);
    conn.stopTyping();
    expect(socket.plain).toHaveLength(2);
  });

  it("shows who else is writing, and forgets it when no news comes", () => {
    vi.useFakeTimers();
    const { socket, view } = setup();
    socket.fire("welcome", welcome([created, opened]));
    socket.fire("typing", { role: "partnerB", active: true });
    expect(view()?.writing).toEqual({ partnerA: false, partnerB: true });
    vi.advanceTimersByTime(5_000);
    socket.fire("typing", { role: "partnerB", active: true });
    vi.advanceTimersByTime(5_000);
    expect(view()?.writing.partnerB).toBe(true);
    vi.advanceTimersByTime(3_001);
    expect(view()?.writing.partnerB).toBe(false);
    socket.fire("typing", { role: "partnerB", active: true });
    socket.fire("presence", { partners: { partnerA: true, partnerB: false }, observers: 0 });
    expect(view()?.writing.partnerB).toBe(false);
  });

  it("keeps an observer's notes in order, once each, and adds one on its answer", async () => {
    const { socket, view, conn } = setup();
    socket.fire("welcome", { ...welcome([created, opened]), role: "observer" });
    const first = { id: "n1", sessionOrdinal: 1, text: "Calm start", at: 10 };
    socket.fire("notes", [first]);
    socket.fire("notes", [first]);
    const pending = conn.addNote("Sam paused well");
    const [sent] = socket.emittedOf("note");
    expect(sent?.payload).toEqual({ text: "Sam paused well" });
    const second = { id: "n2", sessionOrdinal: 1, text: "Sam paused well", at: 20 };
    sent?.ack(null, { ok: true, note: second });
    await expect(pending).resolves.toEqual({ ok: true, note: second });
    expect(view()?.notes.map((n) => n.id)).toEqual(["n1", "n2"]);
  });

  it("refuses a note at once while the line is down, so the words stay in the box", async () => {
    const { conn } = setup();
    await expect(conn.addNote("Later")).resolves.toMatchObject({ ok: false, code: "unavailable" });
  });

  it("dates the server's clock from the welcome, then from live events (never from replayed ones)", () => {
    vi.useFakeTimers();
    vi.setSystemTime(1_700_000_000_000);
    const { socket, view } = setup();
    socket.fire("welcome", welcome([created, opened], 2, 1_700_000_002_000));
    expect(view()?.clockOffset).toBe(2_000);
    socket.fire("events", [event({ type: "lobby.ready", seq: 3, actor: "partnerB", at: 1_700_000_004_000 })]);
    expect(view()?.clockOffset).toBe(4_000);
  });

  it("notices a lost network at once and redials as soon as it is back", () => {
    const network = new EventTarget();
    const { socket } = setup(network);
    socket.fire("welcome", welcome([created, opened]));
    network.dispatchEvent(new Event("offline"));
    expect(socket.engineCloses).toBe(1);
    socket.fire("disconnect", "transport close");
    network.dispatchEvent(new Event("online"));
    expect(socket.connects).toBe(1);
  });
});

describe("RoomConnection: a new link for this seat", () => {
  const first = "1".padStart(43, "N");
  const linkOf = (token: string) => `http://localhost/r/${roomId}#${token}`;
  const revoked = () => Object.assign(new Error("refused"), { data: { refusal: refusal("link_revoked") } });

  it("makes the token here, keeps it before asking, and adopts it on the answer", async () => {
    const { socket, view, conn, store } = setup();
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    const [sent] = socket.emittedOf("reissueLink");
    expect(sent?.payload).toEqual({ token: first });
    // Kept before the request left, under this room and seat, beside a fingerprint of the old link.
    expect(readPendingLink(roomId, "partnerA", store)).toEqual({ token: first, replaces: fingerprint(oldToken) });
    expect(store.getItem(pendingLinkKey(roomId, "partnerA"))).not.toContain(oldToken);
    expect(conn.currentToken).toBe(oldToken);

    sent?.ack(null, { ok: true, link: linkOf(first) });
    await expect(asked).resolves.toEqual({ ok: true, link: linkOf(first) });
    expect(view()?.token).toBe(first);
    expect(conn.currentToken).toBe(first);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
    // Both are this seat's: an address showing the old one is put right, not restarted.
    expect(conn.hasHeld(oldToken)).toBe(true);
    expect(conn.hasHeld(first)).toBe(true);
    expect(conn.hasHeld("x".repeat(43))).toBe(false);
    // Every later reconnect uses the new link.
    socket.fire("disconnect", "transport close");
    expect(socket.tokenSent()).toBe(first);
  });

  it("keeps the token when no answer comes, and asks again with the same one", async () => {
    const { socket, view, conn, store, tokensMade } = setup();
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    socket.emittedOf("reissueLink")[0]?.ack(new Error("operation has timed out"));
    await expect(asked).resolves.toMatchObject({ ok: false, code: "unavailable" });
    expect(conn.currentToken).toBe(oldToken);
    expect(view()?.token).toBe(oldToken);
    expect(readPendingLink(roomId, "partnerA", store)?.token).toBe(first);

    const again = conn.reissueLink();
    expect(socket.emittedOf("reissueLink")[1]?.payload).toEqual({ token: first });
    expect(tokensMade()).toBe(1);
    socket.emittedOf("reissueLink")[1]?.ack(null, { ok: true, link: linkOf(first) });
    await again;
    expect(conn.currentToken).toBe(first);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
  });

  it("also keeps asking with the same token after a reload (it is in storage), and forgets it on a refusal", async () => {
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { token: "k".repeat(43), replaces: fingerprint(oldToken) }, store);
    const { socket, conn, tokensMade } = setup(undefined, store);
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    expect(socket.emittedOf("reissueLink")[0]?.payload).toEqual({ token: "k".repeat(43) });
    expect(tokensMade()).toBe(0);
    socket.emittedOf("reissueLink")[0]?.ack(null, refusal("link_revoked"));
    await expect(asked).resolves.toMatchObject({ ok: false, code: "link_revoked" });
    expect(conn.currentToken).toBe(oldToken);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
  });

  it("refused on its old link after an answer that never came, tries the kept token once and carries on with it", async () => {
    const { socket, view, conn, store } = setup();
    socket.fire("welcome", welcome([created, opened]));
    const asked = conn.reissueLink();
    // The room took it, but the line dropped before the answer.
    socket.emittedOf("reissueLink")[0]?.ack(new Error("operation has timed out"));
    await asked;
    socket.fire("disconnect", "transport close");
    expect(socket.tokenSent()).toBe(oldToken);
    socket.active = false;
    socket.fire("connect_error", revoked());
    expect(view()?.status).not.toBe("refused");
    expect(socket.connects).toBe(1);
    expect(socket.tokenSent()).toBe(first);

    socket.fire("welcome", welcome([created, opened]));
    expect(view()?.status).toBe("open");
    expect(view()?.token).toBe(first);
    expect(conn.currentToken).toBe(first);
    expect(conn.hasHeld(oldToken)).toBe(true);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
  });

  it("on a fresh page (seat not known yet), finds the token kept for the refused link", () => {
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerB", { token: "k".repeat(43), replaces: fingerprint(oldToken) }, store);
    const { socket, view, conn } = setup(undefined, store);
    socket.fire("connect_error", revoked());
    expect(socket.tokenSent()).toBe("k".repeat(43));
    socket.fire("welcome", { ...welcome([created, opened]), role: "partnerB" });
    expect(view()?.status).toBe("open");
    expect(conn.currentToken).toBe("k".repeat(43));
    expect(readPendingLink(roomId, "partnerB", store)).toBeNull();
  });

  it("refused on the kept token too: forgets it, shows that the link was replaced, and stops", () => {
    vi.useFakeTimers();
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { token: "k".repeat(43), replaces: fingerprint(oldToken) }, store);
    const { socket, view, conn } = setup(undefined, store);
    socket.active = false;
    socket.fire("connect_error", revoked());
    expect(socket.connects).toBe(1);
    socket.fire("connect_error", Object.assign(new Error("refused"), { data: { refusal: refusal("invalid_link") } }));
    expect(view()?.status).toBe("refused");
    expect(view()?.refusal?.code).toBe("link_revoked");
    expect(conn.currentToken).toBe(oldToken);
    expect(readPendingLink(roomId, "partnerA", store)).toBeNull();
    vi.advanceTimersByTime(60_000);
    expect(socket.connects).toBe(1);
  });

  it("never tries a token kept for another link, nor when the refusal is not about a replaced link", () => {
    const store = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { token: "k".repeat(43), replaces: fingerprint("x".repeat(43)) }, store);
    const { socket, view } = setup(undefined, store);
    socket.fire("connect_error", revoked());
    expect(view()?.status).toBe("refused");
    expect(socket.connects).toBe(0);

    const kept = new MemoryStorage();
    writePendingLink(roomId, "partnerA", { token: "k".repeat(43), replaces: fingerprint(oldToken) }, kept);
    const other = setup(undefined, kept);
    other.socket.fire("connect_error", Object.assign(new Error("refused"), { data: { refusal: refusal("room_deleted") } }));
    expect(other.view()?.status).toBe("refused");
    expect(other.socket.connects).toBe(0);
  });

  it("closed on its old link while connected (the room told it), tries the kept token too", () => {
    const store = new MemoryStorage();
    const { socket, view, conn } = setup(undefined, store);
    socket.fire("welcome", welcome([created, opened]));
    writePendingLink(roomId, "partnerA", { token: "k".repeat(43), replaces: fingerprint(oldToken) }, store);
    socket.fire("closing", refusal("link_revoked"));
    socket.fire("disconnect", "io server disconnect");
    expect(view()?.status).toBe("reconnecting");
    expect(socket.tokenSent()).toBe("k".repeat(43));
    socket.fire("welcome", welcome([created, opened]));
    expect(conn.currentToken).toBe("k".repeat(43));
    expect(view()?.status).toBe("open");
  });
});
