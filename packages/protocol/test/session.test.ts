import { describe, expect, it } from "vitest";
import { decide, foldEvents } from "../src/engine.js";
import { engineOptions } from "../src/options.js";
import { roles } from "../src/roles.js";
import { viewOf } from "../src/visibility.js";
import { acknowledge, checkIn, intention, reflection, statement, understoodRound, unclearRound } from "../testing/index.js";
import { minutes, Sim } from "./support/sim.js";

/** Walk a room to the start of a phase the quick way. */
function toShare(sim = new Sim()): Sim {
  sim.ok("partnerA", { type: "lobby.ready" });
  sim.ok("partnerB", { type: "lobby.ready" });
  sim.ok("partnerA", checkIn("hurt"));
  sim.ok("partnerB", checkIn("anxious"));
  return sim;
}
function roundUnderstood(sim: Sim, speaker: "partnerA" | "partnerB") {
  sim.play(understoodRound(speaker));
}
function toAgreements(sim = toShare()): Sim {
  roundUnderstood(sim, "partnerA");
  roundUnderstood(sim, "partnerB");
  sim.ok("partnerA", { type: "share.moveOn" });
  sim.ok("partnerB", { type: "share.moveOn" });
  sim.ok("partnerA", intention());
  sim.ok("partnerB", intention());
  sim.ok("partnerA", acknowledge());
  sim.ok("partnerB", acknowledge());
  return sim;
}
const draft = { agreedTrue: "We both care", unclear: "", nextSteps: [], practice: "Pause before replying" };

describe("lobby", () => {
  it("lets partners edit names, topic and who speaks first, asking both to be ready again", () => {
    const sim = new Sim();
    sim.ok("partnerA", { type: "lobby.ready" });
    sim.ok("partnerB", { type: "lobby.setName", content: { name: "  Alexandra " } });
    sim.ok("partnerA", { type: "lobby.setTopic", content: { topic: "Holiday plans" } });
    sim.ok("partnerA", { type: "lobby.firstSpeaker", speaker: "partnerB" });
    expect(sim.state).toMatchObject({ topic: "Holiday plans", names: { partnerA: "Sam", partnerB: "Alexandra" } });
    expect(sim.state.session).toMatchObject({ phase: "lobby", firstSpeaker: "partnerB", ready: { partnerA: false, partnerB: false } });
    expect(sim.refused("observer", { type: "lobby.setTopic", content: { topic: "x" } })).toBe("not_your_seat");
    expect(sim.refused("partnerA", { type: "lobby.format", format: "checkInOnly" })).toBe("wrong_phase");
    expect(sim.refused("partnerA", checkIn())).toBe("wrong_phase");
  });
});

describe("check-in", () => {
  it("keeps each check-in from every other seat until both are in, then reveals both together", () => {
    const sim = new Sim();
    sim.ok("partnerA", { type: "lobby.ready" });
    sim.ok("partnerB", { type: "lobby.ready" });
    sim.ok("partnerA", checkIn("hurt", "a private note"));
    expect(sim.refused("partnerA", checkIn("calm"))).toBe("wrong_phase");
    for (const role of ["partnerB", "observer"] as const) {
      expect(JSON.stringify(sim.streams[role])).not.toContain("a private note");
      expect(foldEvents(sim.streams[role]).session).toMatchObject({ phase: "checkIn", submitted: { partnerA: "hidden", partnerB: null } });
    }
    expect(JSON.stringify(sim.streams.partnerA)).toContain("a private note");
    sim.ok("partnerB", checkIn("anxious"));
    for (const role of roles) {
      expect(foldEvents(sim.streams[role]).session?.record.checkIns).toEqual({
        partnerA: { feelings: [{ feeling: "hurt", intensity: 6 }], note: "a private note" },
        partnerB: { feelings: [{ feeling: "anxious", intensity: 6 }], note: "" },
      });
    }
    expect(sim.state.session?.phase).toBe("share");
  });

  it("asks for 1 to 3 different feelings from the vocabulary with intensity 1 to 10", () => {
    const sim = new Sim();
    sim.ok("partnerA", { type: "lobby.ready" });
    sim.ok("partnerB", { type: "lobby.ready" });
    const bad = [
      { feelings: [], note: "" },
      { feelings: ["hurt", "sad", "angry", "calm"].map((feeling) => ({ feeling, intensity: 3 })), note: "" },
      { feelings: [{ feeling: "hurt", intensity: 11 }], note: "" },
      { feelings: [{ feeling: "hangry", intensity: 3 }], note: "" },
      { feelings: [{ feeling: "hurt", intensity: 3 }, { feeling: "hurt", intensity: 4 }], note: "" },
    ];
    for (const content of bad) expect(sim.refused("partnerA", { type: "checkIn.submit", content } as never)).toBe("invalid_input");
  });
});

