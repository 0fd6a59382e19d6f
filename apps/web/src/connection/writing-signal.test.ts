import { roomEventSchema, type RoomEvent } from "@repair-room/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WritingSignal, type Writing } from "./writing-signal";

const event = (fields: object) => roomEventSchema.parse({ seq: 9, at: 1, actor: null, ...fields }) as RoomEvent;

describe("someone else's writing sign", () => {
  afterEach(() => vi.useRealTimers());

  function signal() {
    const seen: Writing[] = [];
    const writing = new WritingSignal(() => true, (w) => seen.push(w));
    return { writing, now: () => seen.at(-1) };
  }

  it("ends the moment they send what they wrote", () => {
    const { writing, now } = signal();
    writing.receive({ role: "partnerB", active: true });
    writing.events([event({ type: "share.stated", actor: "partnerB", content: { happened: "h", felt: "f", needed: "" } })]);
    expect(now()).toEqual({ partnerA: false, partnerB: false });
  });

  it("ends for everyone at once on a pause or when someone stops, whoever it was", () => {
    for (const type of ["pause.raised", "session.left", "session.adjourned"]) {
      const { writing, now } = signal();
      writing.receive({ role: "partnerA", active: true });
      writing.receive({ role: "partnerB", active: true });
      const body = type === "pause.raised" ? { minutes: 2, endsAt: 5, actor: "observer" } : {};
      writing.events([event({ type, ...body })]);
      expect(now(), type).toEqual({ partnerA: false, partnerB: false });
    }
  });

  it("keeps the other partner's sign when only one acted", () => {
    const { writing, now } = signal();
    writing.receive({ role: "partnerA", active: true });
    writing.events([event({ type: "lobby.ready", actor: "partnerB" })]);
    expect(now()).toEqual({ partnerA: true, partnerB: false });
  });
});
