import { fromSnapshot, hasGap, receive, type ActionAck, type Intent, type RoomEvent, type Welcome } from "@repair-room/protocol";
import type { KeptOutbox } from "./kept-outbox";
import { resendDelayMs, waitReasonFor, type WaitReason } from "./resend-policy";
import type { IntentBody, RoomView } from "./room-view";
import { ackTimeoutMs, type RoomSocket } from "./transport";
import type { ViewStore } from "./view-store";

/** After an ack, how long the live broadcast may take before we ask for the events ourselves. */
const broadcastGraceMs = 2_000;

/**
 * The seat's timeline, folded in order with the protocol's `receive` (a gap is filled with
 * `sync`), the server's clock as live events date it, and the outbox: actions kept (across a
 * reload too, kept-outbox.ts) until the room settles them, sent one at a time and again with
 * the same actionId after a reconnect, a lost answer or a "not now" (resend-policy.ts). Only
 * an acceptance or a refusal on the merits settles one. It decides nothing about the rules;
 * the server does.
 */
export class TimelineOutbox {
  private syncing = false;
  private sendAttempt = 0;
  private inFlight = 0;
  /** The head action was accepted as `seq`; it leaves the outbox once that event is folded in. */
  private settling: { actionId: string; seq: number } | null = null;
  /** The head waits out a delay before it goes again (the id of that wait; 0 for none). */
  private holding = 0;
  private holds = 0;
  /** Sends of the head since one was last settled (or the line came back): the backoff's step. */
  private tries = 0;
  /** The outbox an earlier page of this tab left is taken in once, on the first welcome. */
  private restored = false;
  private readonly answers = new Map<string, ((ack: ActionAck) => void)[]>();

  constructor(
    private readonly store: ViewStore,
    /** The socket while the room has welcomed it. */
    private readonly liveSocket: () => RoomSocket | null,
    private readonly makeActionId: () => string,
    private readonly kept: KeptOutbox,
  ) {}

  /**
   * Keep an action until the room settles it, and send it when its turn comes. The same
   * action asked for again while it still waits (a second press of its button) is that one
   * action, not another with a new actionId that the room would have to take twice.
   */
  act(body: IntentBody, onAnswer?: (ack: ActionAck) => void): string {
    const last = this.store.view.outbox.at(-1);
    const actionId = last && sameIntent(last, body) ? last.actionId : this.makeActionId();
    if (onAnswer) this.answers.set(actionId, [...(this.answers.get(actionId) ?? []), onAnswer]);
    if (actionId !== last?.actionId) {
      this.setOutbox([...this.store.view.outbox, { ...body, actionId } as Intent], { actionError: null });
    }
    if (!this.liveSocket()) this.wait("offline");
    this.sendNext();
    return actionId;
  }

  /**
   * Welcomed: fold in what was missed (with `also`, the rest of the welcome, in one change),
   * fetch whatever is still missing, and carry on with the outbox.
   */
  welcome(welcome: Welcome, also: Partial<RoomView>): void {
    // A page holding nothing of the current session starts from the snapshot the room sends.
    const base = welcome.snapshot ? fromSnapshot(this.store.view.timeline, welcome.snapshot) : this.store.view.timeline;
    this.store.update({
      ...also,
      timeline: receive(base, welcome.missed),
      // Replayed events are old; the welcome's own stamp dates the server's clock now.
      clockOffset: welcome.serverNow - Date.now(),
      options: welcome.options,
    });
    const { timeline } = this.store.view;
    if (hasGap(timeline) || welcome.latestSeq > timeline.state.seq) this.sync();
    this.restore();
    // Back on the line: whatever waits goes now, its backoff started afresh.
    this.holding = 0;
    this.tries = 0;
    if (this.store.view.waiting?.reason === "offline") this.wait(null);
    this.settle();
    this.sendNext();
  }

  /** The room says where its log ends (news may have been lost on the way): catch up if behind. */
  latest(latestSeq: number): void {
    if (latestSeq > this.store.view.timeline.state.seq) this.sync();
  }

  /** A live broadcast: its time stamp was just taken on the server, which dates our clock. */
  liveEvents(events: readonly RoomEvent[]): void {
    const last = events.at(-1);
    if (last) this.store.update({ clockOffset: last.at - Date.now() });
    this.absorb(events);
  }

  /** The line dropped: nothing is on its way any more (the welcome re-sends it). */
  down(): void {
    this.inFlight = 0;
    this.syncing = false;
    this.holding = 0;
    this.wait("offline");
  }

  close(): void {
    this.answers.clear();
  }

  private absorb(events: readonly RoomEvent[]): void {
    const timeline = receive(this.store.view.timeline, events);
    if (timeline !== this.store.view.timeline) this.store.update({ timeline });
    if (hasGap(timeline)) this.sync();
    this.settle();
  }

  /** The accepted head action's events are in: now it is done (no flicker back to the old state). */
  private settle(): void {
    const settling = this.settling;
    if (!settling || this.store.view.timeline.state.seq < settling.seq) return;
    this.settling = null;
    const head = this.store.view.outbox[0];
    if (head?.actionId === settling.actionId) this.finish(head, { ok: true, seq: settling.seq });
    else this.sendNext();
  }

