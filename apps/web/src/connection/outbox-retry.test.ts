import { rateLimited, refusal, type Intent } from "@repair-room/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryStorage } from "../test-support/memory-storage";
import { keptOutboxKey } from "./kept-outbox";
import { alexReady, created, opened, roomId, samReady, setup, tearDown, welcome } from "./room-connection.fixture";

afterEach(tearDown);

/** A connection welcomed into a lobby, on fake timers. */
function welcomed(outboxStore?: MemoryStorage) {
  vi.useFakeTimers();
  vi.setSystemTime(1_700_000_000_000);
  const it = setup(undefined, undefined, outboxStore);
  it.socket.fire("welcome", welcome([created, opened]));
  const sends = () => it.socket.emittedOf("action");
  return { ...it, sends };
}

describe("the outbox keeps an action the room has not settled", () => {
  it("sends it again with the same actionId after `unavailable`, saying so calmly, until it is accepted", () => {
    const { socket, view, conn, sends } = welcomed();
    const answers: unknown[] = [];
    conn.act({ type: "lobby.ready" }, (ack) => answers.push(ack));
    sends()[0]?.ack(null, refusal("unavailable"));

    expect(view()?.outbox).toHaveLength(1);
    expect(view()?.actionError).toBeNull();
    expect(view()?.waiting).toEqual({ reason: "unavailable", since: 1_700_000_000_000 });
    expect(answers).toEqual([]);

    vi.advanceTimersByTime(999);
    expect(sends()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sends()).toHaveLength(2);
    expect(sends()[1]?.payload).toEqual(sends()[0]?.payload);
    expect(sends()[1]?.payload).toMatchObject({ actionId: "action-1" });

    sends()[1]?.ack(null, { ok: true, seq: 3 });
    expect(view()?.waiting).toBeNull();
    socket.fire("events", [samReady]);
    expect(view()?.outbox).toHaveLength(0);
    expect(view()?.timeline.state.seq).toBe(3);
    expect(answers).toEqual([{ ok: true, seq: 3 }]);
    vi.advanceTimersByTime(60_000);
    expect(sends()).toHaveLength(2);
  });

  it("waits as long as `rate_limited` asks before sending it again", () => {
    const { view, conn, sends } = welcomed();
    conn.act({ type: "lobby.ready" });
    sends()[0]?.ack(null, rateLimited(3_000));
    expect(view()?.waiting?.reason).toBe("busy");
    vi.advanceTimersByTime(2_999);
    expect(sends()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sends()).toHaveLength(2);
    expect(sends()[1]?.payload).toEqual(sends()[0]?.payload);
  });

  it("backs off gently after `internal` (1 s, 2 s, 4 s…, never past 15 s), and starts afresh once one is settled", () => {
    const { socket, view, conn, sends } = welcomed();
    conn.act({ type: "lobby.ready" });
    const gaps: number[] = [];
    let last = Date.now();
    for (let i = 0; i < 6; i++) {
      sends().at(-1)?.ack(null, refusal("internal"));
      const before = sends().length;
      for (let waited = 0; sends().length === before && waited < 60_000; waited += 100) vi.advanceTimersByTime(100);
      gaps.push(Date.now() - last);
      last = Date.now();
    }
    expect(gaps).toEqual([1_000, 2_000, 4_000, 8_000, 15_000, 15_000]);
    expect(view()?.waiting?.reason).toBe("unavailable");
    expect(new Set(sends().map((s) => (s.payload as Intent).actionId))).toEqual(new Set(["action-1"]));

    sends().at(-1)?.ack(null, { ok: true, seq: 3 });
    socket.fire("events", [samReady]);
    conn.act({ type: "lobby.firstSpeaker", speaker: "partnerB" });
    sends().at(-1)?.ack(null, refusal("internal"));
    const before = sends().length;
    vi.advanceTimersByTime(1_000);
    expect(sends()).toHaveLength(before + 1);
  });

  it("settles at once on a refusal on the merits, shown beside its control, and never sends it again", () => {
    const { view, conn, sends } = welcomed();
    const answers: unknown[] = [];
    conn.act({ type: "share.moveOn" }, (ack) => answers.push(ack));
    sends()[0]?.ack(null, refusal("wrong_phase"));
    expect(view()?.outbox).toHaveLength(0);
    expect(view()?.waiting).toBeNull();
    expect(view()?.actionError).toMatchObject({ code: "wrong_phase", intentType: "share.moveOn" });
    expect(answers).toEqual([refusal("wrong_phase")]);
    vi.advanceTimersByTime(60_000);
    expect(sends()).toHaveLength(1);
  });

  it("sends it again with the same actionId when no answer comes in time", () => {
    const { view, conn, sends } = welcomed();
    conn.act({ type: "lobby.ready" });
    expect(view()?.waiting).toBeNull();
    sends()[0]?.ack(new Error("operation has timed out"));
    expect(view()?.waiting?.reason).toBe("noAnswer");
    vi.advanceTimersByTime(1_000);
    expect(sends()).toHaveLength(2);
    expect(sends()[1]?.payload).toEqual(sends()[0]?.payload);
  });

  it("takes a second press of the same action while it waits as that one action", () => {
    const { socket, view, conn, sends } = welcomed();
    const answers: string[] = [];
    conn.act({ type: "pause.raise", minutes: 2 }, () => answers.push("first"));
    sends()[0]?.ack(null, refusal("unavailable"));
    const again = conn.act({ type: "pause.raise", minutes: 2 }, () => answers.push("second"));
    expect(again).toBe("action-1");
    expect(view()?.outbox).toHaveLength(1);
    vi.advanceTimersByTime(1_000);
    expect(sends()).toHaveLength(2);
    sends()[1]?.ack(null, { ok: true, seq: 3 });
    socket.fire("events", [{ ...samReady, type: "pause.raised", minutes: 2, endsAt: 1 } as never]);
    expect(answers).toEqual(["first", "second"]);
  });

  it("keeps a different action, or the same one after another, as actions of their own", () => {
    const { view, conn } = welcomed();
    conn.act({ type: "lobby.firstSpeaker", speaker: "partnerA" });
    conn.act({ type: "lobby.firstSpeaker", speaker: "partnerB" });
    conn.act({ type: "lobby.firstSpeaker", speaker: "partnerA" });
    expect(view()?.outbox.map((i) => i.actionId)).toEqual(["action-1", "action-2", "action-3"]);
  });

  it("says it waits while offline, and sends at once when the room welcomes the page back, whatever delay was running", () => {
    const { socket, view, conn, sends } = welcomed();
    conn.act({ type: "lobby.ready" });
    sends()[0]?.ack(null, rateLimited(10_000));
    socket.fire("disconnect", "transport close");
    expect(view()?.waiting).toEqual({ reason: "offline", since: 1_700_000_000_000 });
    socket.fire("welcome", welcome([]));
    expect(view()?.waiting).toBeNull();
    expect(sends()).toHaveLength(2);
    expect(sends()[1]?.payload).toEqual(sends()[0]?.payload);
    // The delay from before the drop ends nothing and sends nothing more.
    vi.advanceTimersByTime(10_000);
    expect(sends()).toHaveLength(2);
  });

  it("an earlier attempt's late `unavailable` does not start another wait", () => {
    const { socket, view, conn, sends } = welcomed();
    conn.act({ type: "lobby.ready" });
    socket.fire("disconnect", "transport close");
    socket.fire("welcome", welcome([]));
    sends()[0]?.ack(null, refusal("unavailable"));
    expect(view()?.waiting).toBeNull();
    expect(view()?.actionError).toBeNull();
    sends()[1]?.ack(null, { ok: true, seq: 3 });
    socket.fire("events", [samReady]);
    vi.advanceTimersByTime(30_000);
    expect(sends()).toHaveLength(2);
    expect(view()?.outbox).toHaveLength(0);
  });
});

