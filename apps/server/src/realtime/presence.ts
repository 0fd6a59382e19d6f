import type { Presence } from "@repair-room/protocol";
import { roomChannel } from "./channels.js";
import type { RoomServer } from "./types.js";

/** Who is connected to a room now, across every server process sharing the adapter. */
export async function presenceOf(io: RoomServer, roomId: string): Promise<Presence> {
  const sockets = await io.in(roomChannel(roomId)).fetchSockets();
  const has = (role: string) => sockets.some((s) => s.data.seat?.role === role);
  return {
    partners: { partnerA: has("partnerA"), partnerB: has("partnerB") },
    observers: sockets.filter((s) => s.data.seat?.role === "observer").length,
  };
}

export async function broadcastPresence(io: RoomServer, roomId: string): Promise<void> {
  io.to(roomChannel(roomId)).emit("presence", await presenceOf(io, roomId));
}