  /** The head is settled: accepted, or refused on its merits (shown beside its control). */
  private finish(head: Intent, ack: ActionAck): void {
    const answers = this.answers.get(head.actionId) ?? [];
    this.answers.delete(head.actionId);
    this.tries = 0;
    this.setOutbox(this.store.view.outbox.slice(1), { actionError: ack.ok ? null : { ...ack, intentType: head.type }, waiting: null });
    for (const answer of answers) answer(ack);
    this.sendNext();
  }

  private setOutbox(outbox: readonly Intent[], also: Partial<RoomView> = {}): void {
    this.store.update({ ...also, outbox });
    const { role } = this.store.view;
    // Before the first welcome the seat is not known; that welcome keeps what is here by then.
    if (role) this.kept.save(role, outbox);
  }

  /** Take in what an earlier page of this tab left unanswered, ahead of anything asked since. */
  private restore(): void {
    const { role, outbox } = this.store.view;
    if (this.restored || !role) return;
    this.restored = true;
    const earlier = this.kept.load(role).filter((kept) => !outbox.some((i) => i.actionId === kept.actionId));
    this.setOutbox([...earlier, ...outbox]);
  }

  /** Say (calmly) why the outbox is waiting, or that it no longer is; `since` stays while it waits. */
  private wait(reason: WaitReason | null): void {
    const { waiting, outbox } = this.store.view;
    if (reason === null || outbox.length === 0) {
      if (waiting) this.store.update({ waiting: null });
      return;
    }
    if (waiting?.reason !== reason) this.store.update({ waiting: { since: waiting?.since ?? Date.now(), reason } });
  }

  /** Send the head again, the same actionId, once `delay` has passed (a reconnect sends it sooner). */
  private resendLater(reason: WaitReason, delay: number): void {
    const hold = ++this.holds;
    this.holding = hold;
    this.tries += 1;
    this.wait(reason);
    this.store.later(() => {
      if (this.holding !== hold) return;
      this.holding = 0;
      this.sendNext();
    }, delay);
  }

  /** Fetch what we are missing. One request at a time; a later gap asks again. */
  private sync(): void {
    const socket = this.liveSocket();
    if (!socket || this.syncing) return;
    this.syncing = true;
    const afterSeq = this.store.view.timeline.state.seq;
    socket.timeout(ackTimeoutMs).emit("sync", { afterSeq }, (error, ack) => {
      this.syncing = false;
      if (this.store.closed || error || !ack.ok) return;
      const before = this.store.view.timeline.state.seq;
      this.absorb(ack.events);
      // Still a hole, or more pages, after progress: ask again. No progress: the next broadcast or welcome will.
      const now = this.store.view.timeline.state.seq;
      if ((hasGap(this.store.view.timeline) || ack.latestSeq > now) && now > before) this.sync();
    });
  }

  /** Send the oldest unsettled action, unless it is already on its way or waiting out a delay. */
  private sendNext(): void {
    const socket = this.liveSocket();
    const head = this.store.view.outbox[0];
    if (!socket || !head || this.inFlight !== 0 || this.settling || this.holding !== 0) return;
    const attempt = ++this.sendAttempt;
    this.inFlight = attempt;
    socket.timeout(ackTimeoutMs).emit("action", head, (error, ack) => {
      const current = this.inFlight === attempt;
      if (current) this.inFlight = 0;
      if (this.store.closed) return;
      if (error) {
        // No answer in time: the same actionId again is safe (it takes effect once). An
        // attempt from before a reconnect is stale: the welcome has already re-sent it.
        if (current) this.resendLater("noAnswer", resendDelayMs(this.tries));
        return;
      }
      if (this.store.view.outbox[0]?.actionId !== head.actionId) return; // settled by an earlier answer
      const notNow = waitReasonFor(ack);
      if (notNow) {
        // Not a "no": the room may even hold it already. Only the latest attempt decides
        // when to go again, and never while an earlier attempt's acceptance is settling.
        if (current && !this.settling && !ack.ok) this.resendLater(notNow, resendDelayMs(this.tries, ack));
        return;
      }
      if (ack.ok && ack.seq > this.store.view.timeline.state.seq) {
        // Accepted, but its events are still on their way: keep it until they are folded in.
        this.settling = { actionId: head.actionId, seq: ack.seq };
        this.tries = 0;
        this.wait(null);
        this.expectSeq(ack.seq);
        return;
      }
      this.finish(head, ack);
    });
  }

  /** The ack names a seq we have not seen; if its broadcast does not come, fetch it. */
  private expectSeq(seq: number): void {
    this.store.later(() => {
      if (this.store.view.timeline.state.seq < seq) this.sync();
    }, broadcastGraceMs);
  }
}

/** The same intent, whatever its actionId and the order its fields were written in. */
function sameIntent(intent: Intent, body: IntentBody): boolean {
  return canonical({ ...intent, actionId: undefined }) === canonical(body);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
