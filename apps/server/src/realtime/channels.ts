import type { Role } from "@repair-room/protocol";

/** Every socket of a room. */
export const roomChannel = (roomId: string) => `room:${roomId}`;
/** The room of a room channel's name; null for any other channel (a seat's, a link's, a socket's own). */
export const roomIdOfChannel = (channel: string): string | null => /^room:([A-Za-z0-9_-]{22})$/.exec(channel)?.[1] ?? null;
/** Every socket holding one seat of a room; events are filtered per seat, so sent per channel. */
export const seatChannel = (roomId: string, role: Role) => `room:${roomId}:${role}`;
/** Every socket on one link (one seat row): what a re-issue closes, across processes. */
export const linkChannel = (seatId: string) => `seat:${seatId}`;
