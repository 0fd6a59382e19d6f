import { partnerRoles, roleSchema, type PartnerRole, type Role } from "@repair-room/protocol";
import { z } from "zod";

/**
 * The rooms this device has joined, so a coach with several couples' links, or a partner
 * coming back a week later, opens a room in one tap. Kept in this browser's localStorage
 * only: no account, nothing sent anywhere.
 *
 * Unlike drafts, each entry holds the seat's token: that is the point of the list (it is
 * the link). The start page says so plainly: anyone using this device can open these rooms.
 * An entry is forgotten when its room is deleted or its link replaced, and can be removed
 * by hand at any time.
 *
 * What is read back is validated entry by entry: a corrupt or older entry is dropped, the
 * others are kept, and unreadable storage reads as an empty list.
 */

export const storageKey = "repair-room:rooms-on-this-device";

/** More than anyone keeps; a bound so the list (and storage) cannot grow without end. */
export const maxRooms = 50;

// Room ids and tokens are base64url (a token with the room's keys after it, dot-separated);
// anything else did not come from this app.
const urlSafe = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/);
const linkSecret = z.string().regex(/^[A-Za-z0-9_-]{1,128}(\.[A-Za-z0-9_-]{43}){0,2}$/);

export const deviceRoomSchema = z.object({
  roomId: urlSafe,
  role: roleSchema,
  /** The seat's secret: with the room id, the whole link. */
  token: linkSecret,
  topic: z.string().max(1_000),
  names: z.object({ partnerA: z.string().max(200), partnerB: z.string().max(200) }),
  /** When something last happened in the room, on this device's clock (ms since 1970). */
  lastActivityAt: z.number().int().nonnegative(),
});
export type DeviceRoom = z.infer<typeof deviceRoomSchema>;

const storedSchema = z.object({ version: z.literal(1), rooms: z.array(z.unknown()) });

/** The part of `Storage` this module uses; tests pass a Map-backed one. */
export type DeviceStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Told about every change made in this tab (other tabs hear the browser's `storage` event). */
const changeEvent = "repair-room:rooms-on-this-device";

export function deviceStore(): DeviceStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked: the list is empty and nothing is kept
  }
}

/** The stored text as it is, for change detection (`useSyncExternalStore` compares strings). */
export function readRaw(store: DeviceStore | null = deviceStore()): string | null {
  try {
    return store?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

/** Every valid entry in `raw`, most recent activity first, one per room and seat. */
export function parseRooms(raw: string | null): DeviceRoom[] {
  if (raw == null) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  const stored = storedSchema.safeParse(json);
  if (!stored.success) return [];
  const rooms = new Map<string, DeviceRoom>();
  for (const candidate of stored.data.rooms) {
    const entry = deviceRoomSchema.safeParse(candidate);
    if (!entry.success) continue;
    const key = keyOf(entry.data);
    const known = rooms.get(key);
    if (!known || known.lastActivityAt < entry.data.lastActivityAt) rooms.set(key, entry.data);
  }
  return sortRooms([...rooms.values()]);
}

export function readRooms(store: DeviceStore | null = deviceStore()): DeviceRoom[] {
  return parseRooms(readRaw(store));
}

/**
 * Add the room, or bring its entry up to date (a new token after a re-issue, a new topic,
 * later activity). Writes only when something changed. Returns whether it did.
 */
export function rememberRoom(room: DeviceRoom, store: DeviceStore | null = deviceStore()): boolean {
  const parsed = deviceRoomSchema.safeParse(room);
  if (!parsed.success) return false;
  const entry = parsed.data;
  const rooms = readRooms(store);
  const known = rooms.find((r) => keyOf(r) === keyOf(entry));
  // Activity only moves forward: another tab may report an older event after a newer one.
  const next = known ? { ...entry, lastActivityAt: Math.max(known.lastActivityAt, entry.lastActivityAt) } : entry;
  if (known && sameEntry(known, next)) return false;
  const others = rooms.filter((r) => keyOf(r) !== keyOf(entry));
  return writeRooms(sortRooms([next, ...others]).slice(0, maxRooms), store);
}

/** Forget every seat of a room on this device (the room was deleted or does not exist). */
export function forgetRoom(roomId: string, store: DeviceStore | null = deviceStore()): boolean {
  return removeWhere((r) => r.roomId === roomId, store);
}

/** Forget one seat of a room (removed by hand). */
export function forgetSeat(roomId: string, role: Role, store: DeviceStore | null = deviceStore()): boolean {
  return removeWhere((r) => r.roomId === roomId && r.role === role, store);
}

/**
 * Forget the entry holding this exact link (it was replaced, or is not right). An entry that
 * already holds a newer link for the seat (re-issued in another tab) is kept.
 */
export function forgetLink(roomId: string, token: string, store: DeviceStore | null = deviceStore()): boolean {
  return removeWhere((r) => r.roomId === roomId && r.token === token, store);
}

/** Calls `onChange` after any change to the list, in this tab or another. */
export function subscribeToRooms(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey || event.key === null) onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(changeEvent, onChange);
  };
}

/** "You are Sam", or the coach's link: whose link this device holds. */
export function seatLabel(room: Pick<DeviceRoom, "role" | "names">): string {
  return room.role === "observer" ? "Coach link" : `You are ${room.names[room.role] || nameless(room.role)}`;
}

/** The other people in the room, as the list shows them under the topic. */
export function withWhom(room: Pick<DeviceRoom, "role" | "names">): string {
  if (room.role === "observer") return `${room.names.partnerA} and ${room.names.partnerB}`;
  const other = partnerRoles.find((p) => p !== room.role) as PartnerRole;
  return `with ${room.names[other]}`;
}

const nameless = (role: PartnerRole) => (role === "partnerA" ? "the first partner" : "the second partner");

function keyOf(room: Pick<DeviceRoom, "roomId" | "role">): string {
  return `${room.roomId}:${room.role}`;
}

function sortRooms(rooms: DeviceRoom[]): DeviceRoom[] {
  return rooms.sort((a, b) => b.lastActivityAt - a.lastActivityAt);
}

function sameEntry(a: DeviceRoom, b: DeviceRoom): boolean {
  return (
    a.token === b.token &&
    a.topic === b.topic &&
    a.names.partnerA === b.names.partnerA &&
    a.names.partnerB === b.names.partnerB &&
    a.lastActivityAt === b.lastActivityAt
  );
}

function removeWhere(match: (room: DeviceRoom) => boolean, store: DeviceStore | null): boolean {
  const rooms = readRooms(store);
  const kept = rooms.filter((r) => !match(r));
  if (kept.length === rooms.length) return false;
  return writeRooms(kept, store);
}

function writeRooms(rooms: DeviceRoom[], store: DeviceStore | null): boolean {
  try {
    if (!store) return false;
    if (rooms.length === 0) store.removeItem(storageKey);
    else store.setItem(storageKey, JSON.stringify({ version: 1, rooms }));
  } catch {
    return false; // full or blocked: the list stays as it was
  }
  globalThis.window?.dispatchEvent(new Event(changeEvent));
  return true;
}
