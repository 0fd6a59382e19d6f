import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** Serve the built web client, with every page path falling back to its index.html. */
export async function serveWeb(app: FastifyInstance, webDist: string): Promise<void> {
  if (!existsSync(join(webDist, "index.html"))) {
    app.log.warn(`No built web client at ${webDist}; run the build to serve pages.`);
    return;
  }
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      // Vite puts a content hash in every asset's name; the page itself must always be fresh.
      res.header("cache-control", path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  const page = (_request: FastifyRequest, reply: FastifyReply) => reply.type("text/html").sendFile("index.html");
  app.get("/", page);
  app.get("/r/*", page);
}
