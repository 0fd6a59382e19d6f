import type { Role } from "@repair-room/protocol";
import { useCallback, useState } from "react";

/**
 * Unsent words stay on this device, in localStorage, until the room accepts them: a reload,
 * a flat battery or a dropped line loses nothing. Keyed by room, seat and field, never by the
 * link's token (which must not reach storage). Storage can be missing or full (private
 * browsing): then drafts live in memory only, and nothing breaks.
 */

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const prefix = "repair-room:draft";

export function draftKey(roomId: string, role: Role, field: string): string {
  return `${prefix}:${roomId}:${role}:${field}`;
}

function defaultStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // some browsers throw on access when storage is blocked
  }
}

export function readDraft<T>(key: string, empty: T, store: Store | null = defaultStore()): T {
  try {
    const raw = store?.getItem(key);
    if (raw == null) return empty;
    const value: unknown = JSON.parse(raw);
    // A stored value of another shape (an older page) is ignored, not trusted. An empty of
    // null means "nothing yet": the caller checks the shape of what it gets.
    if (empty === null) return value as T;
    return typeof value === typeof empty && value !== null ? (value as T) : empty;
  } catch {
    return empty;
  }
}

/** Keep `value`; an empty value (equal to `empty`) removes the entry instead. */
export function writeDraft<T>(key: string, value: T, empty: T, store: Store | null = defaultStore()): void {
  try {
    const raw = JSON.stringify(value);
    if (raw === JSON.stringify(empty)) store?.removeItem(key);
    else store?.setItem(key, raw);
  } catch {
    // Full or blocked: the draft stays in memory for this page.
  }
}

export function clearDraft(key: string, store: Store | null = defaultStore()): void {
  try {
    store?.removeItem(key);
  } catch {
    // nothing to do
  }
}

/** The part of `Storage` needed to find every draft of a room. */
type ListableStore = Pick<Storage, "removeItem" | "key" | "length">;

/**
 * Forget every unsent draft of a room (of one seat, when `role` is given): the room was
 * deleted, is gone, or was removed from this device. Returns how many were removed.
 */
export function clearDrafts(roomId: string, role?: Role, store: ListableStore | null = defaultStore()): number {
  const start = role ? `${prefix}:${roomId}:${role}:` : `${prefix}:${roomId}:`;
  try {
    if (!store) return 0;
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(start)) keys.push(key);
    }
    // Collected first: removing while walking the keys would skip some.
    for (const key of keys) store.removeItem(key);
    return keys.length;
  } catch {
    return 0; // blocked storage holds no drafts
  }
}

export interface DraftScope {
  roomId: string;
  role: Role | null;
}

/**
 * A piece of state saved as a draft under `field`. Returns the value, a setter, and `clear`
 * (call it once the room has accepted what was sent). A new `field` (say, the next round)
 * starts from its own saved draft.
 */
export function useDraft<T>(scope: DraftScope, field: string, empty: T): [T, (value: T) => void, () => void] {
  const key = draftKey(scope.roomId, scope.role ?? "observer", field);
  const [held, setHeld] = useState(() => ({ key, value: readDraft(key, empty) }));
  let current = held;
  if (held.key !== key) {
    current = { key, value: readDraft(key, empty) };
    setHeld(current);
  }
  // `empty` is a fresh literal on every render: its JSON keeps the callbacks stable.
  const emptyJson = JSON.stringify(empty);
  const set = useCallback(
    (value: T) => {
      writeDraft(key, value, JSON.parse(emptyJson) as T);
      setHeld({ key, value });
    },
    [key, emptyJson],
  );
  const clear = useCallback(() => {
    clearDraft(key);
    setHeld((h) => (h.key === key ? { key, value: JSON.parse(emptyJson) as T } : h));
  }, [key, emptyJson]);
  return [current.value, set, clear];
}
