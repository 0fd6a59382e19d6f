import { roles, viewOf, type Role } from "@repair-room/protocol";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The engine's property test picks plausible intents the same way; one generator for both.
import { malformed, suggest } from "../../../packages/protocol/test/support/suggest.js";
import { connectSeat, type SeatClient } from "./support/seat-client.js";
import { dbKind } from "./support/test-db.js";
import { startTestServer, type TestServer } from "./support/test-server.js";

const runs = Number(process.env.SOCKET_PROPERTY_RUNS ?? 30);

const stepArb = fc.record({
  actor: fc.constantFrom<Role>(...roles, "partnerA", "partnerB"),
  kind: fc.constantFrom(...Array(10).fill("useful"), "pause", "leave", "malformed", "duplicate", "wrongSeat"),
  n: fc.nat({ max: 1000 }),
  advanceMinutes: fc.constantFrom(0, 0, 1, 3, 21),
});

describe(`random actions from random seats through real sockets on ${dbKind}`, () => {
  let server: TestServer;
  let now = Date.UTC(2026, 10, 22, 9);
  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
  });
  afterAll(() => server.close());

  it(`keeps every rule over ${runs} runs`, async () => {
    const reached: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 30, maxLength: 90, size: "max" }), async (steps) => {
        const room = await server.createRoom();
        const seats = Object.fromEntries(
          await Promise.all(roles.map(async (role) => [role, await connectSeat(server.url, room.links[role])] as const)),
        ) as Record<Role, SeatClient>;
        const sent: { actor: Role; packet: unknown }[] = [];
        try {
          for (const [i, step] of steps.entries()) {
            now += step.advanceMinutes * 60_000;
            const state = await server.authority.state(room.roomId);
            let actor: Role = step.actor;
            let packet: unknown;
            if (step.kind === "duplicate" && sent.length > 0) ({ actor, packet } = sent[step.n % sent.length]!);
            else {
              let draft: unknown;
              if (step.kind === "malformed") draft = malformed[step.n % malformed.length];
              else if (step.kind === "pause") draft = { type: "pause.raise", minutes: [2, 5, 20][step.n % 3] };
              else if (step.kind === "leave") draft = { type: step.n % 2 ? "session.leave" : "session.adjourn" };
              else {
                const suggestion = suggest(state, actor === "observer" ? "partnerA" : actor, step.n);
                draft = suggestion.input;
                // "wrongSeat": the right intent from the wrong seat.
                actor = step.kind === "wrongSeat" ? (suggestion.actor === "partnerA" ? "partnerB" : "observer") : suggestion.actor;
              }
              packet = typeof draft === "object" && draft ? { ...draft, actionId: `run-${i}-${crypto.randomUUID()}` } : draft;
              sent.push({ actor, packet });
            }
            const rowsBefore = await server.database.db.prisma.event.count({ where: { roomId: room.roomId } });
            const othersBefore = roles.filter((r) => r !== actor).map((r) => seats[r].raw.length);
            const ack = await seats[actor].act(packet);
            if (!ack.ok) {
              // A refusal changes nothing and reaches its sender only.
              expect(await server.database.db.prisma.event.count({ where: { roomId: room.roomId } })).toBe(rowsBefore);
              await Promise.all(roles.map((r) => seats[r].socket.timeout(10_000).emitWithAck("sync", { afterSeq: 1e9 })));
              const othersGot = roles.filter((r) => r !== actor).map((r, k) => seats[r].raw.slice(othersBefore[k]));
              expect(othersGot, `after ${JSON.stringify(packet)} from ${actor}: ${ack.code}`).toEqual([[], []]);
            } else {
              await Promise.all(roles.map((r) => seats[r].waitForSeq(ack.seq)));
            }
          }
          const state = await server.authority.state(room.roomId);
          for (const role of roles) {
            const seat = seats[role];
            await seat.waitForSeq(state.seq);
            // No check-in content ever reached a seat that did not write it before the reveal.
            for (const event of seat.received) {
              if (event.type === "checkIn.submitted" && event.content !== null) expect(event.actor).toBe(role);
            }
            expect(seat.timeline.state).toEqual(viewOf(state, role));
            expect(seat.timeline.events.map((e) => e.seq)).toEqual(Array.from({ length: state.seq }, (_, k) => k + 1));
          }
          const rows = await server.database.db.prisma.event.findMany({ where: { roomId: room.roomId }, select: { seq: true }, orderBy: { seq: "asc" } });
          expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: state.seq }, (_, k) => k + 1));
          reached.push(`${state.session?.ordinal}:${state.session?.phase}`);
        } finally {
          roles.forEach((r) => seats[r].close());
        }
      }),
      // No shrinking: each shrink step replays a whole room over sockets, which can outlast the
      // test's time. The seed and path printed on failure replay the exact run.
      { numRuns: runs, endOnFailure: true, ...(process.env.SOCKET_PROPERTY_SEED ? { seed: Number(process.env.SOCKET_PROPERTY_SEED) } : {}) },
    );
    console.log(`socket property on ${dbKind}: runs ended in ${reached.join(", ")}`);
    expect(reached.some((p) => !p.endsWith("lobby"))).toBe(true);
  }, 300_000);
});
