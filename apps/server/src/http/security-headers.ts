import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";

/**
 * The security headers, once, for every reply: the pages and the API through fastify, and
 * socket.io's own replies (its polling transport, which carries acks such as a re-issued
 * link, and its handshake), which never pass through fastify.
 */
export const helmetOptions: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  referrerPolicy: { policy: "no-referrer" },
  // Served over plain HTTP on localhost too; TLS and HSTS belong to the proxy in front.
  strictTransportSecurity: false,
};

/**
 * No powerful feature for anyone, not even this page: the room needs none of them. Only
 * writing to the clipboard, which "Copy link" does from this page itself.
 */
export const permissionsPolicy = [
  "accelerometer=()",
  "autoplay=()",
  "bluetooth=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "identity-credentials-get=()",
  "idle-detection=()",
  "local-fonts=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "picture-in-picture=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
  "clipboard-read=()",
  "clipboard-write=(self)",
].join(", ");

/** Replies that carry a secret (a link, a token) or a person's words: never kept by a cache. */
export const noStore = "no-store";


/** An engine.io middleware (express-style); socket.io's types leave it untyped. */
type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** For socket.io's replies: the same headers as fastify's, and never cached (they carry acks and events). */
export function socketSecurityHeaders(): Middleware[] {
  const headers = helmet(helmetOptions) as unknown as Middleware;
  const extra: Middleware = (_req, res, next) => {
    res.setHeader("Permissions-Policy", permissionsPolicy);
    res.setHeader("Cache-Control", noStore);
    next();
  };
  return [headers, extra];
}

/** For fastify's replies: Permissions-Policy on every one (helmet has none). */
export function addPermissionsPolicy(app: FastifyInstance): void {
  app.addHook("onSend", async (_request, reply) => {
    reply.header("Permissions-Policy", permissionsPolicy);
  });
}
