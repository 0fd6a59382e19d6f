import { roles, type CreatedRoom, type IntentDraft, type PartnerRole, type Role, type RoomState } from "@repair-room/protocol";
import { nextIntent, partners } from "@repair-room/protocol/testing";
import { sleep, until } from "./lifecycle.js";
import { ResilientSeat, type Settled } from "./resilient-seat.js";

/** A room and the three seats of it this harness holds (each perhaps on its own server). */
export interface LiveRoom {
  roomId: string;
  links: Record<Role, string>;
  seats: Record<Role, ResilientSeat>;
}

export interface SettledAction extends Settled {
  roomId: string;
  /** The server the acting seat talks to. */
  url: string;
}

/**
 * `count` rooms, created one after another as people do (room `i` on `creator(i)`), with
 * every seat connected to the server `urlFor` gives it.
 */
export async function openRooms(
  count: number,
  creator: (index: number) => { createRoom(): Promise<CreatedRoom> },
  urlFor: (index: number, role: Role) => string,
): Promise<LiveRoom[]> {
  const rooms: LiveRoom[] = [];
  for (let i = 0; i < count; i++) {
    const room = await creator(i).createRoom();
    const seats = Object.fromEntries(roles.map((role) => [role, new ResilientSeat(urlFor(i, role), room.links[role])])) as Record<Role, ResilientSeat>;
    rooms.push({ roomId: room.roomId, links: room.links, seats });
  }
  await Promise.all(rooms.flatMap((room) => roles.map((role) => room.seats[role].ready())));
  return rooms;
}

/**
 * The partner's next step in a session that never ends: the protocol's autopilot through
 * every phase, and a follow-up session once one closes. Each partner reads their own view.
 */
function nextStep(room: LiveRoom): [PartnerRole, IntentDraft] | null {
  const view = (p: PartnerRole): RoomState => room.seats[p].timeline.state;
  if (view("partnerA").session?.phase === "closed") return ["partnerA", { type: "session.openFollowUp", format: "full" }];
  for (const p of partners) {
    const draft = nextIntent(view(p), p);
    if (draft) return [p, draft];
  }
  return null;
}

/**
 * Both partners of every room taking their turns continuously through real sockets, one
 * action in flight per room (a person waits for their step to land), each seat well under
 * the server's per-seat allowance. Every settled answer is kept for the audit.
 */
export class Traffic {
  readonly settled: SettledAction[] = [];
  readonly failures: Error[] = [];
  private stopping = false;
  private readonly runs: Promise<void>[] = [];

  constructor(readonly rooms: readonly LiveRoom[]) {}

  start(): this {
    this.rooms.forEach((room, i) => this.runs.push(this.drive(room, (i * 300) / this.rooms.length)));
    return this;
  }

  /** Let every room's action in flight settle, then stop. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.runs);
    if (this.failures.length > 0) throw new AggregateError(this.failures, `traffic failed: ${this.failures.map((e) => e.message).join("; ")}`);
  }

  get acked(): SettledAction[] {
    return this.settled.filter((s) => s.ack.ok);
  }

  /** Actions answered `ok` at or after `since`. */
  ackedSince(since: number): SettledAction[] {
    return this.acked.filter((s) => s.settledAt >= since);
  }

  /** Resolves once `count` more actions are acked than now (traffic is flowing). */
  async flowing(count: number, timeoutMs = 60_000): Promise<void> {
    const target = this.acked.length + count;
    await until(() => this.acked.length >= target || this.failures.length > 0, `${count} more acks`, timeoutMs);
    if (this.failures.length > 0) throw this.failures[0];
  }

  private async drive(room: LiveRoom, delayMs: number): Promise<void> {
    await sleep(delayMs);
    try {
      while (!this.stopping) {
        const step = nextStep(room);
        if (!step) throw new Error(`room ${room.roomId}: no partner has a step in ${room.seats.partnerA.timeline.state.session?.phase}`);
        const [role, draft] = step;
        const seat = room.seats[role];
        const settled = await seat.act(draft);
        this.settled.push({ ...settled, roomId: room.roomId, url: seat.url });
        // Each partner's next step is read from their view once every seat holds this one.
        const { ack } = settled;
        if (ack.ok) await Promise.all(roles.map((r) => room.seats[r].waitForSeq(ack.seq, 60_000)));
        // A refusal here means a view was behind: catch up and read the next step again.
        else await Promise.all(roles.map((r) => room.seats[r].catchUp()));
        await sleep(100 + Math.random() * 200);
      }
    } catch (error) {
      this.failures.push(error as Error);
    }
  }
}
