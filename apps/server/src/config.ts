import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
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
  /** Redis for sharing rooms between several server processes; null for one process. */
  redisUrl: string | null;
  logLevel: string;
  /** Length of a pause "minute" in ms. Only end-to-end tests shorten it (PAUSE_SECONDS_PER_MINUTE). */
  pauseMinuteMs: number;
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
      ? { kind: "postgres", url: env.DATABASE_URL }
      : { kind: "pglite", dataDir: resolve(env.DATA_DIR ?? resolve(repoRoot, "data")) },
    migrationsDir: resolve(env.MIGRATIONS_DIR ?? resolve(repoRoot, "prisma/migrations")),
    webDist: env.WEB_DIST === "" ? null : resolve(env.WEB_DIST ?? resolve(repoRoot, "apps/web/dist")),
    extraOrigins: (env.ALLOWED_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    redisUrl: env.REDIS_URL || null,
    logLevel: env.LOG_LEVEL ?? "info",
    pauseMinuteMs: pauseMinuteMs(env.PAUSE_SECONDS_PER_MINUTE),
  };
}

function pauseMinuteMs(value: string | undefined): number {
  if (!value) return 60_000;
  const seconds = Number(value);
  if (!(seconds > 0)) throw new Error(`PAUSE_SECONDS_PER_MINUTE must be a positive number, not "${value}"`);
  return seconds * 1000;
}
