import {
  emptyTimeline,
  fromSnapshot,
  hasGap,
  receive,
  type ActionAck,
  type ClientToServerEvents,
  type IntentDraft,
  type Role,
  type RoomEvent,
  type ServerToClientEvents,
  type Timeline,
} from "@repair-room/protocol";
import { io, type Socket } from "socket.io-client";
import { sleep } from "./lifecycle.js";

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Answers that settle nothing: the same action is sent again, with the same actionId. */
const unsettled = new Set(["unavailable", "internal", "rate_limited"]);

/** One action as it was finally answered. */
export interface Settled {
  actionId: string;
  type: string;
  role: Role;
  ack: ActionAck;
  /** How many times it was sent (1 when the first try was answered). */
  attempts: number;
  /** Answers that did not settle it, by code (`timeout` for no answer or a dropped socket). */
  retriedOn: string[];
  sentAt: number;
  /** When the send that was answered went out. */
  lastSentAt: number;
  settledAt: number;
}

/**
 * A seat as a page holds one through crashes and outages: it reconnects by itself (telling
 * the server the last seq it holds), keeps its timeline across connections, catches up with
 * `sync` when it sees a gap, hears `latest`, or waits too long for a seq it knows exists, and
 * sends each action until it is settled, always under the same actionId. The exactly-once
 * contract under test is the server's side of that: however often an action arrives, it is
 * applied once and answered with the same seq.
 */
export class ResilientSeat {
  timeline: Timeline = emptyTimeline;
  role: Role | null = null;
  /** How many welcomes this seat received (1 + reconnects). */
  welcomes = 0;
  /** When each event first reached this seat, and how: pushed live, in a welcome, or by `sync`. */
  readonly arrivals = new Map<number, { at: number; how: "push" | "welcome" | "sync" }>();
  private readonly socket: ClientSocket;
  private welcomed = false;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private failedConnects = 0;
  private readonly waiters = new Set<() => void>();
  private syncing: Promise<void> | null = null;
  private lastSyncAt = 0;

  constructor(
    readonly url: string,
    link: string,
  ) {
    const address = new URL(link);
    const roomId = address.pathname.split("/").at(-1) ?? "";
    const token = address.hash.slice(1);
    this.socket = io(url, {
      // A function, so every reconnection tells the server what this seat already holds.
      auth: (cb) => cb({ roomId, token, lastSeq: this.timeline.state.seq }),
      transports: ["websocket"],
      // Reconnection is ours: socket.io's own gives up on a refused handshake (the database
      // was away) and on a server-side disconnect, where a page would keep trying.
      reconnection: false,
      forceNew: true,
      timeout: 5_000,
    });
    this.socket.on("connect_error", (error) => {
      const retryAfterMs = (error as Error & { data?: { refusal?: { retryAfterMs?: unknown } } }).data?.refusal?.retryAfterMs;
      this.reconnectSoon(typeof retryAfterMs === "number" ? retryAfterMs : undefined);
    });
    this.socket.on("disconnect", () => {
      this.welcomed = false;
      this.reconnectSoon();
    });
    this.socket.on("welcome", (welcome) => {
      if (welcome.snapshot) this.timeline = fromSnapshot(this.timeline, welcome.snapshot);
      this.role = welcome.role;
      this.take(welcome.missed, "welcome");
      this.welcomes++;
      this.welcomed = true;
      this.failedConnects = 0;
      this.notify();
      if (welcome.latestSeq > this.seq) void this.catchUp();
    });
    this.socket.on("events", (events) => this.take(events, "push"));
    this.socket.on("latest", ({ latestSeq }) => {
      if (latestSeq > this.seq) void this.catchUp();
    });
  }

  get seq(): number {
    return this.timeline.state.seq;
  }

  /** Connected and welcomed (again). */
  async ready(timeoutMs = 30_000): Promise<void> {
    await this.waitFor(() => this.welcomed, "a welcome", timeoutMs);
  }

  close(): void {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.socket.close();
  }

