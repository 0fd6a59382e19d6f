import type { Role } from "@repair-room/protocol";

/** What this app keeps on the device needs only these three. */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** The browser's storage of that kind, or null where it is blocked (some private modes, settings): memory then. */
export function browserStorage(kind: "localStorage" | "sessionStorage"): KeyValueStore | null {
  try {
    return globalThis[kind] ?? null;
  } catch {
    return null;
  }
}

/** One seat's key under `prefix`: its room and role, never its token. */
export function seatKey(prefix: string, roomId: string, role: Role): string {
  return `${prefix}:${roomId}:${role}`;
}
