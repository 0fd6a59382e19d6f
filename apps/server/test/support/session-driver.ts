import type { ActionAck, IntentDraft, Role, RoomState } from "@repair-room/protocol";
import { autopilot, inPhase } from "@repair-room/protocol/testing";
import { expect } from "vitest";
import type { SeatClient } from "./seat-client.js";

/** Partners and an observer in one room, acting through their real sockets. */
export class SessionDriver {
  constructor(readonly seats: Record<Role, SeatClient>) {}

  get all(): SeatClient[] {
    return Object.values(this.seats);
  }

  /** Send an intent; returns the ack without judging it. */
  send(role: Role, draft: IntentDraft, actionId = crypto.randomUUID()): Promise<ActionAck> {
    return this.seats[role].act({ actionId, ...draft });
  }

  /** Send an intent that must be accepted, and wait until every seat holds its events. */
  async ok(role: Role, draft: IntentDraft): Promise<number> {
    const ack = await this.send(role, draft);
    if (!ack.ok) throw new Error(`${role} ${draft.type} refused: ${ack.code}`);
    await Promise.all(this.all.map((seat) => seat.waitForSeq(ack.seq)));
    return ack.seq;
  }

  /** Send an intent that must be refused with `code`, reaching nobody else. */
  async refused(role: Role, draft: IntentDraft, code: string): Promise<void> {
    const before = this.all.map((s) => s.raw.length);
    const ack = await this.send(role, draft);
    expect(ack).toMatchObject({ ok: false, code });
    // Round-trip every other seat so anything sent to them would have arrived by now.
    await Promise.all(this.all.map((s) => s.socket.timeout(10_000).emitWithAck("sync", { afterSeq: 1_000_000 })));
    this.all.forEach((s, i) => {
      if (s !== this.seats[role]) expect(s.raw.length).toBe(before[i]! + 0);
    });
  }

  /** The room as partner A's socket has folded it (every seat holds an accepted action's events before `ok` returns). */
  get state(): RoomState {
    return this.seats.partnerA.timeline.state;
  }

  /** Each partner takes their next step (the protocol's test autopilot) until the session is closed. */
  async closeBriefly(): Promise<void> {
    for (const [role, draft] of autopilot(() => this.state, inPhase("closed"))) await this.ok(role, draft);
  }
}