  /**
   * Send `draft` until it is settled: an `ok` (with its seq) or a refusal of the action
   * itself. No answer, a dropped connection, `unavailable`, `internal` or `rate_limited`
   * mean "not known": the same packet, same actionId, goes again once the seat can send.
   */
  async act(draft: IntentDraft, giveUpAfterMs = 90_000): Promise<Settled> {
    const actionId = crypto.randomUUID();
    const packet = { ...draft, actionId };
    const sentAt = Date.now();
    const retriedOn: string[] = [];
    for (let attempts = 1; ; attempts++) {
      if (Date.now() - sentAt > giveUpAfterMs) {
        throw new Error(`${this.role} ${draft.type} (${actionId}) not settled after ${attempts - 1} tries: ${retriedOn.join(", ")}`);
      }
      await this.ready(giveUpAfterMs);
      const lastSentAt = Date.now();
      let ack: ActionAck;
      try {
        ack = await this.socket.timeout(5_000).emitWithAck("action", packet);
      } catch {
        retriedOn.push("timeout");
        continue; // ready() waits for the next welcome if the socket dropped
      }
      if (ack.ok || !unsettled.has(ack.code)) {
        return { actionId, type: draft.type, role: this.role ?? "observer", ack, attempts, retriedOn, sentAt, lastSentAt, settledAt: Date.now() };
      }
      retriedOn.push(ack.code);
      const retryAfterMs = (ack as { retryAfterMs?: unknown }).retryAfterMs;
      await sleep(ack.code === "rate_limited" ? (typeof retryAfterMs === "number" ? retryAfterMs : 1_000) : 300);
    }
  }

  /**
   * Resolves once this seat holds `seq`. A broadcast lost on the way (the server died after
   * the ack, another process's news while Redis was away) is caught up with `sync` after a
   * moment, as a page does when it knows there is more.
   */
  async waitForSeq(seq: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.seq < seq) {
      if (Date.now() > deadline) throw new Error(`${this.role} stuck at seq ${this.seq}, waiting for ${seq}`);
      await this.waitFor(() => this.seq >= seq, `seq ${seq}`, 1_000).catch(() => {});
      if (this.seq < seq && this.welcomed) await this.catchUp();
    }
  }

  /** Ask for what follows this seat's last seq, page after page; at most one at a time. */
  catchUp(): Promise<void> {
    if (this.syncing) return this.syncing;
    this.syncing = (async () => {
      // Syncs take from the same per-seat allowance as actions: keep them spaced.
      const wait = this.lastSyncAt + 250 - Date.now();
      if (wait > 0) await sleep(wait);
      this.lastSyncAt = Date.now();
      for (let pages = 0; pages < 20 && this.welcomed; pages++) {
        const answer = await this.socket
          .timeout(5_000)
          .emitWithAck("sync", { afterSeq: this.seq })
          .catch(() => null);
        if (!answer?.ok) return;
        this.take(answer.events, "sync");
        if (answer.latestSeq <= this.seq || answer.events.length === 0) return;
      }
    })().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private take(events: readonly RoomEvent[], how: "push" | "welcome" | "sync"): void {
    const at = Date.now();
    for (const event of events) if (!this.arrivals.has(event.seq)) this.arrivals.set(event.seq, { at, how });
    this.timeline = receive(this.timeline, events);
    this.notify();
    // Something arrived ahead of a missing seq: the missing one was lost on the way.
    if (hasGap(this.timeline) && how === "push") void this.catchUp();
  }

  /** Try again soon: 200 ms, doubling while the server stays away, at most 1 s apart. */
  private reconnectSoon(afterMs?: number): void {
    if (this.closed || this.reconnectTimer) return;
    const delay = afterMs ?? Math.min(1_000, 200 * 2 ** this.failedConnects++);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.closed && !this.socket.connected) this.socket.connect();
    }, delay);
  }

  private notify(): void {
    for (const waiter of this.waiters) waiter();
  }

  private waitFor(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(test);
        reject(new Error(`${this.role ?? "seat"} timed out waiting for ${what}`));
      }, timeoutMs);
      const test = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters.delete(test);
        resolve();
      };
      this.waiters.add(test);
    });
  }
}
