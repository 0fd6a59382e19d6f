import { roles, type Role } from "@repair-room/protocol";

/**
 * A re-issued link's new token, made on this device and kept here before it is sent, so an
 * answer lost on the way cannot lose the seat: a retry sends the same token (the room answers
 * it the same), and a connection refused on its old link tries this one once.
 *
 * Like the list of rooms on this device, this holds a seat's token on purpose, only until the
 * room has answered. With it is a short fingerprint of the link it replaces (not the link
 * itself), so a connection refused on some other link never tries it.
 */

export interface PendingLink {
  token: string;
  /** `fingerprint()` of the token it replaces. */
  replaces: string;
}

export type PendingStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const prefix = "repair-room:pending-link";

export function pendingLinkKey(roomId: string, role: Role): string {
  return `${prefix}:${roomId}:${role}`;
}

export function defaultPendingStore(): PendingStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked: the pending token lives in memory only
  }
}

/** A new seat token: 256 bits from the device's CSPRNG, base64url without padding (43 characters). */
export function newSeatToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Enough of a token to recognise it, not enough to use it: a 32-bit FNV-1a hash. A collision
 * costs at most one useless attempt, which the room refuses.
 */
export function fingerprint(token: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function readPendingLink(roomId: string, role: Role, store: PendingStore | null): PendingLink | null {
  try {
    const raw = store?.getItem(pendingLinkKey(roomId, role));
    if (raw == null) return null;
    const value = JSON.parse(raw) as Partial<PendingLink> | null;
    if (typeof value?.token !== "string" || !tokenPattern.test(value.token) || typeof value.replaces !== "string") return null;
    return { token: value.token, replaces: value.replaces };
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

/** Forget the pending token, only if it is still `token` (another tab may have kept a newer one). */
export function clearPendingLink(roomId: string, role: Role, token: string, store: PendingStore | null): void {
  if (readPendingLink(roomId, role, store)?.token !== token) return;
  try {
    store?.removeItem(pendingLinkKey(roomId, role));
  } catch {
    // nothing to do
  }
}

/** Every seat's pending token for a room, whatever it holds (the room is gone). */
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
 * The token kept to replace `refused`, for this room: the seat's own when the role is known
 * (a connection welcomed before), otherwise whichever seat's replaces that link.
 */
export function findPendingFor(roomId: string, refused: string, role: Role | null, store: PendingStore | null): { role: Role; pending: PendingLink } | null {
  const print = fingerprint(refused);
  for (const r of role ? [role] : roles) {
    const pending = readPendingLink(roomId, r, store);
    if (pending && pending.replaces === print && pending.token !== refused) return { role: r, pending };
  }
  return null;
}
