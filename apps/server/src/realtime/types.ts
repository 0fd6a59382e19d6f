import type { ClientToServerEvents, RoomEvent, ServerToClientEvents } from "@repair-room/protocol";
import type { Server, Socket } from "socket.io";
import type { SeatRecord } from "../rooms/room-store.js";

export interface SocketData {
  seat: SeatRecord;
  lastSeq: number;
  /** The client's address as the limits key it (an IPv6 /64 as one). */
  address: string;
  /** Where a link re-issued on this socket points (PUBLIC_URL, or the address the page used). */
  linkOrigin: string;
  /** Welcomed by claiming a re-issue whose answer was lost: the seat's new token, told in the welcome. */
  reissuedToken?: string;
}

/** What server processes tell each other (through the Redis adapter). */
export interface InterServerEvents {
  /** A room's events just committed by another process: fold them into this one's memory. */
  roomEvents: (message: { roomId: string; events: RoomEvent[] }) => void;
}

export type RoomServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RoomSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
