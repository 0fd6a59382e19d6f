import { formatLinkSecret, parseLinkSecret, refusal, seatTokenPattern, type Refusal, type RoomKeys, type ReissueAck, type Role, type Welcome } from "@repair-room/protocol";
import {
  clearPendingLink,
  defaultPendingStore,
  findPendingFor,
  fingerprint,
  newRequestKey,
  readPendingLink,
  writePendingLink,
  type PendingLink,
  type PendingStore,
} from "./pending-link";
import type { ViewStore } from "./view-store";

export interface CustodyOptions {
  roomId: string;
  token: string;
  /** Makes a new link's request key; tests pass a predictable one. */
  makeRequestKey?: () => string;
  /** Where a new link's request key waits for the room's answer; `localStorage` unless given. */
  pendingStore?: PendingStore | null;
}

/**
 * The seat's tokens: the one it connects with (in the view as `token`, the one source for every
 * link shown) and every one it has held. A new link is asked for with a request key made and
 * kept on this device (pending-link.ts); its token is the room's, read from the answer. A
 * connection turned away with `link_revoked` on the link such a request replaces claims the new
 * seat, once: the old token plus the key in the handshake (`reissue`), and the welcome tells
 * the new token (`reissuedToken`).
 */
export class TokenCustody {
  /**
   * The seat's current token with the room's keys after it, as the link's fragment holds them
   * (`token.roomKey[.coachKey]`, or the token alone for a room from before sealing): a
   * re-issued link replaces the token for every later reconnect, and keeps the keys.
   */
  private token: string;
  /** The keys this link holds: the same in every link of this seat, the server never told them. */
  private readonly keys: RoomKeys | null;
  /** Every token this connection has held as its own: an address showing one is this seat's. */
  private readonly held = new Set<string>();
  private readonly pendingStore: PendingStore | null;
  /** A new link's request while its answer is awaited, also when storage cannot keep it. */
  private pendingInMemory: PendingLink | null = null;
  /** Turned away on the current link: the kept request being claimed with, and the refusal it answers. */
  private claiming: { request: string; role: Role; refusal: Refusal } | null = null;
  /** A claim was made since the last welcome: the next refusal is shown, not claimed again. */
  private claimed = false;

  constructor(
    private readonly store: ViewStore,
    private readonly options: CustodyOptions,
  ) {
    this.token = options.token;
    this.keys = parseLinkSecret(options.token).keys;
    this.held.add(options.token);
    this.pendingStore = options.pendingStore === undefined ? defaultPendingStore() : options.pendingStore;
  }

  /** The seat's token now, to connect with (a re-issue, or a claimed one, replaces it). */
  get current(): string {
    return this.token;
  }

  /** The token alone, as the handshake carries it (the keys never leave this device). */
  get seatToken(): string {
    return parseLinkSecret(this.token).token;
  }

  /** While the new seat is being claimed: the request key the handshake carries as `reissue`. */
  get claimKey(): string | null {
    return this.claiming?.request ?? null;
  }

  /** Was `token` ever this connection's own (an older link of this seat, say after "Back")? */
  hasHeld(token: string): boolean {
    return this.held.has(token);
  }

  /**
   * A new link for this seat, asked for with `send`. The request key is made here and kept (in
   * storage, for this room and seat) before it is sent: without an answer it stays kept, and
   * asking again sends the same one, which the room answers with the same link. Only an answer
   * settles it; the token adopted is the one in the answer's link, never the key.
   */
  async reissue(send: (request: string) => Promise<ReissueAck>): Promise<ReissueAck> {
    const role = this.store.view.role;
    if (!role) return refusal("unavailable");
    const { roomId } = this.options;
    const replaces = fingerprint(this.token);
    // Kept across a reload in storage, or in memory when storage is blocked.
    const kept = [readPendingLink(roomId, role, this.pendingStore), this.pendingInMemory].find((k) => k?.replaces === replaces);
    let request: string;
    if (kept) {
      request = kept.request;
    } else {
      request = (this.options.makeRequestKey ?? newRequestKey)();
      writePendingLink(roomId, role, { request, replaces }, this.pendingStore);
    }
    this.pendingInMemory = { request, replaces };
    const ack = await send(request);
    if (this.store.closed) return ack;
    // No answer: the room may hold the new link already. Keep the key for a retry or a claim.
    if (!ack.ok && ack.code === "unavailable") return ack;
    const token = ack.ok ? tokenOf(ack.link) : null;
    // A link without a token in it cannot be adopted: the key stays kept, so a reconnect claims.
    if (ack.ok && !token) return refusal("internal");
    this.pendingInMemory = null;
    clearPendingLink(roomId, role, request, this.pendingStore);
    if (token) this.adopt(token);
    return ack;
  }

  /** Welcomed: a claim's new token is the link now, and nothing is pending any more. */
  welcomed(welcome: Welcome): void {
    const claim = this.claiming;
    if (claim) {
      this.forgetClaim(claim);
      if (welcome.reissuedToken) this.adopt(welcome.reissuedToken);
    }
    this.claimed = false;
  }

  /** The room speaks another protocol: nothing more will be tried. */
  outdated(): void {
    this.claiming = null;
  }

  /**
   * Turned away for good: the refusal to show, unless this link was replaced by a re-issue
   * from this device whose answer never came; then null, and the next handshake claims the new
   * seat with the kept key, once. If the room refuses that claim too, the refusal is shown.
   */
  refused(refusal: Refusal): Refusal | null {
    const claim = this.claiming;
    if (claim) {
      this.forgetClaim(claim);
      return refusal.code === "invalid_link" ? claim.refusal : refusal;
    }
    if (refusal.code === "link_revoked" && !this.claimed) {
      const found = this.keptFor(this.token);
      if (found) {
        this.claimed = true;
        this.claiming = { ...found, refusal };
        return null;
      }
    }
    return refusal;
  }

  /** The kept request has been claimed with (welcomed or refused): it is pending no more. */
  private forgetClaim(claim: { request: string; role: Role }): void {
    this.claiming = null;
    this.pendingInMemory = null;
    clearPendingLink(this.options.roomId, claim.role, claim.request, this.pendingStore);
  }

  /** From now on this seat's token is `token`, for reconnects and every link shown. */
  private adopt(seatToken: string): void {
    const token = formatLinkSecret({ token: seatToken, keys: this.keys });
    this.token = token;
    this.held.add(token);
    this.store.update({ token });
  }

  /** The request kept on this device to replace `refused`, if any. */
  private keptFor(refused: string): { request: string; role: Role } | null {
    const { roomId } = this.options;
    const { role } = this.store.view;
    const stored = findPendingFor(roomId, refused, role, this.pendingStore);
    if (stored) return { request: stored.pending.request, role: stored.role };
    const memory = this.pendingInMemory;
    if (memory && role && memory.replaces === fingerprint(refused)) return { request: memory.request, role };
    return null;
  }
}

/** The seat's token in a link the room answered with (`…/r/<roomId>#<token>`), if it holds one. */
function tokenOf(link: string): string | null {
  const at = link.indexOf("#");
  const token = at < 0 ? "" : link.slice(at + 1);
  return seatTokenPattern.test(token) ? token : null;
}
