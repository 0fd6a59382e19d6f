import { describe, expect, it } from "vitest";
import { roomEventSchema, type RoomEvent } from "../src/events.js";
import { describeEvent } from "../src/timeline-sentence.js";

const names = { partnerA: "Sam", partnerB: "Alex" };
const event = (body: object) => roomEventSchema.parse({ seq: 9, at: 1, actor: null, ...body }) as RoomEvent;

describe("timeline sentences", () => {
  it("name who did what, in the same words for everyone", () => {
    expect(describeEvent(event({ type: "lobby.ready", actor: "partnerA" }), names)).toBe("Sam is ready.");
    expect(describeEvent(event({ type: "phase.started", phase: "share" }), names)).toBe("Share and reflect began.");
    expect(describeEvent(event({ type: "pause.raised", actor: "observer", minutes: 2, endsAt: 5 }), names)).toBe(
      "The coach asked for a 2-minute pause.",
    );
    expect(
      describeEvent(event({ type: "share.confirmed", actor: "partnerA", verdict: "notQuite", content: { clarification: "x" } }), names),
    ).toBe("Sam said: not quite.");
  });

  it("never say who stopped or chose another time, even to that person", () => {
    for (const type of ["session.left", "session.adjourned"]) {
      expect(describeEvent(event({ type, actor: "partnerB" }), names)).toBe("The session is paused for now.");
      expect(describeEvent(event({ type, actor: null }), names)).toBe("The session is paused for now.");
    }
  });
});
