import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { engineOptions, type EngineOptions } from "@repair-room/protocol";
import type { DatabaseTarget } from "./db/database.js";

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  migrationsDir: string;
  /** The built web client to serve, or null to serve none (development uses Vite). */
  webDist: string | null;
  /** Origins allowed to open sockets besides the server's own (e.g. Vite's dev server). */
  extraOrigins: string[];
  /** New rooms one address may create per minute (ROOMS_PER_MINUTE). */
  roomsPerMinute: number;
  /** Behind a reverse proxy that names the client in X-Forwarded-For (TRUST_PROXY=1): limits key by that address. */
  trustProxy: boolean;
  /** Redis for sharing rooms between several server processes; null for one process. */
  redisUrl: string | null;
  /**
   * The address people open their links on (PUBLIC_URL), e.g. https://repair.example.org:
   * every link is built from it. Null: from the address the request came in on, which is
   * right only where the partners reach the server the same way (development).
   */
  publicUrl: string | null;
  logLevel: string;
  /**
   * The method's numbers: the protocol's defaults with this deployment's settings
   * (REFLECTION_TRIES, PAUSE_MINUTES, DEFAULT_PAUSE_MINUTES; PAUSE_SECONDS_PER_MINUTE for tests).
   */
  method: EngineOptions;
}

// The repo's root, from src/ (tsx) or dist/ (the bundle): both sit two levels under it.
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    database: env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL, poolSize: positiveInteger(env.DATABASE_POOL_SIZE, "DATABASE_POOL_SIZE") }
      : { kind: "pglite", dataDir: resolve(env.DATA_DIR ?? resolve(repoRoot, "data")) },
    migrationsDir: resolve(env.MIGRATIONS_DIR ?? resolve(repoRoot, "prisma/migrations")),
    webDist: env.WEB_DIST === "" ? null : resolve(env.WEB_DIST ?? resolve(repoRoot, "apps/web/dist")),
    extraOrigins: (env.ALLOWED_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    redisUrl: env.REDIS_URL || null,
    trustProxy: env.TRUST_PROXY === "1",
    roomsPerMinute: positiveInteger(env.ROOMS_PER_MINUTE, "ROOMS_PER_MINUTE") ?? 30,
    publicUrl: publicUrlFrom(env.PUBLIC_URL),
    logLevel: env.LOG_LEVEL ?? "info",
    method: methodFrom(env),
  };
}

/** The method's settings from the environment; anything unset keeps the protocol's default. */
function methodFrom(env: NodeJS.ProcessEnv): EngineOptions {
  const number = (name: string) => {
    const value = env[name];
    if (!value) return undefined;
    const n = Number(value);
    if (!(n > 0)) throw new Error(`${name} must be a positive number, not "${value}"`);
    return n;
  };
  const pauseMinutes = env.PAUSE_MINUTES?.split(",").map((m) => Number(m.trim()));
  if (pauseMinutes?.some((m) => !Number.isInteger(m))) throw new Error(`PAUSE_MINUTES must be whole minutes like "2,5,20", not "${env.PAUSE_MINUTES}"`);
  const seconds = number("PAUSE_SECONDS_PER_MINUTE");
  const settings = {
    reflectionTries: number("REFLECTION_TRIES"),
    pauseMinutes,
    defaultPauseMinutes: number("DEFAULT_PAUSE_MINUTES") ?? pauseMinutes?.[0],
    minuteMs: seconds === undefined ? undefined : Math.round(seconds * 1000),
  };
  return engineOptions(Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)));
}

/** The public address as an origin (scheme, host and port, no path): links append their own. */
function publicUrlFrom(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an address like https://repair.example.org, not "${value}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`PUBLIC_URL must start with https:// (or http://), not "${value}"`);
  if (url.pathname !== "/" || url.search || url.hash) throw new Error(`PUBLIC_URL is the site's address only, without a path: "${url.origin}"`);
  return url.origin;
}

function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (!value) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, not "${value}"`);
  return n;
}
