import { describe, expect, it } from "vitest";
import { acknowledge, autopilot, checkIn, inPhase, intention, understoodRound } from "../testing/index.js";
import { foldEvents } from "../src/engine.js";
import { closingSummary } from "../src/phases/closed.js";
import { roles } from "../src/roles.js";
import { describeEvent } from "../src/timeline-sentence.js";
import { viewOf } from "../src/visibility.js";
import { Sim } from "./support/sim.js";

const names = { partnerA: "Sam", partnerB: "Alex" };

function toIntentions(sim = new Sim()): Sim {
  for (const [actor, draft] of autopilot(() => sim.state, inPhase("intentions"))) sim.ok(actor, draft);
  return sim;
}

describe("the intentions exchange", () => {
  it("keeps each intention from every other seat until both are in, then shows both for each to answer", () => {
    const sim = toIntentions();
    sim.ok("partnerA", intention("A calm evening", "My silence felt like a punishment", "SAM-ACTION say when I need a moment"));
    for (const role of ["partnerB", "observer"] as const) {
      expect(JSON.stringify(sim.streams[role])).not.toContain("SAM-ACTION");
      expect(foldEvents(sim.streams[role]).session).toMatchObject({ phase: "intentions", written: { partnerA: "hidden", partnerB: null } });
    }
    expect(sim.refused("partnerA", acknowledge())).toBe("wrong_phase");
    sim.ok("partnerB", intention("To make everyone laugh", "It made you the joke", "Ask before joking"));
    for (const role of roles) {
      expect(foldEvents(sim.streams[role]).session).toMatchObject({
        phase: "intentions",
        written: { partnerA: { action: "SAM-ACTION say when I need a moment" }, partnerB: { action: "Ask before joking" } },
      });
      expect(foldEvents(sim.streams[role])).toEqual(viewOf(sim.state, role));
    }
    expect(sim.refused("observer", acknowledge())).toBe("not_your_seat");
    expect(sim.refused("partnerA", { type: "intentions.acknowledge", content: { choice: null, words: "  " } })).toBe("invalid_input");
    sim.ok("partnerA", acknowledge("Thank you for seeing it", null));
    expect(sim.refused("partnerA", acknowledge())).toBe("wrong_phase");
    expect(sim.state.session?.phase).toBe("intentions");
    sim.ok("partnerB", acknowledge("", "thanksForImpact"));
    expect(sim.state.session?.phase).toBe("agreements");
    expect(sim.state.session?.record.acknowledgements).toEqual({
      partnerA: { choice: null, words: "Thank you for seeing it" },
      partnerB: { choice: "thanksForImpact", words: "" },
    });
  });

  it("starts the agreements with both partners' one thing as next steps, and the last recap's practice", () => {
    const sim = toIntentions();
    sim.ok("partnerA", intention("a", "b", "Ask before I plan"));
    sim.ok("partnerB", intention("c", "d", "Say when I need a break"));
    sim.ok("partnerA", acknowledge());
    sim.ok("partnerB", acknowledge());
    const session = sim.state.session;
    expect(session?.phase === "agreements" && session.draft.sections.nextSteps.map((s) => [s.who, s.what])).toEqual([
      ["partnerA", "Ask before I plan"],
      ["partnerB", "Say when I need a break"],
    ]);
  });
});

describe("agreeing the draft in people's words", () => {
  function toAgreements(): Sim {
    const sim = toIntentions();
    for (const [actor, draft] of autopilot(() => sim.state, inPhase("agreements"))) sim.ok(actor, draft);
    return sim;
  }

  it("tells who changed what after an approval, and asks again", () => {
    const sim = toAgreements();
    const draft = () => (sim.state.session?.phase === "agreements" ? sim.state.session.draft : null);
    sim.ok("partnerA", { type: "agreements.approve", version: draft()!.version });
    const before = draft()!.sections;
    sim.ok("partnerB", { type: "agreements.edit", baseVersion: draft()!.version, content: { ...before, practice: "A weekly walk", nextSteps: [] } });
    expect(draft()?.changed).toMatchObject({ by: "partnerB", parts: ["nextSteps", "practice"], unapproved: ["partnerA"], before });
    const edited = sim.log.at(-1)!;
    expect(describeEvent(edited, names)).toBe("Alex changed the next steps and the practice.");
    expect(describeEvent(sim.log.findLast((e) => e.type === "agreements.approved")!, names)).toBe("Sam approved the draft.");
    // Saving what is already there is no change: nobody is asked again.
    const version = draft()!.version;
    expect(sim.act("partnerB", { type: "agreements.edit", baseVersion: version, content: draft()!.sections })).toMatchObject({ ok: true, events: [] });
  });
});

