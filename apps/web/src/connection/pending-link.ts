import { roles, seatTokenPattern, type Role } from "@repair-room/protocol";
import { browserStorage, seatKey, type KeyValueStore } from "./browser-storage";

/**
 * A new link asked for and not yet answered: the request key this device sent with it, made
 * here and kept before it is sent, so an answer lost on the way cannot lose the seat. Asking
 * again sends the same key (the room answers it with the same link), and a connection turned
 * away on its old link claims the new seat with it (the old token plus this key, the
 * handshake's `reissue`; the welcome then tells the new token).
 *
 * The key is not a token: alone it opens no seat, and the new link's token is the room's own,
 * learnt from its answer or that welcome. Together with the old link, though, it claims the new
 * seat, so it is kept only until the room has answered. With it is a short fingerprint of the
 * link it replaces (not the link itself), so a connection refused on some other link never
 * claims with it.
 */

export interface PendingLink {
  /** The request key sent with `reissueLink` (never a seat's token). */
  request: string;
  /** `fingerprint()` of the token it replaces. */
  replaces: string;
}

export type PendingStore = KeyValueStore;

export function pendingLinkKey(roomId: string, role: Role): string {
  return seatKey("repair-room:pending-link", roomId, role);
}

/** `localStorage`: a request kept across closing the tab; null when blocked (memory only then). */
export function defaultPendingStore(): PendingStore | null {
  return browserStorage("localStorage");
}

/**
 * A new link's request key: 256 bits from the device's CSPRNG, base64url without padding (43
 * characters, the shape of a seat token, which the protocol asks for).
 */
export function newRequestKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Enough of a token to recognise it, not enough to use it: a 32-bit FNV-1a hash. A collision
 * costs at most one useless claim, which the room refuses.
 */
export function fingerprint(token: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}


export function readPendingLink(roomId: string, role: Role, store: PendingStore | null): PendingLink | null {
  try {
    const raw = store?.getItem(pendingLinkKey(roomId, role));
    if (raw == null) return null;
    const value = JSON.parse(raw) as Partial<PendingLink> | null;
    // An entry of another shape (before protocol 9 it held a token, not a request) is ignored.
    if (typeof value?.request !== "string" || !seatTokenPattern.test(value.request) || typeof value.replaces !== "string") return null;
    return { request: value.request, replaces: value.replaces };
  } catch {
    return null;
  }
}

/** Returns whether it was kept (storage may be full or blocked). */
export function writePendingLink(roomId: string, role: Role, pending: PendingLink, store: PendingStore | null): boolean {
  try {
    if (!store) return false;
    store.setItem(pendingLinkKey(roomId, role), JSON.stringify(pending));
    return true;
  } catch {
    return false;
  }
}

/** Forget the pending request, only if it is still `request` (another tab may have kept a newer one). */
export function clearPendingLink(roomId: string, role: Role, request: string, store: PendingStore | null): void {
  if (readPendingLink(roomId, role, store)?.request !== request) return;
  try {
    store?.removeItem(pendingLinkKey(roomId, role));
  } catch {
    // nothing to do
  }
}

/** Every seat's pending request for a room, whatever it holds (the room is gone). */
export function clearPendingLinks(roomId: string, store: PendingStore | null = defaultPendingStore()): void {
  for (const role of roles) {
    try {
      store?.removeItem(pendingLinkKey(roomId, role));
    } catch {
      // nothing to do
    }
  }
}

/**
 * The request kept to replace `refused`, for this room: the seat's own when the role is known
 * (a connection welcomed before), otherwise whichever seat's replaces that link.
 */
export function findPendingFor(roomId: string, refused: string, role: Role | null, store: PendingStore | null): { role: Role; pending: PendingLink } | null {
  const print = fingerprint(refused);
  for (const r of role ? [role] : roles) {
    const pending = readPendingLink(roomId, r, store);
    if (pending && pending.replaces === print) return { role: r, pending };
  }
  return null;
}