describe("share and reflect", () => {
  it("runs speaker, listener and confirmation in turn, swapping roles each round", () => {
    const sim = new Sim();
    sim.ok("partnerA", { type: "lobby.firstSpeaker", speaker: "partnerB" });
    toShare(sim);
    expect(sim.refused("partnerA", statement("me first"))).toBe("not_your_turn");
    expect(sim.refused("partnerB", reflection("early"))).toBe("not_your_turn");
    sim.ok("partnerB", statement("I felt left out of the plans"));
    expect(sim.refused("partnerB", reflection("myself"))).toBe("not_your_turn");
    expect(sim.refused("partnerA", { type: "share.confirm", verdict: "yes" })).toBe("not_your_turn");
    sim.ok("partnerA", reflection("You felt left out"));
    expect(sim.refused("partnerB", { type: "share.confirm", verdict: "notQuite" })).toBe("invalid_input");
    sim.ok("partnerB", { type: "share.confirm", verdict: "notQuite", content: { clarification: "It was about being asked" } });
    sim.ok("partnerA", reflection("You wanted to be asked"));
    sim.ok("partnerB", { type: "share.confirm", verdict: "yes" });
    expect(sim.state.session).toMatchObject({ phase: "share", round: { speaker: "partnerA", step: "stating" }, spoken: { partnerA: false, partnerB: true } });
    const round = sim.state.session?.record.rounds[0];
    expect(round).toMatchObject({ speaker: "partnerB", outcome: "understood" });
    expect(round?.attempts.map((a) => [a.verdict, a.clarification])).toEqual([["notQuite", "It was about being asked"], ["yes", null]]);
  });

  it("carries a point to the recap as unclear after the method's last try", () => {
    const sim = toShare();
    sim.play(unclearRound("partnerA", sim.options, "the calendar thing"));
    expect(sim.state.session?.record.rounds[0]).toMatchObject({ outcome: "unclear" });
    expect(sim.state.session?.record.rounds[0]?.attempts).toHaveLength(sim.options.reflectionTries);
    expect(sim.state.session).toMatchObject({ round: { speaker: "partnerB", step: "stating" } });
  });

  it("moves on only once each partner has spoken and both choose to", () => {
    const sim = toShare();
    roundUnderstood(sim, "partnerA");
    expect(sim.refused("partnerA", { type: "share.moveOn" })).toBe("wrong_phase");
    roundUnderstood(sim, "partnerB");
    sim.ok("partnerA", { type: "share.moveOn" });
    // Another round is still possible, and asks both again.
    roundUnderstood(sim, "partnerA");
    expect(sim.state.session).toMatchObject({ phase: "share", movingOn: { partnerA: false, partnerB: false } });
    sim.ok("partnerA", { type: "share.moveOn" });
    sim.ok("partnerB", { type: "share.moveOn" });
    expect(sim.state.session?.phase).toBe("intentions");
    expect(sim.state.session?.record.rounds).toHaveLength(3);
  });
});

