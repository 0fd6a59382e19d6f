import { foldEvents } from "../src/engine.js";
import { roomEventSchema, type RoomEvent } from "../src/events.js";
import type { RoomState } from "../src/state.js";
import { describe, expect, it } from "vitest";
import { nextStep } from "../src/next-step.js";

/** A room folded from events written as the server would stamp them. */
function roomAfter(...bodies: object[]): RoomState {
  const events = [
    { type: "room.created", topic: "The holidays", names: { partnerA: "Sam", partnerB: "Alex" }, actor: null },
    { type: "session.opened", ordinal: 1, kind: "first", actor: null },
    ...bodies,
  ].map((body, i) => roomEventSchema.parse({ at: 1_000 + i, seq: i + 1, actor: null, ...body }) as RoomEvent);
  return foldEvents(events);
}

const statement = { happened: "You left early", felt: "alone", needed: "a heads-up" };
const reflection = { heard: "I left early", feeling: "alone" };
const toShare = [
  { type: "lobby.ready", actor: "partnerA" },
  { type: "lobby.ready", actor: "partnerB" },
  { type: "phase.started", phase: "checkIn" },
  { type: "phase.started", phase: "share" },
];

describe("the next step, in one sentence for each person", () => {
  it("lobby: asks each partner to get ready, then waits for the other by name", () => {
    const lobby = roomAfter();
    expect(nextStep(lobby, "partnerA")).toBe("Your turn: read the ground rules, then say you're ready.");
    expect(nextStep(lobby, "observer")).toBe("Waiting for Sam and Alex to get ready.");
    const samReady = roomAfter({ type: "lobby.ready", actor: "partnerA" });
    expect(nextStep(samReady, "partnerA")).toBe("Waiting for Alex to say they're ready.");
  });

  it("check-in: your turn until yours is in", () => {
    const checkIn = roomAfter(...toShare.slice(0, 3), { type: "checkIn.submitted", actor: "partnerB", content: null });
    expect(nextStep(checkIn, "partnerA")).toBe("Your turn: check in with how you're feeling.");
    expect(nextStep(checkIn, "partnerB")).toBe("Waiting for Sam to check in.");
  });

  it("share: the speaker writes, the listener is told who is writing", () => {
    const share = roomAfter(...toShare);
    expect(nextStep(share, "partnerA")).toBe("Your turn: say what happened for you, and how you felt.");
    expect(nextStep(share, "partnerB")).toBe("Listen first: Sam is sharing what happened for them.");
    expect(nextStep(share, "partnerB", { partnerA: true, partnerB: false })).toBe("Sam is writing…");
  });

  it("share: the listener reflects back, and tries again after a 'not quite'", () => {
    const stated = roomAfter(...toShare, { type: "share.stated", actor: "partnerA", content: statement });
    expect(nextStep(stated, "partnerB")).toBe("Your turn: reflect back what Sam said.");
    expect(nextStep(stated, "partnerA")).toBe("Alex is reflecting back what you said.");
    expect(nextStep(stated, "observer")).toBe("Alex is reflecting back what Sam said.");
    const reflected = roomAfter(...toShare, { type: "share.stated", actor: "partnerA", content: statement }, { type: "share.reflected", actor: "partnerB", content: reflection });
    expect(nextStep(reflected, "partnerA")).toBe("Your turn: did Alex get it right?");
    expect(nextStep(reflected, "partnerB")).toBe("Waiting for Sam to say whether you got it.");
    const again = roomAfter(
      ...toShare,
      { type: "share.stated", actor: "partnerA", content: statement },
      { type: "share.reflected", actor: "partnerB", content: reflection },
      { type: "share.confirmed", actor: "partnerA", verdict: "notQuite", content: { clarification: "It was the second time" } },
    );
    expect(nextStep(again, "partnerB")).toBe("Your turn: try again to reflect back what Sam said.");
  });

  it("a pause and a stop come before the phase's own step", () => {
    const paused = roomAfter(...toShare, { type: "pause.raised", actor: "observer", minutes: 2, endsAt: 200_000 });
    expect(nextStep(paused, "partnerA")).toBe("Paused: take a breath. You'll go on when you're both ready.");
    expect(nextStep(paused, "observer")).toBe("Paused: Sam and Alex go on when they're both ready.");
    const away = roomAfter(...toShare, { type: "session.left", actor: null });
    expect(nextStep(away, "partnerB")).toBe("The session is paused for now. Go on whenever you're ready.");
    expect(nextStep(away, "observer")).toBe("The session is paused for now.");
  });

  it("agreements: approve, then wait for the other's approval of the same version", () => {
    const agreements = roomAfter(
      ...toShare.slice(0, 3),
      { type: "phase.started", phase: "agreements" },
      { type: "agreements.approved", actor: "partnerA", version: 1 },
    );
    expect(nextStep(agreements, "partnerA")).toBe("Waiting for Alex to approve this draft.");
    expect(nextStep(agreements, "partnerB")).toBe("Your turn: write the recap together, then approve it.");
  });
});
