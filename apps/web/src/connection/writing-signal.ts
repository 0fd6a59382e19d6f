import type { PartnerRole, Presence, RoomEvent, Typing } from "@repair-room/protocol";

/** While writing, "still writing" is repeated this often; this long without a keystroke ends it. */
const refreshMs = 4_000;
const idleMs = 3_000;
/** Someone else's "writing" is forgotten after this long without news (their line may be gone). */
const forgetMs = 8_000;

export type Writing = Record<PartnerRole, boolean>;
export const nobodyWriting: Writing = { partnerA: false, partnerB: false };

/**
 * "Writing…", both ways, never what is written. Outgoing: cheap to call on every keystroke;
 * the others are told when it starts, reminded now and then, and told when it stops.
 * Incoming: who else is writing, forgotten when no news comes.
 */
export class WritingSignal {
  private sentAt = 0;
  private idle: ReturnType<typeof setTimeout> | null = null;
  private readonly forget = new Map<PartnerRole, ReturnType<typeof setTimeout>>();
  private others: Writing = nobodyWriting;

  constructor(
    /** Sends this partner's state; returns false when it could not (offline). */
    private readonly send: (active: boolean) => boolean,
    private readonly onChange: (writing: Writing) => void,
  ) {}

  /** This partner typed. */
  typing(): void {
    const now = Date.now();
    if (now - this.sentAt >= refreshMs && this.send(true)) this.sentAt = now;
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => this.stop(), idleMs);
  }

  /** This partner stopped (sent, or left it alone). */
  stop(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    if (this.sentAt === 0) return;
    this.sentAt = 0;
    this.send(false);
  }

  /** Someone else's news. */
  receive({ role, active }: Typing): void {
    const old = this.forget.get(role);
    if (old) clearTimeout(old);
    this.forget.delete(role);
    if (active) this.forget.set(role, setTimeout(() => this.receive({ role, active: false }), forgetMs));
    this.set({ ...this.others, [role]: active });
  }

  /**
   * The room moved: whoever acted has sent what they were writing, and a pause or someone
   * stepping away ends everyone's writing at once (the sign must not linger after "stop").
   */
  events(events: readonly RoomEvent[]): void {
    let next = this.others;
    for (const event of events) {
      if (event.type === "pause.raised" || event.type === "session.left" || event.type === "session.adjourned") next = nobodyWriting;
      else if (event.actor === "partnerA" || event.actor === "partnerB") next = { ...next, [event.actor]: false };
    }
    for (const role of ["partnerA", "partnerB"] as const) {
      if (next[role]) continue;
      const timer = this.forget.get(role);
      if (timer) clearTimeout(timer);
      this.forget.delete(role);
    }
    this.set(next);
  }

  /** Someone who left cannot still be writing. */
  presence(presence: Presence): void {
    this.set({ partnerA: this.others.partnerA && presence.partners.partnerA, partnerB: this.others.partnerB && presence.partners.partnerB });
  }

  /** The line dropped: nothing was said since, and the others' state is unknown. */
  reset(): void {
    this.sentAt = 0;
    this.set(nobodyWriting);
  }

  dispose(): void {
    if (this.idle) clearTimeout(this.idle);
    for (const timer of this.forget.values()) clearTimeout(timer);
    this.forget.clear();
  }

  private set(next: Writing): void {
    if (next.partnerA === this.others.partnerA && next.partnerB === this.others.partnerB) return;
    this.others = next;
    this.onChange(next);
  }
}
