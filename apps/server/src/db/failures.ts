/**
 * What a failure the server did not expect should tell the person: `unavailable` when the
 * database can't be reached right now (trying again shortly will help), `internal` for
 * anything else. Neither carries a stack or SQL to the client; the log has the details.
 */
export function failureCode(error: unknown): "unavailable" | "internal" {
  for (let e: unknown = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    if (isOutage(e)) return "unavailable";
  }
  return "internal";
}

// Prisma: can't reach / timed out / connection closed / pool timeout / transaction API failure.
const prismaOutages = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
// Driver adapters (adapter-pg, PGlite) name the kind of failure.
const adapterOutages = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError", "TransactionAlreadyClosed"]);
// The network, under pg.
const networkOutages = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "EAI_AGAIN"]);
// Postgres SQLSTATEs: connection exceptions (08…), shutting down or starting up (57P0…), too many connections.
const sqlStateOutage = /^(08\w{3}|57P0[1-4]|53300)$/;
const messageOutage = /connection terminated|connection (is )?closed|timeout exceeded when trying to connect|Can't reach database|Transaction already closed|Client has encountered a connection error/i;

function isOutage(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { name?: string; code?: unknown; kind?: unknown; message?: unknown; meta?: { driverAdapterError?: unknown } };
  if (e.name === "PrismaClientInitializationError") return true;
  if (typeof e.code === "string" && (prismaOutages.has(e.code) || networkOutages.has(e.code) || sqlStateOutage.test(e.code))) return true;
  if (typeof e.kind === "string" && adapterOutages.has(e.kind)) return true;
  if (e.meta?.driverAdapterError && isOutage(e.meta.driverAdapterError)) return true;
  return typeof e.message === "string" && messageOutage.test(e.message);
}
