import {
  emptyTimeline,
  hasGap,
  nobodyPresent,
  protocolVersion,
  receive,
  type ClientToServerEvents,
  type ErrorCode,
  type Intent,
  type Presence,
  type Refusal,
  type Role,
  type RoomEvent,
  type ServerToClientEvents,
  type Timeline,
  type Welcome,
} from "@repair-room/protocol";
import { io, type Socket } from "socket.io-client";
import { newActionId } from "./action-id";

export type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An intent as a screen asks for it; the connection gives it its actionId. */
export type IntentBody = DistributiveOmit<Intent, "actionId">;

/**
 * - `connecting`: first attempt, nothing heard yet.
 * - `open`: welcomed; the timeline is live.
 * - `reconnecting`: the connection dropped (or never came up); socket.io keeps trying.
 * - `refused`: the link itself was turned away; trying again would not help.
 * - `outdated`: the server speaks a newer protocol than this page; a reload fixes it.
 */
export type ConnectionStatus = "connecting" | "open" | "reconnecting" | "refused" | "outdated";

/** Everything a room screen renders from. Replaced (never mutated) on every change. */
export interface RoomView {
  status: ConnectionStatus;
  /** Why the link was refused, when `status` is `refused`. */
  refusal: Refusal | null;
  /** This link's seat, known from the first welcome on. */
  role: Role | null;
  timeline: Timeline;
  presence: Presence;
  /** Actions not yet acknowledged, oldest first. They are re-sent, same actionId, after a reconnect. */
  outbox: readonly Intent[];
  /** The room's answer to the last refused action, to show beside its control. */
  actionError: Refusal | null;
}

export const initialRoomView: RoomView = {
  status: "connecting",
  refusal: null,
  role: null,
  timeline: emptyTimeline,
  presence: nobodyPresent,
  outbox: [],
  actionError: null,
};

/** Refusals about the link itself: retrying with the same link cannot succeed. */
const finalCodes: ReadonlySet<ErrorCode> = new Set(["invalid_link", "unknown_room", "link_revoked"]);

const ackTimeoutMs = 10_000;
const resendDelayMs = 1_000;
/** After an ack, how long the live broadcast may take before we ask for the events ourselves. */
const broadcastGraceMs = 2_000;
const retryDelaysMs = [1_000, 2_000, 5_000, 10_000, 30_000];

export interface RoomConnectionOptions {
  roomId: string;
  token: string;
  onChange: (view: RoomView) => void;
  /** Opens the socket; tests pass a fake. The auth callback always carries the current lastSeq. */
  connect?: (auth: (cb: (data: object) => void) => void) => RoomSocket;
  makeActionId?: () => string;
}

const defaultConnect = (auth: (cb: (data: object) => void) => void): RoomSocket =>
  io({
    // Same origin, default path. forceNew: each room page owns its connection outright.
    auth,
    forceNew: true,
    // WebSocket first (phones on flaky networks reconnect faster without the polling
    // handshake), long-polling when a network blocks WebSockets.
    transports: ["websocket", "polling"],
    tryAllTransports: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
  });

/**
 * The client's one conversation with a room: a socket, the seat's timeline folded with the
 * protocol's `receive`, gap filling with `sync`, and an outbox of actions that survives a
 * dropped connection. It decides nothing about the rules; the server does.
 */
