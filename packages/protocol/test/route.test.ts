import { describe, expect, it } from "vitest";
import { autopilot, inPhase } from "../testing/index.js";
import { progressOf, routeFor, routes } from "../src/route.js";
import { Sim } from "./support/sim.js";

describe("the route: which phases a session has, in order", () => {
  it("gives a first session, a full follow-up and a check-in-only follow-up their phases", () => {
    expect(routeFor({ kind: "first", format: "full", toLookBackOn: 0 })).toEqual(["lobby", "checkIn", "share", "intentions", "agreements", "closed"]);
    expect(routeFor({ kind: "followUp", format: "full", toLookBackOn: 2 })).toEqual(routes.followUp);
    expect(routeFor({ kind: "followUp", format: "checkInOnly", toLookBackOn: 1 })).toEqual(["lobby", "review", "checkIn", "agreements", "closed"]);
  });

  it("leaves out looking back when the last recap left nothing to look back on", () => {
    expect(routeFor({ kind: "followUp", format: "full", toLookBackOn: 0 })).not.toContain("review");
    expect(routeFor({ kind: "followUp", format: "checkInOnly", toLookBackOn: 0 })).toEqual(["lobby", "checkIn", "agreements", "closed"]);
  });

  it("names every step and where the session is on it", () => {
    const route = routeFor({ kind: "followUp", format: "full", toLookBackOn: 0 });
    const progress = progressOf(route, "checkIn");
    expect(progress).toMatchObject({ at: 2, of: 6 });
    expect(progress.steps.map((s) => `${s.name}: ${s.status}`)).toEqual([
      "Getting ready: done",
      "Check-in: current",
      "Share and reflect: ahead",
      "Intentions: ahead",
      "Agreements: ahead",
      "Recap: ahead",
    ]);
  });
});

describe("the engine moves along the session's route", () => {
  /** A first session closed with nothing to look back on: no next steps, no practice. */
  function closeFirst(sim: Sim): void {
    for (const [actor, draft] of autopilot(() => sim.state, inPhase("agreements"))) sim.ok(actor, draft);
    const version = sim.state.session?.phase === "agreements" ? sim.state.session.draft.version : 0;
    sim.ok("partnerA", { type: "agreements.edit", baseVersion: version, content: { agreedTrue: "", unclear: "", nextSteps: [], practice: "" } });
    for (const [actor, draft] of autopilot(() => sim.state, inPhase("closed"))) sim.ok(actor, draft);
  }

  it("skips looking back in a follow-up whose last recap had no next steps, and says so in its route", () => {
    const sim = new Sim();
    closeFirst(sim);
    expect(sim.state.lastRecap?.agreements.nextSteps).toEqual([]);
    sim.ok("partnerA", { type: "session.openFollowUp" });
    expect(sim.state.session?.route).toEqual(["lobby", "checkIn", "share", "intentions", "agreements", "closed"]);
    sim.ok("partnerA", { type: "lobby.ready" });
    sim.ok("partnerB", { type: "lobby.ready" });
    expect(sim.state.session?.phase).toBe("checkIn");
    expect(progressOf(sim.state.session!.route, "checkIn")).toMatchObject({ at: 2, of: 6 });
  });

  it("changes the route when the format changes in the lobby", () => {
    const sim = new Sim();
    closeFirst(sim);
    sim.ok("partnerA", { type: "session.openFollowUp" });
    sim.ok("partnerB", { type: "lobby.format", format: "checkInOnly" });
    expect(sim.state.session?.route).toEqual(["lobby", "checkIn", "agreements", "closed"]);
    for (const [actor, draft] of autopilot(() => sim.state, inPhase("closed"))) sim.ok(actor, draft);
    const phases = sim.log.filter((e) => e.type === "phase.started").map((e) => (e.type === "phase.started" ? e.phase : ""));
    expect(phases.slice(-2)).toEqual(["checkIn", "agreements"]);
  });
});
