import { rateLimited, refusal } from "@repair-room/protocol";
import { failureCode } from "../db/failures.js";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

const nothingHere = "There is nothing at this address.";

/**
 * For Fastify's `frameworkErrors` option: what it turns away before any route or error
 * handler runs (an address that does not decode, such as `/%%`) is answered as data too.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = typeof error.statusCode === "number" && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  void reply.code(status).send({ error: refusal("invalid_input", undefined, nothingHere) });
}

/** Errors are data: a code and a plain message, never a stack or SQL. */
export function errorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError & { retryAfterMs?: number }, request, reply) => {
    const status = typeof error.statusCode === "number" ? error.statusCode : 500;
    if (status === 429) return reply.code(429).send({ error: rateLimited(error.retryAfterMs ?? 60_000) });
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: refusal("invalid_input", undefined, error.message) });
    }
    // The database out of reach is not the person's doing, nor a bug: try again shortly.
    const code = failureCode(error);
    request.log.error({ err: error }, `request failed (${code})`);
    return reply.code(code === "unavailable" ? 503 : 500).send({ error: refusal(code) });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send({ error: refusal("invalid_input", undefined, nothingHere) }),
  );
}