describe("the outbox across a reload of the tab", () => {
  it("sends what an earlier page left unanswered with its own actionId, ahead of anything asked since", () => {
    const kept = new MemoryStorage();
    const first = welcomed(kept);
    first.conn.act({ type: "lobby.ready" });
    first.conn.act({ type: "lobby.firstSpeaker", speaker: "partnerB" });
    first.sends()[0]?.ack(null, { ok: true, seq: 3 });
    first.socket.fire("events", [samReady]);
    first.sends()[1]?.ack(null, refusal("unavailable"));
    first.conn.close();
    expect(JSON.parse(kept.getItem(keptOutboxKey(roomId, "partnerA")) ?? "[]")).toEqual([
      { type: "lobby.firstSpeaker", speaker: "partnerB", actionId: "action-2" },
    ]);

    const page = setup(undefined, undefined, kept);
    page.conn.act({ type: "share.moveOn" });
    page.socket.fire("welcome", welcome([created, opened, samReady]));
    expect(page.view()?.outbox.map((i) => i.actionId)).toEqual(["action-2", "action-1"]);
    const [sent] = page.socket.emittedOf("action");
    expect(sent?.payload).toEqual({ type: "lobby.firstSpeaker", speaker: "partnerB", actionId: "action-2" });
    sent?.ack(null, { ok: true, seq: 4 });
    page.socket.fire("events", [{ ...alexReady, type: "lobby.firstSpeakerSet", speaker: "partnerB", actor: "partnerA" } as never]);
    page.socket.emittedOf("action")[1]?.ack(null, refusal("wrong_phase"));
    expect(page.view()?.outbox).toHaveLength(0);
    expect(kept.getItem(keptOutboxKey(roomId, "partnerA"))).toBeNull();
  });

  it("ignores what is not an intent, and forgets the room's outbox once the room is gone", () => {
    const kept = new MemoryStorage();
    kept.setItem(keptOutboxKey(roomId, "partnerA"), JSON.stringify([{ type: "nonsense" }, { type: "lobby.ready", actionId: "kept-action-1" }]));
    const page = setup(undefined, undefined, kept);
    page.socket.fire("welcome", welcome([created, opened]));
    expect(page.view()?.outbox.map((i) => i.actionId)).toEqual(["kept-action-1"]);

    page.socket.fire("closing", refusal("room_deleted"));
    page.socket.fire("disconnect", "io server disconnect");
    expect(page.view()?.status).toBe("refused");
    expect(kept.getItem(keptOutboxKey(roomId, "partnerA"))).toBeNull();
  });

  it("lives in memory when storage is blocked", () => {
    const blocked = new MemoryStorage();
    blocked.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    const { view, conn, sends } = welcomed(blocked);
    conn.act({ type: "lobby.ready" });
    expect(view()?.outbox).toHaveLength(1);
    expect(sends()).toHaveLength(1);
  });
});
