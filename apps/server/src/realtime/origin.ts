import type { IncomingMessage } from "node:http";

/**
 * WebSocket connections are not subject to CORS, so a page on another site could open one
 * with a stolen link in hand. Browsers always send Origin; accept only our own host (or a
 * configured one). Clients that are not browsers send no Origin and hold their own link.
 */
export function originAllowed(req: IncomingMessage, extraOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (extraOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
