import { rateLimited, refusal } from "@repair-room/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { alexReady, checkIn, created, event, opened, samReady, setup, tearDown, welcome } from "./room-connection.fixture";

afterEach(tearDown);

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

  it("turned away for trying too often, waits as long as the room asks before trying again", () => {
    vi.useFakeTimers();
    const { socket, view } = setup();
    socket.active = false;
    socket.fire("connect_error", Object.assign(new Error("slow down"), { data: { refusal: rateLimited(7_000) } }));
    expect(view()?.status).toBe("reconnecting");
    vi.advanceTimersByTime(6_999);
    expect(socket.connects).toBe(0);
    vi.advanceTimersByTime(1);
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
