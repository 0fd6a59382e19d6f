import type { Presence } from "@repair-room/protocol";
import { roomChannel } from "./channels.js";
import type { RoomServer } from "./types.js";

/** How long to wait for the other processes before answering with this one's own sockets. */
const othersWithinMs = 1_500;

/**
 * Who is connected to a room now, across every server process sharing the adapter. While the
 * other processes can't be asked in time (Redis is away, or slow), who is connected to this
 * one: joining a room never waits on Redis.
 */
export async function presenceOf(io: RoomServer, roomId: string): Promise<Presence> {
  const local = () => io.local.in(roomChannel(roomId)).fetchSockets();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), othersWithinMs);
  });
  const everywhere = io
    .in(roomChannel(roomId))
    .fetchSockets()
    .catch(() => null);
  const sockets = (await Promise.race([everywhere, late]).finally(() => clearTimeout(timer))) ?? (await local());
  const has = (role: string) => sockets.some((s) => s.data.seat?.role === role);
  return {
    partners: { partnerA: has("partnerA"), partnerB: has("partnerB") },
    observers: sockets.filter((s) => s.data.seat?.role === "observer").length,
  };
}

export async function broadcastPresence(io: RoomServer, roomId: string): Promise<void> {
  io.to(roomChannel(roomId)).emit("presence", await presenceOf(io, roomId));
}
