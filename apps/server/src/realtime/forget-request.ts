import type { IncomingMessage } from "node:http";
import type { RoomSocket } from "./types.js";

/**
 * Once a socket holds its seat, nothing reads its upgrade request or handshake again (what
 * is needed is in `socket.data`), so the socket lets go of them: a server's memory then holds
 * no link's secret past its check, nor what each page's browser sent, and an idle socket is
 * about 1.3 KB lighter (the request and its stream state; bench/sweep.ts's "Idle" reading).
 */
export function forgetRequest(socket: RoomSocket): void {
  const request = socket.conn.request as (IncomingMessage & { _query?: unknown }) | undefined;
  if (request) {
    // Emptied as well as let go of: should a library still hold the request, it holds nothing.
    request.headers = {};
    request.rawHeaders = [];
    request._query = {};
    letGoOfUpgrade(request);
  }
  // engine.io keeps the request only to hand it to socket.io, which built the handshake from it.
  (socket.conn as { request?: unknown }).request = undefined;
  Object.assign(socket.handshake, { headers: {}, auth: {}, query: {}, url: "", time: "" });
}

/**
 * engine.io answers an upgrade through a stand-in response that listens for the connection's
 * "close" (for HTTP middlewares that wait for a response's close; ours set headers and go) and
 * holds the request for as long as the connection lives. That one listener is removed; the
 * WebSocket's own close handling stays.
 */
function letGoOfUpgrade(request: IncomingMessage): void {
  const connection = request.socket;
  for (const listener of connection.rawListeners("close")) {
    const inner = (listener as { listener?: unknown }).listener;
    if (typeof inner === "function" && /\.emit\(["']close["']\)/.test(String(inner))) connection.removeListener("close", inner as () => void);
  }
}
