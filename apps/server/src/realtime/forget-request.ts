import type { RoomSocket } from "./types.js";

/**
 * Once a socket holds its seat, nothing reads its upgrade request or handshake again (what
 * is needed is in `socket.data`). engine.io keeps the request, its headers and raw headers for
 * the socket's whole life, and socket.io's handshake keeps the link's token: a server's memory
 * then holds no link's secret past its check, nor what each page's browser sent. (Heap: a few
 * hundred bytes a socket at most, within the noise of bench/sweep.ts's "Idle" reading.)
 */
export function forgetRequest(socket: RoomSocket): void {
  const request = socket.conn.request as (typeof socket.conn.request & { _query?: unknown }) | undefined;
  if (request) {
    // engine.io's own upgrade bookkeeping still holds the request until the connection closes,
    // so it is emptied rather than only let go of.
    request.headers = {};
    request.rawHeaders = [];
    request._query = {};
  }
  Object.assign(socket.handshake, { headers: {}, auth: {}, query: {}, url: "", time: "" });
}
