import { decide, foldEvents, openRoom } from "../../src/engine.js";
import type { Decision } from "../../src/decision.js";
import type { EventBody, RoomEvent } from "../../src/events.js";
import { intentSchema, type IntentDraft } from "../../src/intents.js";
import { defaultEngineOptions, type EngineOptions } from "../../src/options.js";
import { roles, type Role } from "../../src/roles.js";
import type { RoomState } from "../../src/state.js";
import { visibleTo } from "../../src/visibility.js";

export const minutes = (n: number) => n * 60_000;

/**
 * The engine with the server's bookkeeping around it, in memory: stamps seqs, keeps each
 * seat's redacted stream, and answers a repeated actionId with its first answer.
 */
export class Sim {
  state: RoomState;
  now = Date.UTC(2026, 10, 22, 10);
  readonly log: RoomEvent[] = [];
  readonly streams: Record<Role, RoomEvent[]> = { partnerA: [], partnerB: [], observer: [] };
  private readonly answered = new Map<string, { actor: Role; seq: number }>();
  private counter = 0;

  constructor(
    topic = "The dishes",
    readonly options: EngineOptions = defaultEngineOptions,
  ) {
    const opened = openRoom({ topic, partnerA: { name: "Sam" }, partnerB: { name: "Alex" } });
    if (!opened.ok) throw new Error("openRoom");
    this.state = foldEvents([]);
    this.append(opened.events, null);
  }

  /** Decide and apply; the raw intent goes through the protocol's schema as on the wire. */
  act(actor: Role, input: IntentDraft & { actionId?: string }): Decision & { seq?: number } {
    const parsed = intentSchema.safeParse({ actionId: `a-${++this.counter}-xxxx`, ...input });
    if (!parsed.success) return { ok: false, code: "invalid_input" };
    const intent = parsed.data;
    const earlier = this.answered.get(intent.actionId);
    if (earlier) return earlier.actor === actor ? { ok: true, events: [], seq: earlier.seq } : { ok: false, code: "invalid_input" };
    const decision = decide(this.state, intent, actor, this.now, this.options);
    if (!decision.ok) return decision;
    this.append(decision.events, actor);
    if (decision.events.length > 0) this.answered.set(intent.actionId, { actor, seq: this.state.seq });
    return { ...decision, seq: this.state.seq };
  }

  /** Play steps in order, each one that must be accepted. */
  play(steps: readonly (readonly [Role, IntentDraft])[]): void {
    for (const [actor, input] of steps) this.ok(actor, input);
  }

  /** Like `act`, but the test fails on a refusal. */
  ok(actor: Role, input: IntentDraft): RoomEvent[] {
    const before = this.log.length;
    const decision = this.act(actor, input);
    if (!decision.ok) throw new Error(`${actor} ${input.type} refused: ${decision.code}`);
    return this.log.slice(before);
  }

  refused(actor: Role, input: IntentDraft): string {
    const decision = this.act(actor, input);
    if (decision.ok) throw new Error(`${actor} ${input.type} was accepted`);
    return decision.code;
  }

  private append(bodies: readonly EventBody[], actor: Role | null): void {
    for (const body of bodies) {
      const event = { ...body, seq: this.state.seq + 1, at: this.now, actor } as RoomEvent;
      this.log.push(event);
      this.state = foldEvents([event], this.state);
      for (const role of roles) this.streams[role].push(visibleTo(role, event));
    }
  }
}
