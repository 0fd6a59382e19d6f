import { refusal } from "@repair-room/protocol";
import type { FastifyError, FastifyInstance } from "fastify";

/** Errors are data: a code and a plain message, never a stack or SQL. */
export function errorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = typeof error.statusCode === "number" ? error.statusCode : 500;
    if (status === 429) return reply.code(429).send({ error: refusal("rate_limited") });
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: refusal("invalid_input", undefined, error.message) });
    }
    request.log.error({ err: error }, "request failed");
    return reply.code(500).send({ error: refusal("internal") });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send({ error: refusal("invalid_input", undefined, "There is nothing at this address.") }),
  );
}
