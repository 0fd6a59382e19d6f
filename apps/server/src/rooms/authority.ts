// The one authority over rooms (over 300 lines on purpose): creating, joining, acting (the quick
// and the careful way), hearing other processes, links and deletion all go through one lock and
// one cached state per room, and splitting them would spread that lock's rules across files.
import {
  apply,
  decide,
  defaultEngineOptions,
  type EngineOptions,
  foldEvents,
  openRoom,
  refusal,
  type ActionAck,
  type CreateRoom,
  type Intent,
  type Role,
  type RoomEvent,
  type RoomState,
  type SessionSummary,
  phaseSchema,
  storedRecapSchema,
  type StoredRecap,
} from "@repair-room/protocol";
import { KeyedLock } from "./keyed-lock.js";
import { remember, type RoomMemory, type Snapshot } from "./room-memory.js";
import { RoomStore, transactionWaits, type SeatRecord } from "./room-store.js";
import { hashToken, newReissueSalt, newRoomId, newSeatToken, reissuedToken } from "./secrets.js";

export interface ActionOutcome {
  ack: ActionAck;
  /** The events appended, to broadcast once the ack is sent; empty for a retry or refusal. */
  events: RoomEvent[];
}

/**
 * The authority over every room: it decides each action with the protocol's engine against
 * the room's current state and makes the result durable before anyone hears of it.
 * States are cached per process and caught up from the log under the row lock, so several
 * processes can share one database.
 */
export class RoomAuthority {
  private readonly rooms = new Map<string, RoomMemory>();
  private readonly lock = new KeyedLock();

  /** Told when a stored recap no longer reads as a recap (the server logs it). */
  onUnreadableRecap?: (roomId: string, ordinal: number, error: Error) => void;

  constructor(
    private readonly store: RoomStore,
    private readonly clock: () => number = Date.now,
    /** The method's numbers this deployment runs by; the welcome carries them to every page. */
    readonly options: EngineOptions = defaultEngineOptions,
  ) {}

  /** The authority's clock: the time every decision and countdown is measured by. */
  now(): number {
    return this.clock();
  }

  async createRoom(input: CreateRoom): Promise<{ roomId: string; tokens: Record<Role, string> }> {
    const roomId = newRoomId();
    const tokens = { partnerA: newSeatToken(), partnerB: newSeatToken(), observer: newSeatToken() };
    const decision = openRoom(input);
    if (!decision.ok) throw new Error(`openRoom refused: ${decision.code}`);
    await this.store.createRoom({
      roomId,
      topic: input.topic,
      names: { partnerA: input.partnerA.name, partnerB: input.partnerB.name },
      seats: (Object.keys(tokens) as Role[]).map((role) => ({ role, tokenHash: hashToken(tokens[role]) })),
      events: decision.events,
      now: new Date(this.clock()),
    });
    return { roomId, tokens };
  }

  async seatForToken(token: string): Promise<SeatRecord | null> {
    return this.store.findSeat(hashToken(token));
  }

  roomExists(roomId: string): Promise<boolean> {
    return this.store.roomExists(roomId);
  }

  eventsAfter(roomId: string, afterSeq: number): Promise<RoomEvent[]> {
    return this.store.eventsAfter(roomId, afterSeq);
  }

  /**
   * One page of catch-up: at most `size` events after `afterSeq`, and how far the log goes
   * (at least one past the page when there is more, so the page asks again).
   */
  async page(roomId: string, afterSeq: number, size: number): Promise<{ events: RoomEvent[]; latestSeq: number }> {
    const events = await this.store.eventsAfter(roomId, afterSeq, undefined, size + 1);
    const more = events.length > size ? events.pop() : undefined;
    return { events, latestSeq: more?.seq ?? events.at(-1)?.seq ?? afterSeq };
  }

  /**
   * Where a page that holds the room up to `lastSeq` starts, given the room's state before its
   * current session (`opening`): a snapshot (null when the page's own place will do) and the
   * events after it. A page holding nothing of the session starts from before it, not from the
   * room's first event; in a session longer than `tail` events (or for a page that far behind),
   * from the room as it was before the last `tail`, so no welcome grows with a session's length.
   */
  async startFor(roomId: string, lastSeq: number, opening: Snapshot, tail: number): Promise<{ base: Snapshot | null; missed: RoomEvent[] }> {
    const fromOpening = lastSeq < opening.seq;
    const after = await this.store.eventsAfter(roomId, fromOpening ? opening.seq : lastSeq);
    if (after.length <= tail) return { base: fromOpening ? opening : null, missed: after };
    const cutSeq = after[after.length - tail - 1]!.seq;
    const before = fromOpening ? after.filter((e) => e.seq <= cutSeq) : await this.store.eventsAfter(roomId, opening.seq, undefined, cutSeq - opening.seq);
    return { base: { seq: cutSeq, state: before.reduce((room, e) => apply(room, e), opening.state) }, missed: after.slice(-tail) };
  }

