import type { ClientToServerEvents, ServerToClientEvents } from "@repair-room/protocol";
import type { Server, Socket } from "socket.io";
import type { SeatRecord } from "../rooms/room-store.js";

export interface SocketData {
  seat: SeatRecord;
  lastSeq: number;
}

export type RoomServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type RoomSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
