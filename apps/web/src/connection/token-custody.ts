import { refusal, type Refusal, type ReissueAck, type Role } from "@repair-room/protocol";
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
import type { ViewStore } from "./view-store";

export interface CustodyOptions {
  roomId: string;
  token: string;
  /** Makes a re-issued link's token; tests pass a predictable one. */
  makeToken?: () => string;
  /** Where a re-issued link's token waits for the room's answer; `localStorage` unless given. */
  pendingStore?: PendingStore | null;
}

/**
 * The seat's tokens: the one it connects with now (in the view as `token`, the one source for
 * every link shown), every one it has held, and a re-issued link's new token while the room's
 * answer is awaited (kept on the device, pending-link.ts). A connection refused with
 * `link_revoked` on a link such a token replaces tries that token, once.
 */
export class TokenCustody {
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

  constructor(
    private readonly store: ViewStore,
    private readonly options: CustodyOptions,
  ) {
    this.token = options.token;
    this.held.add(options.token);
    this.pendingStore = options.pendingStore === undefined ? defaultPendingStore() : options.pendingStore;
  }

  /** The seat's token now (a re-issue, or a kept token tried after a refusal, replaces it). */
  get current(): string {
    return this.token;
  }

  /** The token to connect with: a kept one while it is being tried, else the seat's. */
  get toConnect(): string {
    return this.trying?.token ?? this.token;
  }

  /** Was `token` ever this connection's own (an older link of this seat, say after "Back")? */
  hasHeld(token: string): boolean {
    return this.held.has(token);
  }

  /**
   * A new link for this seat, asked for with `send`. The token is made here and kept (in
   * storage, for this room and seat) before it is sent: without an answer it stays kept, and
   * asking again sends the same one, which the room answers the same. Only an answer settles it.
   */
  async reissue(send: (token: string) => Promise<ReissueAck>): Promise<ReissueAck> {
    const role = this.store.view.role;
    if (!role) return refusal("unavailable");
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
    const ack = await send(token);
    if (this.store.closed) return ack;
    // No answer: the room may hold the new link already. Keep it for a retry or a refusal.
    if (!ack.ok && ack.code === "unavailable") return ack;
    this.pendingInMemory = null;
    clearPendingLink(roomId, role, token, this.pendingStore);
    if (ack.ok) this.adopt(token);
    return ack;
  }

  /** Welcomed: a kept token that opened the seat is the link now, and nothing is pending any more. */
  welcomed(): void {
    const tried = this.trying;
    if (tried) {
      this.forgetTried(tried);
      this.adopt(tried.token);
    }
    this.triedPending = false;
  }

  /** The room speaks another protocol: nothing more will be tried. */
  outdated(): void {
    this.trying = null;
  }

  /**
   * Turned away for good: the refusal to show, unless this link was replaced by a re-issue
   * from this device whose answer never came; then null, and the token kept for it is tried,
   * once. If the room does not know that one either, the first refusal (the link was
   * replaced) is the one to show.
   */
  refused(refusal: Refusal): Refusal | null {
    const tried = this.trying;
    if (tried) {
      this.forgetTried(tried);
      return refusal.code === "invalid_link" ? tried.refusal : refusal;
    }
    if (refusal.code === "link_revoked" && !this.triedPending) {
      const found = this.keptFor(this.token);
      if (found) {
        this.triedPending = true;
        this.trying = { ...found, refusal };
        return null;
      }
    }
    return refusal;
  }

  /** The kept token has been tried (welcomed or refused): it is pending no more. */
  private forgetTried(tried: { token: string; role: Role }): void {
    this.trying = null;
    this.pendingInMemory = null;
    clearPendingLink(this.options.roomId, tried.role, tried.token, this.pendingStore);
  }

  /** From now on this seat's token is `token`, for reconnects and every link shown. */
  private adopt(token: string): void {
    this.token = token;
    this.held.add(token);
    this.store.update({ token });
  }

  /** The token kept on this device to replace `refused`, if any. */
  private keptFor(refused: string): { token: string; role: Role } | null {
    const { roomId } = this.options;
    const { role } = this.store.view;
    const stored = findPendingFor(roomId, refused, role, this.pendingStore);
    if (stored) return { token: stored.pending.token, role: stored.role };
    const memory = this.pendingInMemory;
    if (memory && role && memory.replaces === fingerprint(refused)) return { token: memory.token, role };
    return null;
  }
}
