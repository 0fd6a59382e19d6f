import { describe, expect, it } from "vitest";
import { unclearRound } from "../testing/index.js";
import { decide } from "../src/engine.js";
import { engineOptions } from "../src/options.js";
import { roundOutcome, tryLabel } from "../src/phases/share.js";
import { progressOf, routeFor } from "../src/route.js";
import { pauseChoices } from "../src/rules/breaks.js";
import { describeEvent } from "../src/timeline-sentence.js";
import { Sim } from "./support/sim.js";

/** A deployment with four tries at reflecting back and a 10-minute pause besides the usual. */
const options = engineOptions({ reflectionTries: 4, pauseMinutes: [2, 5, 10, 20] });
const names = { partnerA: "Sam", partnerB: "Alex" };

function toShare(): Sim {
  const sim = new Sim("The dishes", options);
  sim.ok("partnerA", { type: "lobby.ready" });
  sim.ok("partnerB", { type: "lobby.ready" });
  sim.ok("partnerA", { type: "checkIn.submit", content: { feelings: [{ feeling: "hurt", intensity: 5 }], note: "" } });
  sim.ok("partnerB", { type: "checkIn.submit", content: { feelings: [{ feeling: "calm", intensity: 5 }], note: "" } });
  return sim;
}

describe("the method's numbers come from the engine's options", () => {
  it("allows a fourth try at reflecting back, and carries the point as unclear only after it", () => {
    const sim = toShare();
    const steps = unclearRound("partnerA", options);
    // Everything but the last "not quite": after three misses the round is still open.
    sim.play(steps.slice(0, -1));
    expect(sim.state.session).toMatchObject({ phase: "share", round: { speaker: "partnerA", step: "confirming" } });
    expect(sim.state.session?.phase === "share" && sim.state.session.round.attempts).toHaveLength(4);
    sim.play(steps.slice(-1));
    const round = sim.state.session?.record.rounds[0];
    expect(round).toMatchObject({ outcome: "unclear" });
    expect(round?.attempts).toHaveLength(4);
  });

  it("says four tries in the timeline and the recap", () => {
    const sim = toShare();
    sim.play(unclearRound("partnerA", options));
    const ended = sim.log.find((e) => e.type === "share.roundEnded")!;
    expect(describeEvent(ended, names, options)).toBe("Still unclear after 4 tries: it goes into the recap.");
    expect(roundOutcome(sim.state.session!.record.rounds[0]!)).toBe("Still unclear after 4 tries.");
  });

  it("offers a 10-minute pause, refuses lengths it does not offer, and takes the default when none is named", () => {
    const sim = toShare();
    const raise = (minutes?: number) => decide(sim.state, { actionId: "pause-1234", type: "pause.raise", minutes }, "observer", 0, options);
    expect(raise(10)).toEqual({ ok: true, events: [{ type: "pause.raised", minutes: 10, endsAt: 10 * 60_000 }] });
    expect(raise(3)).toMatchObject({ ok: false, code: "invalid_input", field: "minutes", message: "A pause can last 2, 5, 10, 20 minutes." });
    expect(raise()).toMatchObject({ ok: true, events: [{ minutes: 2 }] });
    expect(describeEvent({ type: "pause.raised", minutes: 10, endsAt: 1, seq: 9, at: 0, actor: "observer" }, names, options)).toBe(
      "The coach asked for a 10-minute pause.",
    );
  });

  it("counts the tries on screen out of four", () => {
    const sim = toShare();
    sim.play(unclearRound("partnerA", options).slice(0, 7));
    const session = sim.state.session;
    if (session?.phase !== "share") throw new Error("not sharing");
    expect(tryLabel(session.round, options)).toBe("Try 4 of 4");
  });

  it("offers every pause length in the pause menu, the longest as a full break", () => {
    expect(pauseChoices(options).map((c) => c.label)).toEqual(["2 minutes", "5 minutes", "10 minutes", "20 minutes, a full break"]);
  });

  it("shows progress along the route, whatever the options", () => {
    const route = routeFor({ kind: "first", format: "full", toLookBackOn: 0 });
    expect(progressOf(route, "share")).toMatchObject({ at: 3, of: 6 });
  });

  it("refuses settings that don't hold together, naming the setting", () => {
    expect(() => engineOptions({ pauseMinutes: [5, 2] })).toThrow(/pauseMinutes/);
    expect(() => engineOptions({ defaultPauseMinutes: 7 })).toThrow(/defaultPauseMinutes/);
    expect(() => engineOptions({ reflectionTries: 0 })).toThrow(/reflectionTries/);
  });
});
