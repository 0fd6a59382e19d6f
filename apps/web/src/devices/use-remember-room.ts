import { useEffect } from "react";
import type { UseRoom } from "../connection/use-room";
import { forgetRoomHere } from "./forget-room-here";
import { forgetLink, rememberRoom } from "./rooms-on-this-device";

/**
 * Keeps this room in "your rooms on this device": added once the link is welcomed, brought up
 * to date as its topic, names or last event change and when the link is re-issued (the
 * connection's `token`, never the address, which may show an older one after "Back");
 * forgotten with its drafts when the room is deleted or gone, and forgotten when this link
 * was replaced or is not right.
 */
export function useRememberRoom(room: UseRoom): void {
  const { roomId, status, role, refusal, clockOffset, token } = room;
  const { topic, names } = room.timeline.state;
  const last = room.timeline.events.at(-1);
  // Event times are the server's; the list compares them with this device's clock.
  const lastActivityAt = last ? Math.round(last.at - clockOffset) : null;
  const open = status === "open" && role !== null && topic !== "";

  useEffect(() => {
    if (!open || !role) return;
    rememberRoom({ roomId, role, token, topic, names: { partnerA: names.partnerA, partnerB: names.partnerB }, lastActivityAt: lastActivityAt ?? Date.now() });
  }, [open, roomId, role, token, topic, names.partnerA, names.partnerB, lastActivityAt]);

  const refusedCode = status === "refused" ? (refusal?.code ?? null) : null;
  useEffect(() => {
    if (refusedCode === "room_deleted" || refusedCode === "unknown_room") forgetRoomHere(roomId);
    else if (refusedCode === "link_revoked" || refusedCode === "invalid_link") forgetLink(roomId, token);
  }, [refusedCode, roomId, token]);
}
