import type { Role } from "@repair-room/protocol";
import { clearPendingLinks } from "../connection/pending-link";
import { clearDrafts } from "./drafts";
import { forgetRoom, readRooms } from "./rooms-on-this-device";

/**
 * The room is gone (deleted, here or by someone else, or unknown to the server): nothing of
 * it stays on this device. Its entries in the list, every unsent draft, any new link still
 * waiting for the room's answer.
 */
export function forgetRoomHere(roomId: string): void {
  forgetRoom(roomId);
  clearDrafts(roomId);
  clearPendingLinks(roomId);
}

/**
 * A seat removed from the list by hand, once its undo is no longer offered: its unsent drafts
 * go too, unless the seat is listed again meanwhile (open in another tab, which re-adds it).
 */
export function clearDraftsOfUnlistedSeat(roomId: string, role: Role): void {
  if (readRooms().some((r) => r.roomId === roomId && r.role === role)) return;
  clearDrafts(roomId, role);
}