  /** The latest seq of each of these rooms, as the database has it. */
  latestSeqs(roomIds: readonly string[]): Promise<Map<string, number>> {
    return this.store.latestSeqs(roomIds);
  }

  /** The room's state as of its latest event (from the cache, caught up from the log). */
  async state(roomId: string): Promise<RoomState> {
    return (await this.lock.run(roomId, () => this.caughtUp(roomId))).state;
  }

  /**
   * The room as of its latest event, and its state just before the current session opened:
   * what a page joining it starts from, the current session's events following.
   */
  async joining(roomId: string): Promise<{ state: RoomState; opening: Snapshot }> {
    return this.lock.run(roomId, () => this.caughtUp(roomId));
  }

  /**
   * The cached memory brought up to the log's end; call with the room's lock held. A room
   * joined here is held from then on, its session's row with it, so its first action can
   * already go the quick way.
   */
  private async caughtUp(roomId: string): Promise<RoomMemory> {
    const cached = this.rooms.get(roomId);
    const events = await this.store.eventsAfter(roomId, cached?.state.seq ?? 0);
    const sessionId = cached?.sessionId && !events.some((e) => e.type === "session.opened") ? undefined : await this.store.latestSessionId(roomId);
    const memory = remember(cached, events, sessionId);
    this.rooms.set(roomId, memory);
    return memory;
  }

  /**
   * authenticate (done by the caller) → decide → append in one transaction with the
   * actionId check → commit → return the ack and the events to broadcast. Most actions take
   * the quick way: decided on the state this process holds, appended in one statement that
   * only succeeds if nothing moved underneath. Anything else takes the careful way.
   */
  async act(seat: SeatRecord, intent: Intent): Promise<ActionOutcome> {
    const { roomId } = seat;
    return this.lock.run(roomId, async () => {
      const now = this.clock();
      return (await this.actQuickly(seat, intent, now)) ?? this.actCarefully(seat, intent, now);
    });
  }

  /**
   * An action that neither opens nor closes a session, on a room whose state this
   * process holds: one statement, which itself checks that the log still ends where this
   * state does, that the seat still holds its link and that the actionId is new. Null when
   * the action is not of that kind or a check failed: the careful way then decides afresh.
   */
  private async actQuickly(seat: SeatRecord, intent: Intent, now: number): Promise<ActionOutcome | null> {
    const { roomId } = seat;
    const memory = this.rooms.get(roomId);
    if (!memory?.sessionId) return null;
    const { state, sessionId } = memory;
    const decision = decide(state, intent, seat.role, now, this.options);
    // Refusals and no-ops go the careful way: it answers a retried actionId as it was first answered.
    if (!decision.ok || decision.events.length === 0 || decision.events.some((e) => RoomStore.needsCare(e.type))) return null;
    const events = await this.store.appendFast({
      roomId,
      expectedSeq: state.seq,
      sessionId,
      author: { seatId: seat.seatId, role: seat.role, actionId: intent.actionId },
      bodies: decision.events,
      now: new Date(now),
    });
    if (!events) return null;
    this.rooms.set(roomId, remember(memory, events));
    return { ack: { ok: true, seq: state.seq + events.length }, events };
  }

  /** The full transaction: lock the room, check the seat and the actionId, catch up, decide, append. */
  private async actCarefully(seat: SeatRecord, intent: Intent, now: number): Promise<ActionOutcome> {
    const { roomId } = seat;
    const result = await this.store.prisma.$transaction(
      async (tx): Promise<ActionOutcome & { memory?: RoomMemory }> => {
        const lastSeq = await this.store.lockRoom(tx, roomId);
        if (lastSeq === null) return { ack: refusal("unknown_room"), events: [] };
        // A link re-issued while this socket was open: it must not act any more.
        if (!(await this.store.seatIsLive(seat.seatId, tx))) return { ack: refusal("link_revoked"), events: [] };
        const earlier = await this.store.findAction(tx, roomId, intent.actionId);
        if (earlier) {
          return earlier.seatId === seat.seatId
            ? { ack: { ok: true, seq: earlier.seq }, events: [] }
            : { ack: refusal("invalid_input", "actionId", "This actionId was already used."), events: [] };
        }
        const cached = this.rooms.get(roomId);
        const caught = cached && cached.state.seq === lastSeq ? cached : remember(cached, await this.store.eventsAfter(roomId, cached?.state.seq ?? 0, tx));
        const { state } = caught;
        const decision = decide(state, intent, seat.role, now, this.options);
        if (!decision.ok) return { ack: refusal(decision.code, decision.field, decision.message), events: [], memory: caught };
        if (decision.events.length === 0) {
          // Nothing changed, and no event will carry the actionId: its receipt answers a retry.
          await this.store.recordNoop(tx, roomId, { seatId: seat.seatId, actionId: intent.actionId }, lastSeq, new Date(now));
          return { ack: { ok: true, seq: lastSeq }, events: [], memory: remember(caught, [], await this.store.currentSessionId(tx, roomId)) };
        }
        const { events, sessionId } = await this.store.appendInTx(
          tx,
          roomId,
          lastSeq,
          decision.events,
          { seatId: seat.seatId, role: seat.role, actionId: intent.actionId },
          new Date(now),
        );
        return { ack: { ok: true, seq: lastSeq + events.length }, events, memory: remember(caught, events, sessionId) };
      },
      transactionWaits,
    );
    // Only a committed state enters the cache.
    if (result.memory) this.rooms.set(roomId, result.memory);
    return { ack: result.ack, events: result.events };
  }