describe("carrying what is unfinished from one session to the next", () => {
  it("asks again about steps left partly or not yet, and about the practice, until both have kept them", () => {
    const sim = new Sim();
    for (const [actor, draft] of autopilot(() => sim.state, inPhase("agreements"))) sim.ok(actor, draft);
    const version = sim.state.session?.phase === "agreements" ? sim.state.session.draft.version : 0;
    const steps = [
      { who: "both" as const, what: "Walk on Sunday", byWhen: "2026-11-29" },
      { who: "partnerA" as const, what: "Ask first", byWhen: "2026-11-29" },
    ];
    sim.ok("partnerA", { type: "agreements.edit", baseVersion: version, content: { agreedTrue: "", unclear: "", nextSteps: steps, practice: "Say pause" } });
    for (const [actor, draft] of autopilot(() => sim.state, inPhase("closed"))) sim.ok(actor, draft);

    // Session 2 looks back: the walk only partly, asking first kept, the practice kept; it agrees nothing new.
    sim.ok("partnerA", { type: "session.openFollowUp", format: "checkInOnly" });
    sim.ok("partnerA", { type: "lobby.ready" });
    sim.ok("partnerB", { type: "lobby.ready" });
    expect(sim.state.session?.phase === "review" && sim.state.session.items.map((i) => [i.kind, i.what, i.carried])).toEqual([
      ["step", "Walk on Sunday", false],
      ["step", "Ask first", false],
      ["practice", "Say pause", false],
    ]);
    for (const p of ["partnerA", "partnerB"] as const) {
      sim.ok(p, { type: "review.mark", item: 0, mark: p === "partnerA" ? "partly" : "kept" });
      sim.ok(p, { type: "review.mark", item: 1, mark: "kept" });
      sim.ok(p, { type: "review.mark", item: 2, mark: "kept" });
      sim.ok(p, { type: "review.done" });
    }
    sim.ok("partnerA", checkIn("calm"));
    sim.ok("partnerB", checkIn("calm"));
    const v = sim.state.session?.phase === "agreements" ? sim.state.session.draft : null;
    expect(v?.sections.practice).toBe("Say pause");
    sim.ok("partnerA", { type: "agreements.approve", version: v!.version });
    sim.ok("partnerB", { type: "agreements.approve", version: v!.version });
    expect(closingSummary(sim.state.lastRecap!, "partnerA")).toEqual(["Since last time, you kept 1 of 2 steps together.", "You kept to your practice."]);

    // Session 3 asks again about the walk, carried, and the practice.
    sim.ok("partnerB", { type: "session.openFollowUp" });
    sim.ok("partnerA", { type: "lobby.ready" });
    sim.ok("partnerB", { type: "lobby.ready" });
    expect(sim.state.session?.phase === "review" && sim.state.session.items.map((i) => [i.kind, i.what, i.carried])).toEqual([
      ["step", "Walk on Sunday", true],
      ["practice", "Say pause", false],
    ]);
  });
});

describe("what the close names", () => {
  it("says who felt understood, what is open, what was agreed and the pauses, calmly", () => {
    const sim = toIntentions();
    sim.ok("observer", { type: "pause.raise", minutes: 2 });
    sim.now += 2 * 60_000;
    sim.ok("partnerA", { type: "pause.ready" });
    sim.ok("partnerB", { type: "pause.ready" });
    for (const [actor, draft] of autopilot(() => sim.state, inPhase("closed"))) sim.ok(actor, draft);
    const recap = sim.state.lastRecap!;
    expect(closingSummary(recap, "partnerB")).toEqual(["Sam and Alex each felt understood.", "You agreed 2 next steps.", "You paused once when you needed to."]);
    expect(closingSummary(recap, "observer")).toContain("Sam and Alex agreed 2 next steps.");
  });

  it("tells everyone, the listener too, that the speaker felt understood", () => {
    const sim = new Sim();
    for (const [actor, draft] of autopilot(() => sim.state, inPhase("share"))) sim.ok(actor, draft);
    sim.play(understoodRound("partnerA"));
    expect(describeEvent(sim.log.at(-1)!, names)).toBe("Sam felt understood.");
  });
});
