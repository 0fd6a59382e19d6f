import { intentSchema, roles, type Intent, type Role } from "@repair-room/protocol";
import { browserStorage, seatKey, type KeyValueStore } from "./browser-storage";

/**
 * The seat's unanswered actions, kept for this tab across a reload, so a page reloaded while
 * one waited sends it again with its own actionId rather than losing it or (sent anew by the
 * person) making a second one. `sessionStorage` belongs to one tab and survives its reloads:
 * two tabs on one seat never overwrite each other's. Blocked storage keeps them in memory only.
 * Keyed by room and seat, never by the link's token; an intent carries no token.
 */

export function keptOutboxKey(roomId: string, role: Role): string {
  return seatKey("repair-room:outbox", roomId, role);
}

/** `sessionStorage`: this tab's own; null when blocked (the outbox lives in memory only then). */
export function defaultOutboxStore(): KeyValueStore | null {
  return browserStorage("sessionStorage");
}

export class KeptOutbox {
  constructor(
    private readonly roomId: string,
    private readonly store: KeyValueStore | null,
  ) {}

  /** What an earlier page of this tab left unanswered. Anything not an intent (an older page's) is dropped. */
  load(role: Role): Intent[] {
    try {
      const raw = this.store?.getItem(keptOutboxKey(this.roomId, role));
      if (raw == null) return [];
      const value: unknown = JSON.parse(raw);
      if (!Array.isArray(value)) return [];
      // Sent again exactly as first sent: the parse only vouches for the shape.
      return value.filter((item) => intentSchema.safeParse(item).success) as Intent[];
    } catch {
      return [];
    }
  }

  save(role: Role, outbox: readonly Intent[]): void {
    try {
      const key = keptOutboxKey(this.roomId, role);
      if (outbox.length === 0) this.store?.removeItem(key);
      else this.store?.setItem(key, JSON.stringify(outbox));
    } catch {
      // Full or blocked: kept in memory for this page.
    }
  }

  /** The room is gone: nothing of it is worth sending. */
  clear(): void {
    for (const role of roles) {
      try {
        this.store?.removeItem(keptOutboxKey(this.roomId, role));
      } catch {
        // nothing to do
      }
    }
  }
}