  /**
   * Another process committed these events: fold them into this process's memory of the room
   * when they follow on from it, so that its next action here is decided without reading the
   * log. Anything else (a gap, a room not held here) is left for the log to tell.
   */
  async heard(roomId: string, events: readonly RoomEvent[]): Promise<void> {
    await this.lock.run(roomId, async () => {
      const memory = this.rooms.get(roomId);
      if (!memory || events[0]?.seq !== memory.state.seq + 1) return;
      // A session opened elsewhere: its row is not known here until the careful way reads it.
      const opened = events.some((e) => e.type === "session.opened");
      this.rooms.set(roomId, remember(memory, events, opened ? null : undefined));
    });
  }

  /**
   * The seat's role gets a new link; the old one stops at once. Its token is made here from
   * the server's randomness and the device's request key: the same request is answered with
   * the same token. "refused" for every reason alike (the seat was already replaced, say).
   */
  async reissue(seat: SeatRecord, requestKey: string): Promise<{ seat: SeatRecord; token: string } | "refused"> {
    const salt = newReissueSalt();
    const outcome = await this.store.reissueSeat(
      seat,
      { requestHash: hashToken(requestKey), salt, tokenHash: hashToken(reissuedToken(salt, requestKey)) },
      new Date(this.clock()),
    );
    return outcome === "refused" ? outcome : { seat: outcome.seat, token: reissuedToken(outcome.salt, requestKey) };
  }

  /** A device that never heard its re-issue's answer: the new seat and its token, if `requestKey` made it from `old`. */
  async claimReissue(old: SeatRecord, requestKey: string): Promise<{ seat: SeatRecord; token: string } | null> {
    const claimed = await this.store.claimReissue(old.seatId, hashToken(requestKey));
    return claimed && { seat: claimed.seat, token: reissuedToken(claimed.salt, requestKey) };
  }

  /** Whether a seat still holds its room: checked again for every request after the handshake. */
  seatIsLive(seatId: string): Promise<boolean> {
    return this.store.seatIsLive(seatId);
  }

  /**
   * Erase a room once the partner's confirmation names its current topic. Serialised with
   * the room's appends, so no action lands half-way through.
   */
  async deleteRoom(roomId: string, confirmTopic: string): Promise<"deleted" | "topic_mismatch" | "gone"> {
    return this.lock.run(roomId, async () => {
      const { state } = await this.caughtUp(roomId);
      if (state.seq === 0) return "gone";
      if (state.topic.trim() !== confirmTopic.trim()) return "topic_mismatch";
      const deleted = await this.store.deleteRoom(roomId);
      this.rooms.delete(roomId);
      return deleted ? "deleted" : "gone";
    });
  }

  /** The room's sessions and their stored recaps, each checked against the recap schema. */
  async history(roomId: string): Promise<SessionSummary[]> {
    const sessions = await this.store.sessions(roomId);
    return sessions.map((s) => ({
      ordinal: s.ordinal,
      kind: s.kind,
      phase: phaseSchema.catch("lobby").parse(s.phase),
      openedAt: s.openedAt.getTime(),
      closedAt: s.closedAt?.getTime() ?? null,
      recap: s.recap ? this.readRecap(s.recap.content, roomId, s.ordinal) : null,
    }));
  }

  /** One unreadable recap must not hide the room's others: it reads as missing, and is logged. */
  private readRecap(content: unknown, roomId: string, ordinal: number): StoredRecap | null {
    const parsed = storedRecapSchema.safeParse(content);
    if (parsed.success) return parsed.data;
    this.onUnreadableRecap?.(roomId, ordinal, parsed.error);
    return null;
  }
}