export class RoomConnection {
  private view: RoomView = initialRoomView;
  private socket: RoomSocket | null = null;
  private welcomed = false;
  private closed = false;
  private closingReason: Refusal | null = null;
  private syncing = false;
  private sendAttempt = 0;
  private inFlight = 0;
  private retries = 0;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly options: RoomConnectionOptions) {}

  start(): void {
    const { roomId, token } = this.options;
    const connect = this.options.connect ?? defaultConnect;
    const socket = connect((cb) => cb({ roomId, token, lastSeq: this.view.timeline.state.seq }));
    this.socket = socket;
    socket.on("welcome", (welcome) => this.onWelcome(welcome));
    socket.on("events", (events) => this.absorb(events));
    socket.on("presence", (presence) => this.update({ presence }));
    socket.on("closing", (reason) => {
      this.closingReason = reason;
    });
    socket.on("connect_error", (error) => this.onConnectError(error));
    socket.on("disconnect", (reason) => this.onDisconnect(reason));
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.socket?.off();
    this.socket?.disconnect();
    this.socket = null;
  }

  /** Ask the room for something. It is kept until the room answers, across reconnects. */
  act(body: IntentBody): string {
    const actionId = (this.options.makeActionId ?? newActionId)();
    const intent = { ...body, actionId } as Intent;
    this.update({ outbox: [...this.view.outbox, intent], actionError: null });
    this.sendNext();
    return actionId;
  }

  private update(patch: Partial<RoomView>): void {
    if (this.closed) return;
    this.view = { ...this.view, ...patch };
    this.options.onChange(this.view);
  }

  private later(fn: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) fn();
    }, ms);
    this.timers.add(timer);
  }

  private onWelcome(welcome: Welcome): void {
    if (welcome.protocolVersion !== protocolVersion) {
      this.update({ status: "outdated" });
      this.socket?.disconnect();
      return;
    }
    this.welcomed = true;
    this.retries = 0;
    this.closingReason = null;
    this.update({
      status: "open",
      refusal: null,
      role: welcome.role,
      presence: welcome.presence,
      timeline: receive(this.view.timeline, welcome.missed),
    });
    if (hasGap(this.view.timeline) || welcome.latestSeq > this.view.timeline.state.seq) this.sync();
    this.sendNext();
  }

  private absorb(events: readonly RoomEvent[]): void {
    const timeline = receive(this.view.timeline, events);
    if (timeline !== this.view.timeline) this.update({ timeline });
    if (hasGap(timeline)) this.sync();
  }

  /** Fetch what we are missing. One request at a time; a later gap asks again. */
  private sync(): void {
    const socket = this.socket;
    if (!socket || !this.welcomed || this.syncing) return;
    this.syncing = true;
    const afterSeq = this.view.timeline.state.seq;
    socket.timeout(ackTimeoutMs).emit("sync", { afterSeq }, (error, ack) => {
      this.syncing = false;
      if (this.closed || error || !ack.ok) return;
      const before = this.view.timeline.state.seq;
      this.absorb(ack.events);
      // Still a hole after progress: ask again. No progress: the next broadcast or welcome will.
      if (hasGap(this.view.timeline) && this.view.timeline.state.seq > before) this.sync();
    });
  }

  /** Send the oldest unacknowledged action, unless it is already on its way. */
  private sendNext(): void {
    const socket = this.socket;
    const head = this.view.outbox[0];
    if (!socket || !head || !this.welcomed || this.inFlight !== 0) return;
    const attempt = ++this.sendAttempt;
    this.inFlight = attempt;
    socket.timeout(ackTimeoutMs).emit("action", head, (error, ack) => {
      const current = this.inFlight === attempt;
      if (current) this.inFlight = 0;
      if (this.closed) return;
      if (error) {
        // No answer in time: the same actionId again is safe (it takes effect once). An
        // attempt from before a reconnect is stale: the welcome has already re-sent it.
        if (current) this.later(() => this.sendNext(), resendDelayMs);
        return;
      }
      if (this.view.outbox[0]?.actionId !== head.actionId) return; // settled by an earlier answer
      this.update({ outbox: this.view.outbox.slice(1), actionError: ack.ok ? null : ack });
      if (ack.ok && ack.seq > this.view.timeline.state.seq) this.expectSeq(ack.seq);
      this.sendNext();
    });
  }

  /** The ack names a seq we have not seen; if its broadcast does not come, fetch it. */
  private expectSeq(seq: number): void {
    this.later(() => {
      if (this.view.timeline.state.seq < seq) this.sync();
    }, broadcastGraceMs);
  }

  private onConnectError(error: Error): void {
    if (this.closed) return;
    const refusal = (error as Error & { data?: { refusal?: Refusal } }).data?.refusal ?? null;
    if (refusal && finalCodes.has(refusal.code)) {
      this.refuse(refusal);
      return;
    }
    this.update({ status: "reconnecting" });
    // A refusal from the server's middleware (busy, starting up) stops socket.io's own retries.
    if (refusal || !this.socket?.active) this.retryLater();
  }

  private onDisconnect(reason: Socket.DisconnectReason): void {
    this.welcomed = false;
    this.inFlight = 0;
    this.syncing = false;
    if (this.closed || this.view.status === "refused" || this.view.status === "outdated") return;
    const closing = this.closingReason;
    if (closing && finalCodes.has(closing.code)) {
      this.refuse(closing);
      return;
    }
    this.update({ status: "reconnecting" });
    // The server hung up on purpose (e.g. restarting): socket.io will not redial by itself.
    if (reason === "io server disconnect") this.retryLater();
  }

  private retryLater(): void {
    const delay = retryDelaysMs[Math.min(this.retries, retryDelaysMs.length - 1)] ?? 30_000;
    this.retries += 1;
    this.later(() => this.socket?.connect(), delay);
  }

  private refuse(refusal: Refusal): void {
    this.update({ status: "refused", refusal });
    this.socket?.disconnect();
  }
}
