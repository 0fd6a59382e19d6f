import { useMemo, useSyncExternalStore } from "react";
import { parseRooms, readRaw, subscribeToRooms, type DeviceRoom } from "./rooms-on-this-device";

/** The rooms this device has joined, kept current across tabs. */
export function useRoomsOnThisDevice(): DeviceRoom[] {
  // The stored text is the snapshot: a string compares cheaply and changes only on a write.
  const raw = useSyncExternalStore(subscribeToRooms, () => readRaw());
  return useMemo(() => parseRooms(raw), [raw]);
}
