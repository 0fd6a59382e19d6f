import {
  hasGap,
  protocolVersion,
  receive,
  refusal,
  type ActionAck,
  type ClientToServerEvents,
  type DeleteRoomAck,
  type ErrorCode,
  type HistoryAck,
  type Intent,
  type NoteAck,
  type ObserverNote,
  type Presence,
  type Refusal,
  type ReissueAck,
  type Role,
  type RoomEvent,
  type ServerToClientEvents,
  type Welcome,
} from "@repair-room/protocol";
import { io, type Socket } from "socket.io-client";
import { newActionId } from "./action-id";
import {
  clearPendingLink,
  defaultPendingStore,
  findPendingFor,
  fingerprint,
  newSeatToken,
  readPendingLink,
  writePendingLink,
  type PendingStore,
} from "./pending-link";
import { initialRoomView, type IntentBody, type RoomView } from "./room-view";
import { WritingSignal } from "./writing-signal";

export type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export { initialRoomView, type ActionError, type ConnectionStatus, type IntentBody, type RoomView } from "./room-view";

/** Refusals about the link itself: retrying with the same link cannot succeed. */
const finalCodes: ReadonlySet<ErrorCode> = new Set(["invalid_link", "unknown_room", "link_revoked", "room_deleted"]);

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
  /** Makes a re-issued link's token; tests pass a predictable one. */
  makeToken?: () => string;
  /** Where a re-issued link's token waits for the room's answer; `localStorage` unless given. */
  pendingStore?: PendingStore | null;
  /** Where `online`/`offline` are heard; `window` in a browser, none in tests unless given. */
  network?: Pick<EventTarget, "addEventListener" | "removeEventListener">;
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
  /** The head action was accepted as `seq`; it leaves the outbox once that event is folded in. */
  private settling: { actionId: string; seq: number } | null = null;
  private retries = 0;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly answers = new Map<string, (ack: ActionAck) => void>();
  private readonly writing = new WritingSignal(
    (active) => {
      if (!this.socket || !this.welcomed || this.closed) return false;
      this.socket.emit("typing", { active });
      return true;
    },
    (writing) => this.update({ writing }),
  );
  private readonly network: RoomConnectionOptions["network"];
  /** The seat's current token: a re-issued link replaces it for every later reconnect. */
  private token: string;
  /** Every token this connection has held as its own: an address showing one is this seat's. */
  private readonly held = new Set<string>();
  private readonly pendingStore: PendingStore | null;
  /** A re-issue's token while its answer is awaited, also when storage cannot keep it. */
  private pendingInMemory: { token: string; replaces: string } | null = null;
  /** Refused on the current link: the kept token being tried instead, and the refusal it answers. */
  private trying: { token: string; role: Role; refusal: Refusal } | null = null;
  private triedPending = false;

  constructor(private readonly options: RoomConnectionOptions) {
    this.network = options.network ?? (options.connect ? undefined : globalThis.window);
    this.token = options.token;
    this.held.add(options.token);
    this.view = { ...initialRoomView, token: options.token };
    this.pendingStore = options.pendingStore === undefined ? defaultPendingStore() : options.pendingStore;
  }

  /** The seat's token now (a re-issue, or a kept token tried after a refusal, replaces it). */
  get currentToken(): string {
    return this.token;
  }

  /** Was `token` ever this connection's own (an older link of this seat, say after "Back")? */
  hasHeld(token: string): boolean {
    return this.held.has(token);
  }

  start(): void {
    const { roomId } = this.options;
    const connect = this.options.connect ?? defaultConnect;
    const socket = connect((cb) => cb({ roomId, token: this.trying?.token ?? this.token, lastSeq: this.view.timeline.state.seq }));
    this.socket = socket;
    socket.on("welcome", (welcome) => this.onWelcome(welcome));
    socket.on("events", (events) => this.onLiveEvents(events));
    socket.on("presence", (presence) => this.onPresence(presence));
    socket.on("typing", (typing) => this.writing.receive(typing));
    socket.on("notes", (notes) => this.onNotes(notes));
    socket.on("closing", (reason) => {
      this.closingReason = reason;
    });
    socket.on("connect_error", (error) => this.onConnectError(error));
    socket.on("disconnect", (reason) => this.onDisconnect(reason));
    this.network?.addEventListener("offline", this.onOffline);
    this.network?.addEventListener("online", this.onOnline);
  }

  close(): void {
    this.closed = true;
    this.network?.removeEventListener("offline", this.onOffline);
    this.network?.removeEventListener("online", this.onOnline);
    for (const timer of this.timers) clearTimeout(timer);
    this.writing.dispose();
    this.timers.clear();
    this.answers.clear();
    this.socket?.off();
    this.socket?.disconnect();
    this.socket = null;
  }

  /**
   * Ask the room for something. It is kept until the room answers, across reconnects;
   * `onAnswer` hears that answer (a screen clears its saved draft once it is accepted).
   */
  act(body: IntentBody, onAnswer?: (ack: ActionAck) => void): string {
    const actionId = (this.options.makeActionId ?? newActionId)();
    const intent = { ...body, actionId } as Intent;
    if (onAnswer) this.answers.set(actionId, onAnswer);
    this.update({ outbox: [...this.view.outbox, intent], actionError: null });
    this.sendNext();
    return actionId;
  }

  /** This partner is writing (cheap on every keystroke: see WritingSignal). */
  typing(): void {
    this.writing.typing();
  }

  /** Writing stopped (sent, or left alone). */
  stopTyping(): void {
    this.writing.stop();
  }

  /** Observer seats: keep a private note. Answers at once, with a refusal, while offline. */
  addNote(text: string): Promise<NoteAck> {
    const socket = this.socket;
    if (!socket || !this.welcomed) return Promise.resolve(refusal("unavailable"));
    return new Promise((resolve) => {
      socket.timeout(ackTimeoutMs).emit("note", { text }, (error, ack) => {
        if (error) return resolve(refusal("unavailable"));
        if (ack.ok) this.onNotes([ack.note]);
        resolve(ack);
      });
    });
  }

  /** The room's sessions and their stored recaps (with the coach's notes, for observers). */
  history(): Promise<HistoryAck> {
    return this.request<HistoryAck>((socket, answer) => socket.timeout(ackTimeoutMs).emit("history", {}, answer));
  }

  /**
   * A new link for this seat. The old one stops at once (other tabs on it are closed); this
   * connection carries on with the new token. The token is made here and kept (in storage,
   * for this room and seat) before it is sent: without an answer it stays kept, and asking
   * again sends the same one, which the room answers the same. Only an answer settles it.
   */
  async reissueLink(): Promise<ReissueAck> {
    const role = this.view.role;
    if (!this.socket || !this.welcomed || !role) return refusal("unavailable");
    const { roomId } = this.options;
    const replaces = fingerprint(this.token);
    // Kept across a reload in storage, or in memory when storage is blocked.
    const kept = [readPendingLink(roomId, role, this.pendingStore), this.pendingInMemory].find((k) => k?.replaces === replaces);
    let token: string;
    if (kept) {
      token = kept.token;
    } else {
      token = (this.options.makeToken ?? newSeatToken)();
      writePendingLink(roomId, role, { token, replaces }, this.pendingStore);
    }
    this.pendingInMemory = { token, replaces };
    const ack = await this.request<ReissueAck>((socket, answer) => socket.timeout(ackTimeoutMs).emit("reissueLink", { token }, answer));
    if (this.closed) return ack;
    // No answer: the room may hold the new link already. Keep it for a retry or a refusal.
    if (!ack.ok && ack.code === "unavailable") return ack;
    this.pendingInMemory = null;
    clearPendingLink(roomId, role, token, this.pendingStore);
    if (ack.ok) this.adopt(token);
    return ack;
  }

  /** Partners: erase the room, confirmed by typing its topic. Everyone connected is told. */
  deleteRoom(confirmTopic: string): Promise<DeleteRoomAck> {
    return this.request<DeleteRoomAck>((socket, answer) => socket.timeout(ackTimeoutMs).emit("deleteRoom", { confirmTopic }, answer));
  }

  /** One request with an answer; offline, or without an answer in time, it is `unavailable`. */
  private request<A>(send: (socket: RoomSocket, answer: (error: Error | null, ack: A) => void) => void): Promise<A | Refusal> {
    const socket = this.socket;
    if (!socket || !this.welcomed) return Promise.resolve(refusal("unavailable"));
    return new Promise((resolve) => send(socket, (error, ack) => resolve(error ? refusal("unavailable") : ack)));
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

  /** From now on this seat's token is `token`, for reconnects and every link shown. */
  private adopt(token: string): void {
    this.token = token;
    this.held.add(token);
    this.update({ token });
  }

  private onWelcome(welcome: Welcome): void {
    if (welcome.protocolVersion !== protocolVersion) {
      this.trying = null;
      this.update({ status: "outdated" });
      this.socket?.disconnect();
      return;
    }
    const tried = this.trying;
    if (tried) {
      // The kept token opened the seat: it is the link now, and nothing is pending any more.
      this.trying = null;
      this.pendingInMemory = null;
      clearPendingLink(this.options.roomId, tried.role, tried.token, this.pendingStore);
      this.adopt(tried.token);
    }
    this.welcomed = true;
    this.triedPending = false;
    this.retries = 0;
    this.closingReason = null;
    this.update({
      status: "open",
      refusal: null,
      role: welcome.role,
      presence: welcome.presence,
      timeline: receive(this.view.timeline, welcome.missed),
      // Replayed events are old; the welcome's own stamp dates the server's clock now.
      clockOffset: welcome.serverNow - Date.now(),
    });
    if (hasGap(this.view.timeline) || welcome.latestSeq > this.view.timeline.state.seq) this.sync();
    this.settle();
    this.sendNext();
  }

  /** A live broadcast: its time stamp was just taken on the server, which dates our clock. */
  private onLiveEvents(events: readonly RoomEvent[]): void {
    const last = events.at(-1);
    if (last) this.update({ clockOffset: last.at - Date.now() });
    this.absorb(events);
  }

  private onPresence(presence: Presence): void {
    this.update({ presence });
    this.writing.presence(presence);
  }

  private onNotes(incoming: readonly ObserverNote[]): void {
    const known = new Set(this.view.notes.map((n) => n.id));
    const fresh = incoming.filter((n) => !known.has(n.id));
    if (fresh.length === 0) return;
    this.update({ notes: [...this.view.notes, ...fresh].sort((a, b) => a.at - b.at) });
  }

  /** The phone lost its network: say so now rather than after socket.io's ping timeout. */
  private readonly onOffline = (): void => {
    if (this.closed) return;
    // Closing the transport (not the socket) keeps socket.io's own redialling going.
    this.socket?.io?.engine?.close();
  };

  /** The network is back: try at once instead of waiting out the redial backoff. */
  private readonly onOnline = (): void => {
    const socket = this.socket;
    if (this.closed || !socket || socket.connected) return;
    if (this.view.status === "refused" || this.view.status === "outdated") return;
    socket.disconnect();
    socket.connect();
  };

  private absorb(events: readonly RoomEvent[]): void {
    const timeline = receive(this.view.timeline, events);
    if (timeline !== this.view.timeline) this.update({ timeline });
    if (hasGap(timeline)) this.sync();
    this.settle();
  }

  /** The accepted head action's events are in: now it is done (no flicker back to the old state). */
  private settle(): void {
    const settling = this.settling;
    if (!settling || this.view.timeline.state.seq < settling.seq) return;
    this.settling = null;
    const head = this.view.outbox[0];
    if (head?.actionId === settling.actionId) this.finish(head, { ok: true, seq: settling.seq });
    else this.sendNext();
  }

  private finish(head: Intent, ack: ActionAck): void {
    const answer = this.answers.get(head.actionId);
    this.answers.delete(head.actionId);
    this.update({ outbox: this.view.outbox.slice(1), actionError: ack.ok ? null : { ...ack, intentType: head.type } });
    answer?.(ack);
    this.sendNext();
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
    if (!socket || !head || !this.welcomed || this.inFlight !== 0 || this.settling) return;
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
      if (ack.ok && ack.seq > this.view.timeline.state.seq) {
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
    this.later(() => {
      if (this.view.timeline.state.seq < seq) this.sync();
    }, broadcastGraceMs);
  }

  private onConnectError(error: Error): void {
    if (this.closed) return;
    const refusal = (error as Error & { data?: { refusal?: Refusal } }).data?.refusal ?? null;
    if (refusal && finalCodes.has(refusal.code)) {
      this.refuseOrTryKept(refusal);
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
    this.writing.reset();
    if (this.closed || this.view.status === "refused" || this.view.status === "outdated") return;
    const closing = this.closingReason;
    if (closing && finalCodes.has(closing.code)) {
      this.closingReason = null;
      this.refuseOrTryKept(closing);
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

  /**
   * Turned away for good, unless this link was replaced by a re-issue from this device whose
   * answer never came: then the token kept for it is tried, once. If the room does not know
   * that one either, the first refusal (the link was replaced) is the one to show.
   */
  private refuseOrTryKept(refusal: Refusal): void {
    const tried = this.trying;
    if (tried) {
      this.trying = null;
      this.pendingInMemory = null;
      clearPendingLink(this.options.roomId, tried.role, tried.token, this.pendingStore);
      this.refuse(refusal.code === "invalid_link" ? tried.refusal : refusal);
      return;
    }
    if (refusal.code === "link_revoked" && !this.triedPending) {
      const found = this.keptFor(this.token);
      if (found) {
        this.triedPending = true;
        this.trying = { ...found, refusal };
        if (this.view.status === "open") this.update({ status: "reconnecting" });
        this.socket?.connect();
        return;
      }
    }
    this.refuse(refusal);
  }

  /** The token kept on this device to replace `refused`, if any. */
  private keptFor(refused: string): { token: string; role: Role } | null {
    const { roomId } = this.options;
    const stored = findPendingFor(roomId, refused, this.view.role, this.pendingStore);
    if (stored) return { token: stored.pending.token, role: stored.role };
    const memory = this.pendingInMemory;
    if (memory && this.view.role && memory.replaces === fingerprint(refused)) return { token: memory.token, role: this.view.role };
    return null;
  }

  private refuse(refusal: Refusal): void {
    this.update({ status: "refused", refusal });
    this.socket?.disconnect();
  }
}
