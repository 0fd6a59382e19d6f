import type { ActionAck, IntentDraft, Role } from "@repair-room/protocol";
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

  /** From the lobby to a closed session with a stored recap, as briefly as the rules allow. */
  async closeBriefly(): Promise<void> {
    const partners = ["partnerA", "partnerB"] as const;
    for (const p of partners) await this.ok(p, { type: "lobby.ready" });
    for (const p of partners) await this.ok(p, { type: "checkIn.submit", content: { feelings: [{ feeling: "calm", intensity: 2 }], note: "" } });
    for (const [speaker, listener] of [["partnerA", "partnerB"], ["partnerB", "partnerA"]] as const) {
      await this.ok(speaker, { type: "share.state", content: { happened: "h", felt: "f", needed: "" } });
      await this.ok(listener, { type: "share.reflect", content: { heard: "h", feeling: "f" } });
      await this.ok(speaker, { type: "share.confirm", verdict: "yes" });
    }
    for (const p of partners) await this.ok(p, { type: "share.moveOn" });
    for (const p of partners) await this.ok(p, { type: "intentions.submit", content: { intended: "i", impact: "m", action: "a" } });
    for (const p of partners) await this.ok(p, { type: "agreements.approve", version: 1 });
  }
}
