import { parseLinkSecret, refusal, RoomSealer, type ActionAck, type DeleteRoomAck, type Handshake, type HistoryAck, type NoteAck, type Presence, type ReissueAck, type Welcome } from "@repair-room/protocol";
import { newActionId } from "./action-id";
import { defaultOutboxStore, KeptOutbox } from "./kept-outbox";
import type { KeyValueStore } from "./browser-storage";
import type { IntentBody, RoomView } from "./room-view";
import { keylessSocket, sealedSocket } from "./sealed-socket";
import { SideRequests } from "./side-requests";
import { TimelineOutbox } from "./timeline-outbox";
import { TokenCustody, type CustodyOptions } from "./token-custody";
import { defaultConnect, Transport, type TransportOptions } from "./transport";
import { ViewStore } from "./view-store";
import { WritingSignal } from "./writing-signal";

export type { RoomSocket } from "./transport";
export type { WaitReason, Waiting } from "./resend-policy";
export { initialRoomView, type ActionError, type ConnectionStatus, type IntentBody, type RoomView } from "./room-view";

export interface RoomConnectionOptions extends CustodyOptions, TransportOptions {
  onChange: (view: RoomView) => void;
  makeActionId?: () => string;
  /** Where unanswered actions outlive a reload of this tab; `sessionStorage` unless given. */
  outboxStore?: KeyValueStore | null;
}

/**
 * The client's one conversation with a room, in layers that each do one job: the socket and
 * its reconnects (transport.ts), the seat's tokens (token-custody.ts), the ordered timeline
 * with its outbox (timeline-outbox.ts), requests beside it (side-requests.ts) and "writing…"
 * (writing-signal.ts). This only joins them; all of them write one `RoomView` (view-store.ts).
 * It decides nothing about the rules; the server does.
 */
export class RoomConnection {
  private readonly store: ViewStore;
  private readonly custody: TokenCustody;
  private readonly transport: Transport;
  private readonly timeline: TimelineOutbox;
  private readonly side: SideRequests;
  private readonly writing: WritingSignal;

  constructor(options: RoomConnectionOptions) {
    const store = new ViewStore(options.token, options.onChange);
    this.store = store;
    this.custody = new TokenCustody(store, options);
    const kept = new KeptOutbox(options.roomId, options.outboxStore === undefined ? defaultOutboxStore() : options.outboxStore);
    // A link that holds the room's key: everything written is sealed here, everything read opened here.
    const { keys } = parseLinkSecret(options.token);
    const sealing = keys ? RoomSealer.create(keys) : null;
    const connect = options.connect ?? defaultConnect;
    const transportOptions: TransportOptions = {
      ...options,
      connect: (auth, roomId) => (sealing ? sealedSocket(connect(auth, roomId), sealing) : keylessSocket(connect(auth, roomId))),
      // A page's own socket hears the browser's network; a test's fake does not unless given one.
      network: options.network ?? (options.connect ? undefined : globalThis.window),
    };
    this.transport = new Transport(store, transportOptions, {
      auth: () => {
        // Claiming a new seat whose link's answer was lost: the old token and the kept key.
        const reissue = this.custody.claimKey;
        return {
          roomId: options.roomId,
          token: this.custody.seatToken,
          lastSeq: store.view.timeline.state.seq,
          ...(reissue ? { reissue } : {}),
        } satisfies Handshake;
      },
      welcome: (welcome) => this.onWelcome(welcome),
      outdated: () => this.custody.outdated(),
      down: () => {
        this.timeline.down();
        this.writing.reset();
      },
      finalRefusal: (refused) => {
        const shown = this.custody.refused(refused);
        // The room is gone: what waited for it has nowhere to go.
        if (shown?.code === "room_deleted" || shown?.code === "unknown_room") kept.clear();
        return shown;
      },
      listen: (socket) => {
        socket.on("events", (events) => {
          this.writing.events(events);
          this.timeline.liveEvents(events);
        });
        socket.on("presence", (presence) => this.onPresence(presence));
        socket.on("typing", (typing) => this.writing.receive(typing));
        socket.on("latest", ({ latestSeq }) => this.timeline.latest(latestSeq));
        socket.on("notes", (notes) => this.side.notes(notes));
      },
    });
    const live = () => this.transport.live;
    this.timeline = new TimelineOutbox(store, live, options.makeActionId ?? newActionId, kept);
    this.side = new SideRequests(store, live);
    this.writing = new WritingSignal(
      (active) => {
        const socket = live();
        if (!socket || store.closed) return false;
        socket.emit("typing", { active });
        return true;
      },
      (writing) => store.update({ writing }),
    );
  }

  /** The seat's token now (a re-issue, or a new seat claimed after a lost answer, replaces it). */
  get currentToken(): string {
    return this.custody.current;
  }

  /** Was `token` ever this connection's own (an older link of this seat, say after "Back")? */
  hasHeld(token: string): boolean {
    return this.custody.hasHeld(token);
  }

  start(): void {
    this.transport.start();
  }

  close(): void {
    this.store.close();
    this.transport.close();
    this.writing.dispose();
    this.timeline.close();
  }

  /**
   * Ask the room for something. It is kept until the room settles it (accepts it, or refuses
   * it on its merits), across reconnects and reloads; `onAnswer` hears that answer (a screen
   * clears its saved draft once it is accepted). The same intent asked again while it waits
   * is the same action.
   */
  act(body: IntentBody, onAnswer?: (ack: ActionAck) => void): string {
    // Acting (sending, pausing, stepping away) ends this partner's "writing…" for the others.
    this.writing.stop();
    return this.timeline.act(body, onAnswer);
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
    return this.side.addNote(text);
  }

  /** The room's sessions and their stored recaps (with the coach's notes, for observers). */
  history(): Promise<HistoryAck> {
    return this.side.history();
  }

  /**
   * A new link for this seat. The old one stops at once (other tabs on it are closed); this
   * connection carries on with the new token, the room's, asked for with a request key made
   * and kept on this device (token-custody.ts).
   */
  reissueLink(): Promise<ReissueAck> {
    if (!this.transport.live) return Promise.resolve(refusal("unavailable"));
    return this.custody.reissue((request) => this.side.reissueLink(request));
  }

  /** Partners: erase the room, confirmed by typing its topic. Everyone connected is told. */
  deleteRoom(confirmTopic: string): Promise<DeleteRoomAck> {
    return this.side.deleteRoom(confirmTopic);
  }

  private onWelcome(welcome: Welcome): void {
    this.custody.welcomed(welcome);
    this.timeline.welcome(welcome, { status: "open", refusal: null, role: welcome.role, presence: welcome.presence });
  }

  private onPresence(presence: Presence): void {
    this.store.update({ presence });
    this.writing.presence(presence);
  }
}