describe("intentions and agreements", () => {
  it("opens the shared draft pre-filled with what stayed unclear", () => {
    const sim = toShare();
    sim.play(unclearRound("partnerA", sim.options, "the calendar thing"));
    roundUnderstood(sim, "partnerB");
    sim.ok("partnerA", { type: "share.moveOn" });
    sim.ok("partnerB", { type: "share.moveOn" });
    sim.ok("partnerA", intention("to help", "you felt alone", "Ask before I plan"));
    expect(sim.refused("partnerA", intention())).toBe("wrong_phase");
    sim.ok("partnerB", intention("to rest", "you felt rushed", "Say when I need a break"));
    sim.ok("partnerA", acknowledge());
    sim.ok("partnerB", acknowledge());
    expect(sim.state.session).toMatchObject({
      phase: "agreements",
      draft: {
        version: 1,
        sections: {
          unclear: "Sam: the calendar thing",
          nextSteps: [
            { who: "partnerA", what: "Ask before I plan", byWhen: "2026-11-29" },
            { who: "partnerB", what: "Say when I need a break", byWhen: "2026-11-29" },
          ],
        },
      },
    });
  });

  it("refuses a stale edit, re-asks after an edit, and closes on both approvals of one version", () => {
    const sim = toAgreements();
    sim.ok("partnerA", { type: "agreements.edit", baseVersion: 1, content: draft });
    expect(sim.refused("partnerB", { type: "agreements.edit", baseVersion: 1, content: { ...draft, practice: "x" } })).toBe("stale_version");
    sim.ok("partnerA", { type: "agreements.appreciate", content: { text: "You listened" } });
    sim.ok("partnerA", { type: "agreements.approve", version: 3 });
    sim.ok("partnerB", {
      type: "agreements.edit",
      baseVersion: 3,
      content: { ...draft, nextSteps: [{ who: "both", what: "Weekly check-in", byWhen: "2026-11-29" }] },
    });
    expect(sim.state.session).toMatchObject({ approvals: { partnerA: null, partnerB: null } });
    expect(sim.refused("partnerA", { type: "agreements.approve", version: 3 })).toBe("stale_version");
    sim.ok("partnerA", { type: "agreements.approve", version: 4 });
    expect(sim.state.session?.phase).toBe("agreements");
    const closing = sim.ok("partnerB", { type: "agreements.approve", version: 4 });
    expect(closing.map((e) => e.type)).toEqual(["agreements.approved", "session.closed"]);
    expect(sim.state.session?.phase).toBe("closed");
    expect(sim.state.lastRecap).toMatchObject({
      approvedVersion: 4,
      agreements: { agreedTrue: "We both care", nextSteps: [{ who: "both", what: "Weekly check-in", byWhen: "2026-11-29" }] },
      appreciations: { partnerA: "You listened", partnerB: null },
      names: { partnerA: "Sam", partnerB: "Alex" },
    });
    // Nothing more can be added to a closed session.
    for (const intent of [intention(), { type: "agreements.approve" as const, version: 4 }, { type: "pause.raise" as const, minutes: 2 as const }]) {
      expect(sim.refused("partnerA", intent)).toBe("wrong_phase");
    }
  });
});

describe("the pause signal", () => {
  it("lets anyone raise it, locks partners out but for ready, and resumes after the minimum when both are ready", () => {
    const sim = toShare();
    sim.ok("observer", { type: "pause.raise", minutes: 5 });
    expect(sim.refused("partnerA", statement("now"))).toBe("paused");
    expect(sim.refused("partnerB", { type: "pause.raise", minutes: 2 })).toBe("paused");
    sim.now += minutes(4);
    expect(sim.refused("partnerA", { type: "pause.ready" })).toBe("paused");
    sim.now += minutes(1);
    sim.ok("partnerA", { type: "pause.ready" });
    expect(sim.refused("observer", { type: "pause.ready" })).toBe("not_your_seat");
    expect(sim.state.session?.pause).not.toBeNull();
    sim.ok("partnerB", { type: "pause.ready" });
    expect(sim.state.session?.pause).toBeNull();
    expect(sim.state.session?.record.pauses).toEqual([{ by: "observer", at: sim.now - minutes(5), minutes: 5, endedAt: sim.now }]);
    sim.ok("partnerA", statement("now"));
  });

  it("measures minutes as the deployment says (shortened only for end-to-end tests)", () => {
    const sim = new Sim();
    const decision = decide(sim.state, { actionId: "pause-123", type: "pause.raise", minutes: 5 }, "observer", 1_000, engineOptions({ minuteMs: 1_000 }));
    expect(decision).toEqual({ ok: true, events: [{ type: "pause.raised", minutes: 5, endsAt: 6_000 }] });
  });

  it("defaults to 2 minutes and accepts only 2, 5 or 20", () => {
    const sim = new Sim();
    sim.ok("partnerA", { type: "pause.raise" } as never);
    expect(sim.state.session?.pause?.endsAt).toBe(sim.now + minutes(2));
    const other = new Sim();
    expect(other.refused("partnerA", { type: "pause.raise", minutes: 3 } as never)).toBe("invalid_input");
  });
});

describe("stopping and continuing another time", () => {
  it("waits with everything kept until both are back, telling others only that it waits", () => {
    const sim = toShare();
    sim.ok("partnerA", statement("kept words"));
    sim.ok("partnerB", { type: "session.leave" });
    expect(sim.streams.partnerA.at(-1)).toMatchObject({ type: "session.left", actor: null });
    expect(sim.streams.observer.at(-1)).toMatchObject({ type: "session.left", actor: null });
    expect(sim.streams.partnerB.at(-1)).toMatchObject({ type: "session.left", actor: "partnerB" });
    expect(sim.refused("partnerA", reflection("x"))).toBe("paused");
    expect(sim.refused("observer", { type: "pause.raise", minutes: 2 })).toBe("paused");
    sim.now += minutes(60 * 24);
    sim.ok("partnerA", { type: "session.return" });
    sim.ok("partnerB", { type: "session.return" });
    expect(sim.state.session).toMatchObject({ phase: "share", away: null, round: { statement: { happened: "kept words" } } });
    expect(sim.state.session?.record.breaks).toEqual([{ kind: "stopped", at: sim.now - minutes(60 * 24), resumedAt: sim.now }]);
    sim.ok("partnerA", { type: "session.adjourn" });
    expect(sim.state.session?.away?.kind).toBe("adjourned");
    expect(sim.refused("observer", { type: "session.adjourn" })).toBe("not_your_seat");
  });
});

