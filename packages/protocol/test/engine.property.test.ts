import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldEvents } from "../src/engine.js";
import { roles, type Role } from "../src/roles.js";
import { viewOf } from "../src/visibility.js";
import { Sim } from "./support/sim.js";
import { malformed, suggest } from "./support/suggest.js";

const runs = Number(process.env.PROPERTY_RUNS ?? 400);

const stepArb = fc.record({
  actor: fc.constantFrom<Role>(...roles, "partnerA", "partnerB"),
  kind: fc.constantFrom(...Array(12).fill("useful"), "pause", "leave", "malformed", "duplicate"),
  n: fc.nat({ max: 1000 }),
  advanceMinutes: fc.constantFrom(0, 0, 0, 1, 3, 21),
});

describe("the engine under random actions from random seats", () => {
  it(`keeps every rule over ${runs} random runs`, () => {
    const reached = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 50, maxLength: 400, size: "max" }), (steps) => {
        const sim = new Sim();
        const sent: { actor: Role; input: Record<string, unknown> }[] = [];
        for (const step of steps) {
          sim.now += step.advanceMinutes * 60_000;
          const partner = step.actor === "observer" ? "partnerA" : step.actor;
          let input: Record<string, unknown>;
          let actor = step.actor;
          if (step.kind === "malformed") input = malformed[step.n % malformed.length] as Record<string, unknown>;
          else if (step.kind === "pause") input = { type: "pause.raise", minutes: [2, 5, 20][step.n % 3] };
          else if (step.kind === "leave") input = { type: step.n % 2 ? "session.leave" : "session.adjourn" };
          else if (step.kind === "duplicate" && sent.length > 0) ({ actor, input } = sent[step.n % sent.length]!);
          else {
            const suggestion = suggest(sim.state, partner, step.n);
            actor = step.actor === "observer" && step.n % 2 ? "observer" : suggestion.actor;
            input = { ...suggestion.input };
          }
          if (step.kind !== "duplicate") input = typeof input === "object" && input ? { ...input, actionId: `id-${sent.length}-abcdefgh` } : input;

          const before = sim.state;
          const logLength = sim.log.length;
          const answer = sim.act(actor, input as never);
          if (step.kind !== "duplicate" && typeof input === "object") sent.push({ actor, input });
          if (!answer.ok) {
            // A refused action changes nothing.
            expect(sim.state).toBe(before);
            expect(sim.log).toHaveLength(logLength);
          }
          // No check-in or intention reaches another seat before the reveal.
          for (const role of roles) {
            for (const event of sim.streams[role].slice(logLength)) {
              const hidden = event.type === "checkIn.submitted" || event.type === "intentions.submitted";
              if (hidden && event.content !== null) expect(event.actor).toBe(role);
            }
          }
        }
        // seq has no gaps; every seat's fold is the server's state as that seat may know it.
        expect(sim.log.map((e) => e.seq)).toEqual(sim.log.map((_, i) => i + 1));
        for (const role of roles) expect(foldEvents(sim.streams[role])).toEqual(viewOf(sim.state, role));
        const phase = `${sim.state.session?.ordinal}:${sim.state.session?.phase}`;
        reached.set(phase, (reached.get(phase) ?? 0) + 1);
      }),
      { numRuns: runs },
    );
    // The runs must get through sessions, or they prove little.
    const phases = [...reached.keys()];
    console.log(`engine property: ${runs} runs ended in`, Object.fromEntries([...reached].sort()));
    expect(phases.some((p) => p.startsWith("2:") || p.endsWith("closed"))).toBe(true);
  }, 120_000);
});
