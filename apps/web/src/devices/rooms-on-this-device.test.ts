import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  forgetLink,
  forgetRoom,
  forgetSeat,
  maxRooms,
  parseRooms,
  readRooms,
  rememberRoom,
  seatLabel,
  storageKey,
  withWhom,
  type DeviceRoom,
  type DeviceStore,
} from "./rooms-on-this-device";
import { MemoryStorage } from "../test-support/memory-storage";


const token = (c: string) => c.repeat(43);
const room = (over: Partial<DeviceRoom> = {}): DeviceRoom => ({
  roomId: "AAAAAAAAAAAAAAAAAAAAAA",
  role: "partnerA",
  token: token("a"),
  topic: "What I said about the holidays",
  names: { partnerA: "Sam", partnerB: "Alex" },
  lastActivityAt: 1_000,
  ...over,
});

describe("rooms on this device", () => {
  let store: MemoryStorage;
  beforeEach(() => {
    store = new MemoryStorage();
  });

  it("remembers a room with its link, and reads it back", () => {
    expect(rememberRoom(room(), store)).toBe(true);
    expect(readRooms(store)).toEqual([room()]);
    expect(JSON.parse(store.items.get(storageKey)!)).toMatchObject({ version: 1, rooms: [room()] });
  });

  it("keeps one entry per room and seat: a re-issued link or a new topic updates it", () => {
    rememberRoom(room(), store);
    rememberRoom(room({ token: token("b"), topic: "What I said at dinner", lastActivityAt: 2_000 }), store);
    expect(readRooms(store)).toEqual([room({ token: token("b"), topic: "What I said at dinner", lastActivityAt: 2_000 })]);
    // Another seat of the same room (the coach's link on the same device) is its own entry.
    rememberRoom(room({ role: "observer", token: token("c") }), store);
    expect(readRooms(store).map((r) => r.role)).toEqual(["partnerA", "observer"]);
  });

  it("writes only when something changed, and activity only moves forward", () => {
    rememberRoom(room({ lastActivityAt: 5_000 }), store);
    const writes = store.writes;
    expect(rememberRoom(room({ lastActivityAt: 5_000 }), store)).toBe(false);
    expect(rememberRoom(room({ lastActivityAt: 4_000 }), store)).toBe(false);
    expect(store.writes).toBe(writes);
    expect(readRooms(store)[0]?.lastActivityAt).toBe(5_000);
  });

  it("lists the most recent activity first", () => {
    rememberRoom(room({ roomId: "old", lastActivityAt: 1 }), store);
    rememberRoom(room({ roomId: "new", lastActivityAt: 3 }), store);
    rememberRoom(room({ roomId: "mid", lastActivityAt: 2 }), store);
    expect(readRooms(store).map((r) => r.roomId)).toEqual(["new", "mid", "old"]);
  });

  it("keeps at most a bounded number of rooms, dropping the least recent", () => {
    for (let i = 0; i < maxRooms + 5; i++) rememberRoom(room({ roomId: `room${i}`, lastActivityAt: i }), store);
    const rooms = readRooms(store);
    expect(rooms).toHaveLength(maxRooms);
    expect(rooms.at(-1)?.roomId).toBe("room5");
  });

  it("forgets a seat by hand, a whole room once deleted, and only the link that was replaced", () => {
    rememberRoom(room(), store);
    rememberRoom(room({ role: "observer", token: token("c") }), store);
    rememberRoom(room({ roomId: "other" }), store);

    expect(forgetLink("AAAAAAAAAAAAAAAAAAAAAA", token("z"), store)).toBe(false);
    expect(forgetLink("AAAAAAAAAAAAAAAAAAAAAA", token("c"), store)).toBe(true);
    expect(readRooms(store).map((r) => `${r.roomId}:${r.role}`).sort()).toEqual(["AAAAAAAAAAAAAAAAAAAAAA:partnerA", "other:partnerA"]);

    expect(forgetSeat("other", "partnerA", store)).toBe(true);
    rememberRoom(room({ role: "observer", token: token("c") }), store);
    expect(forgetRoom("AAAAAAAAAAAAAAAAAAAAAA", store)).toBe(true);
    expect(readRooms(store)).toEqual([]);
    // Nothing left: the key itself is gone, not an empty list.
    expect(store.items.has(storageKey)).toBe(false);
  });

  it("keeps the newer link when another tab's old link is refused", () => {
    rememberRoom(room(), store);
    rememberRoom(room({ token: token("b") }), store); // re-issued in this tab
    expect(forgetLink(room().roomId, token("a"), store)).toBe(false); // the other tab's old link
    expect(readRooms(store)[0]?.token).toBe(token("b"));
  });

  it("reads corrupt or foreign storage as an empty list, and drops only the bad entries", () => {
    expect(parseRooms(null)).toEqual([]);
    expect(parseRooms("{not json")).toEqual([]);
    expect(parseRooms("42")).toEqual([]);
    expect(parseRooms(JSON.stringify({ version: 2, rooms: [room()] }))).toEqual([]);
    expect(parseRooms(JSON.stringify([room()]))).toEqual([]);
    const mixed = {
      version: 1,
      rooms: [
        room(),
        { ...room({ roomId: "x" }), role: "admin" },
        { ...room({ roomId: "y" }), token: "not a token!" },
        { ...room({ roomId: "z" }), lastActivityAt: "yesterday" },
        null,
        "room",
        room({ roomId: "ok2", lastActivityAt: 2_000 }),
      ],
    };
    expect(parseRooms(JSON.stringify(mixed)).map((r) => r.roomId)).toEqual(["ok2", "AAAAAAAAAAAAAAAAAAAAAA"]);
  });

  it("writes over a corrupt list rather than failing", () => {
    store.items.set(storageKey, "{broken");
    expect(rememberRoom(room(), store)).toBe(true);
    expect(readRooms(store)).toEqual([room()]);
  });

  it("refuses to store what it could not read back", () => {
    expect(rememberRoom(room({ token: "has spaces" }), store)).toBe(false);
    expect(store.items.size).toBe(0);
  });

  it("carries on without storage: blocked, full or missing", () => {
    const throwing: DeviceStore = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(readRooms(throwing)).toEqual([]);
    expect(rememberRoom(room(), throwing)).toBe(false);
    expect(forgetRoom("x", throwing)).toBe(false);
    expect(readRooms(null)).toEqual([]);
    expect(rememberRoom(room(), null)).toBe(false);
  });

  it("says whose link it is in plain words", () => {
    expect(seatLabel(room())).toBe("You are Sam");
    expect(seatLabel(room({ role: "partnerB" }))).toBe("You are Alex");
    expect(seatLabel(room({ role: "observer" }))).toBe("Coach link");
    expect(withWhom(room())).toBe("with Alex");
    expect(withWhom(room({ role: "observer" }))).toBe("Sam and Alex");
  });
});

describe("rooms on this device, in a browser", () => {
  const listeners = new Map<string, Set<(event: Event) => void>>();
  beforeEach(() => {
    listeners.clear();
    vi.stubGlobal("window", {
      addEventListener: (type: string, fn: (event: Event) => void) => {
        if (!listeners.has(type)) listeners.set(type, new Set());
        listeners.get(type)!.add(fn);
      },
      removeEventListener: (type: string, fn: (event: Event) => void) => listeners.get(type)?.delete(fn),
      dispatchEvent: (event: Event) => {
        for (const fn of listeners.get(event.type) ?? []) fn(event);
        return true;
      },
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("tells this tab's subscribers about every change", async () => {
    const { subscribeToRooms } = await import("./rooms-on-this-device");
    const store = new MemoryStorage();
    const heard = vi.fn();
    const stop = subscribeToRooms(heard);
    rememberRoom(room(), store);
    rememberRoom(room(), store); // nothing changed: nothing told
    forgetRoom(room().roomId, store);
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    rememberRoom(room(), store);
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