describe("a follow-up session", () => {
  function closedRoom(): Sim {
    const sim = toAgreements();
    sim.ok("partnerA", {
      type: "agreements.edit",
      baseVersion: 1,
      content: { ...draft, nextSteps: [{ who: "partnerA", what: "Ask first", byWhen: "2026-11-29" }, { who: "both", what: "Walk", byWhen: "2026-12-01" }] },
    });
    sim.ok("partnerA", { type: "agreements.approve", version: 2 });
    sim.ok("partnerB", { type: "agreements.approve", version: 2 });
    return sim;
  }

  it("opens by reviewing the last recap's next steps and its practice, then runs the check-in", () => {
    const sim = closedRoom();
    expect(sim.refused("observer", { type: "session.openFollowUp" })).toBe("not_your_seat");
    sim.ok("partnerB", { type: "session.openFollowUp" });
    expect(sim.state.session).toMatchObject({ phase: "lobby", ordinal: 2, kind: "followUp", format: "full" });
    sim.ok("partnerA", { type: "lobby.ready" });
    sim.ok("partnerB", { type: "lobby.ready" });
    expect(sim.state.session).toMatchObject({
      phase: "review",
      items: [
        { kind: "step", what: "Ask first", carried: false },
        { kind: "step", what: "Walk" },
        { kind: "practice", what: "Pause before replying", who: "both", byWhen: null },
      ],
    });
    sim.ok("partnerA", { type: "review.mark", item: 0, mark: "kept" });
    expect(sim.refused("partnerA", { type: "review.done" })).toBe("invalid_input");
    expect(sim.refused("partnerA", { type: "review.mark", item: 3, mark: "kept" })).toBe("invalid_input");
    sim.ok("partnerA", { type: "review.mark", item: 1, mark: "partly" });
    sim.ok("partnerA", { type: "review.mark", item: 2, mark: "kept" });
    sim.ok("partnerA", { type: "review.appreciate", content: { text: "You asked me first on Tuesday" } });
    sim.ok("partnerA", { type: "review.done" });
    sim.ok("partnerB", { type: "review.mark", item: 0, mark: "kept" });
    sim.ok("partnerB", { type: "review.mark", item: 1, mark: "notYet" });
    sim.ok("partnerB", { type: "review.mark", item: 2, mark: "partly" });
    sim.ok("partnerB", { type: "review.done" });
    expect(sim.state.session).toMatchObject({
      phase: "checkIn",
      record: {
        review: {
          marks: { partnerA: ["kept", "partly", "kept"], partnerB: ["kept", "notYet", "partly"] },
          appreciations: { partnerA: "You asked me first on Tuesday", partnerB: null },
        },
      },
    });
  });

  it("can be a short check-in only, going from the check-in to the agreements", () => {
    const sim = closedRoom();
    sim.ok("partnerA", { type: "session.openFollowUp", format: "checkInOnly" });
    sim.ok("partnerB", { type: "lobby.format", format: "checkInOnly" });
    sim.ok("partnerA", { type: "lobby.ready" });
    sim.ok("partnerB", { type: "lobby.ready" });
    for (const p of ["partnerA", "partnerB"] as const) {
      for (const item of [0, 1, 2]) sim.ok(p, { type: "review.mark", item, mark: "kept" });
      sim.ok(p, { type: "review.done" });
    }
    sim.ok("partnerA", checkIn("calm"));
    sim.ok("partnerB", checkIn("calm"));
    expect(sim.state.session?.phase).toBe("agreements");
    sim.ok("partnerA", { type: "agreements.approve", version: 1 });
    sim.ok("partnerB", { type: "agreements.approve", version: 1 });
    expect(sim.state.lastRecap).toMatchObject({ ordinal: 2, kind: "followUp", format: "checkInOnly", rounds: [] });
  });
});

describe("every seat's fold", () => {
  it("equals the server's state as that seat may know it, through a whole session", () => {
    const sim = toAgreements();
    for (const role of roles) expect(foldEvents(sim.streams[role])).toEqual(viewOf(sim.state, role));
  });
});
