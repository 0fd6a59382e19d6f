import { protocolVersion, type ClientToServerEvents, type ErrorCode, type Refusal, type ServerToClientEvents, type Welcome } from "@repair-room/protocol";
import { io, type Socket } from "socket.io-client";
import type { ViewStore } from "./view-store";

export type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long any request waits for the room's answer before it counts as unanswered. */
export const ackTimeoutMs = 10_000;

/** Refusals about the link itself: retrying with the same link cannot succeed. */
const finalCodes: ReadonlySet<ErrorCode> = new Set(["invalid_link", "unknown_room", "link_revoked", "room_deleted"]);

const retryDelaysMs = [1_000, 2_000, 5_000, 10_000, 30_000];

export interface TransportOptions {
  /** The room this page is in: it rides in the socket's address (never the token). */
  roomId: string;
  /** Opens the socket; tests pass a fake. The auth callback always carries the current lastSeq. */
  connect?: (auth: (cb: (data: object) => void) => void, roomId: string) => RoomSocket;
  /** Where `online`/`offline` are heard; `window` in a browser, none in tests unless given. */
  network?: Pick<EventTarget, "addEventListener" | "removeEventListener">;
}

/** What the layers above hear from the transport, and what it asks of them. */
export interface TransportHooks {
  /** The handshake's auth, read again on every (re)connect. */
  auth: () => object;
  /** Welcomed by a room that speaks this page's protocol. */
  welcome: (welcome: Welcome) => void;
  /** Welcomed by a room that speaks another protocol: nothing more will be tried. */
  outdated: () => void;
  /** The line dropped: whatever was on its way is lost. */
  down: () => void;
  /**
   * Turned away on the link itself: the refusal to show for good, or null to redial at once
   * (`auth` then claims a new seat: token-custody.ts).
   */
  finalRefusal: (refusal: Refusal) => Refusal | null;
  /** Listen for the rest of what the room sends. */
  listen: (socket: RoomSocket) => void;
}

export const defaultConnect = (auth: (cb: (data: object) => void) => void, roomId: string): RoomSocket =>
  io({
    // Same origin, default path. forceNew: each room page owns its connection outright.
    auth,
    // The room (never the token) in the socket's address: a proxy in front of several
    // processes sends a room's sockets to the one that holds it (deploy/Caddyfile).
    query: { room: roomId },
    forceNew: true,
    // WebSocket first (phones on flaky networks reconnect faster without the polling
    // handshake), long-polling when a network blocks WebSockets.
    transports: ["websocket", "polling"],
    tryAllTransports: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
  });

/**
 * The socket and nothing else: opening it with the handshake, redialling after a drop (with a
 * backoff where socket.io will not), the browser's `offline`/`online`, the protocol version,
 * and the refusals after which trying again cannot help. It keeps `status` (and `refusal`).
 */
export class Transport {
  private socket: RoomSocket | null = null;
  private welcomed = false;
  private closingReason: Refusal | null = null;
  private retries = 0;
  private readonly network: TransportOptions["network"];

  constructor(
    private readonly store: ViewStore,
    private readonly options: TransportOptions,
    private readonly hooks: TransportHooks,
  ) {
    this.network = options.network ?? (options.connect ? undefined : globalThis.window);
  }

  /** The socket while the room has welcomed it: null offline, and before the welcome. */
  get live(): RoomSocket | null {
    return this.welcomed ? this.socket : null;
  }

  start(): void {
    const connect = this.options.connect ?? defaultConnect;
    const socket = connect((cb) => cb(this.hooks.auth()), this.options.roomId);
    this.socket = socket;
    socket.on("welcome", (welcome) => this.onWelcome(welcome));
    socket.on("closing", (reason) => {
      this.closingReason = reason;
    });
    socket.on("connect_error", (error) => this.onConnectError(error));
    socket.on("disconnect", (reason) => this.onDisconnect(reason));
    this.hooks.listen(socket);
    this.network?.addEventListener("offline", this.onOffline);
    this.network?.addEventListener("online", this.onOnline);
  }

  close(): void {
    this.network?.removeEventListener("offline", this.onOffline);
    this.network?.removeEventListener("online", this.onOnline);
    this.socket?.off();
    this.socket?.disconnect();
    this.socket = null;
  }

  private onWelcome(welcome: Welcome): void {
    if (welcome.protocolVersion !== protocolVersion) {
      this.hooks.outdated();
      this.store.update({ status: "outdated" });
      this.socket?.disconnect();
      return;
    }
    this.welcomed = true;
    this.retries = 0;
    this.closingReason = null;
    this.hooks.welcome(welcome);
  }

  /** The phone lost its network: say so now rather than after socket.io's ping timeout. */
  private readonly onOffline = (): void => {
    if (this.store.closed) return;
    // Closing the transport (not the socket) keeps socket.io's own redialling going.
    this.socket?.io?.engine?.close();
  };

  /** The network is back: try at once instead of waiting out the redial backoff. */
  private readonly onOnline = (): void => {
    const socket = this.socket;
    if (this.store.closed || !socket || socket.connected) return;
    if (this.store.view.status === "refused" || this.store.view.status === "outdated") return;
    socket.disconnect();
    socket.connect();
  };

  private onConnectError(error: Error): void {
    if (this.store.closed) return;
    const refusal = (error as Error & { data?: { refusal?: Refusal } }).data?.refusal ?? null;
    if (refusal && finalCodes.has(refusal.code)) {
      this.onFinalRefusal(refusal);
      return;
    }
    this.store.update({ status: "reconnecting" });
    // A refusal from the server's middleware (busy, starting up) stops socket.io's own retries.
    // Too many attempts: not before the room says it will take another.
    if (refusal || !this.socket?.active) this.retryLater(refusal?.retryAfterMs ?? 0);
  }

  private onDisconnect(reason: Socket.DisconnectReason): void {
    this.welcomed = false;
    this.hooks.down();
    const { status } = this.store.view;
    if (this.store.closed || status === "refused" || status === "outdated") return;
    const closing = this.closingReason;
    if (closing && finalCodes.has(closing.code)) {
      this.closingReason = null;
      this.onFinalRefusal(closing);
      return;
    }
    this.store.update({ status: "reconnecting" });
    // The server hung up on purpose (e.g. restarting): socket.io will not redial by itself.
    if (reason === "io server disconnect") this.retryLater();
  }

  private retryLater(atLeastMs = 0): void {
    const delay = retryDelaysMs[Math.min(this.retries, retryDelaysMs.length - 1)] ?? 30_000;
    this.retries += 1;
    this.store.later(() => this.socket?.connect(), Math.max(delay, atLeastMs));
  }

  /** Turned away for good, unless the layers above have a claim to try: then at once. */
  private onFinalRefusal(refusal: Refusal): void {
    const shown = this.hooks.finalRefusal(refusal);
    if (shown) {
      this.store.update({ status: "refused", refusal: shown });
      this.socket?.disconnect();
      return;
    }
    if (this.store.view.status === "open") this.store.update({ status: "reconnecting" });
    this.socket?.connect();
  }
}
