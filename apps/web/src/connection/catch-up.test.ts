import { foldEvents } from "@repair-room/protocol";
import { afterEach, describe, expect, it } from "vitest";
import { alexReady, checkIn, created, opened, samReady, setup, tearDown, welcome } from "./room-connection.fixture";

afterEach(tearDown);

describe("catching up with the room", () => {
  it("starts a page that holds nothing of this session from the welcome's snapshot", () => {
    const { socket, view } = setup();
    const before = foldEvents([created, opened, samReady]);
    socket.fire("welcome", { ...welcome([alexReady, checkIn]), snapshot: { seq: 3, state: before } });
    expect(view()?.timeline.state.seq).toBe(5);
    expect(view()?.timeline.events.map((e) => e.seq)).toEqual([4, 5]);
    expect(view()?.timeline.state.session?.phase).toBe("checkIn");
    expect(socket.emittedOf("sync")).toHaveLength(0);
  });

  it("asks for what it missed when the room says its log goes further", () => {
    const { socket, view } = setup();
    socket.fire("welcome", welcome([created, opened]));
    socket.fire("latest", { latestSeq: 2 });
    expect(socket.emittedOf("sync")).toHaveLength(0);
    socket.fire("latest", { latestSeq: 3 });
    const [sync] = socket.emittedOf("sync");
    expect(sync?.payload).toEqual({ afterSeq: 2 });
    sync?.ack(null, { ok: true, events: [samReady], latestSeq: 3 });
    expect(view()?.timeline.state.seq).toBe(3);
  });

  it("asks for the next page while an answer says there is more", () => {
    const { socket, view } = setup();
    socket.fire("welcome", welcome([created, opened]));
    socket.fire("latest", { latestSeq: 5 });
    socket.emittedOf("sync")[0]?.ack(null, { ok: true, events: [samReady], latestSeq: 5 });
    const [, second] = socket.emittedOf("sync");
    expect(second?.payload).toEqual({ afterSeq: 3 });
    second?.ack(null, { ok: true, events: [alexReady, checkIn], latestSeq: 5 });
    expect(view()?.timeline.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(socket.emittedOf("sync")).toHaveLength(2);
  });
});
