import { fromSnapshot, hasGap, receive, type ActionAck, type Intent, type RoomEvent, type Welcome } from "@repair-room/protocol";
import type { IntentBody, RoomView } from "./room-view";
import { ackTimeoutMs, type RoomSocket } from "./transport";
import type { ViewStore } from "./view-store";

const resendDelayMs = 1_000;
/** After an ack, how long the live broadcast may take before we ask for the events ourselves. */
const broadcastGraceMs = 2_000;

/**
 * The seat's timeline, folded in order with the protocol's `receive` (a gap is filled with
 * `sync`), the server's clock as live events date it, and the outbox: actions kept until the
 * room answers, re-sent after a reconnect with the same actionId. It decides nothing about the
 * rules; the server does.
 */
export class TimelineOutbox {
  private syncing = false;
  private sendAttempt = 0;
  private inFlight = 0;
  /** The head action was accepted as `seq`; it leaves the outbox once that event is folded in. */
  private settling: { actionId: string; seq: number } | null = null;
  private readonly answers = new Map<string, (ack: ActionAck) => void>();

  constructor(
    private readonly store: ViewStore,
    /** The socket while the room has welcomed it. */
    private readonly liveSocket: () => RoomSocket | null,
    private readonly makeActionId: () => string,
  ) {}

  /** Keep an action until the room answers it, and send it when its turn comes. */
  act(body: IntentBody, onAnswer?: (ack: ActionAck) => void): string {
    const actionId = this.makeActionId();
    const intent = { ...body, actionId } as Intent;
    if (onAnswer) this.answers.set(actionId, onAnswer);
    this.store.update({ outbox: [...this.store.view.outbox, intent], actionError: null });
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

  private finish(head: Intent, ack: ActionAck): void {
    const answer = this.answers.get(head.actionId);
    this.answers.delete(head.actionId);
    this.store.update({ outbox: this.store.view.outbox.slice(1), actionError: ack.ok ? null : { ...ack, intentType: head.type } });
    answer?.(ack);
    this.sendNext();
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

  /** Send the oldest unacknowledged action, unless it is already on its way. */
  private sendNext(): void {
    const socket = this.liveSocket();
    const head = this.store.view.outbox[0];
    if (!socket || !head || this.inFlight !== 0 || this.settling) return;
    const attempt = ++this.sendAttempt;
    this.inFlight = attempt;
    socket.timeout(ackTimeoutMs).emit("action", head, (error, ack) => {
      const current = this.inFlight === attempt;
      if (current) this.inFlight = 0;
      if (this.store.closed) return;
      if (error) {
        // No answer in time: the same actionId again is safe (it takes effect once). An
        // attempt from before a reconnect is stale: the welcome has already re-sent it.
        if (current) this.store.later(() => this.sendNext(), resendDelayMs);
        return;
      }
      if (this.store.view.outbox[0]?.actionId !== head.actionId) return; // settled by an earlier answer
      if (ack.ok && ack.seq > this.store.view.timeline.state.seq) {
        // Accepted, but its events are still on their way: keep it until they are folded in.
        this.settling = { actionId: head.actionId, seq: ack.seq };
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
