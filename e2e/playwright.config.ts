import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

const port = process.env.E2E_PORT ?? "4317";
const baseURL = `http://localhost:${port}`;
/**
 * A second server, the next port up, with a deployment's own numbers of the method (4 tries
 * at reflecting back, a 10-minute pause besides the usual): specs for it set this base URL.
 */
export const otherMethod = { port: String(Number(port) + 1), tries: 4, pauseMinutes: [2, 5, 10, 20] } as const;
export const otherMethodURL = `http://localhost:${otherMethod.port}`;
/**
 * The deployment's topology from local processes (scripts/topology.mjs), started by
 * topology.spec.ts itself: Caddy two ports up, its two servers on the next two, then Caddy's
 * admin API.
 */
export const topology = { port: String(Number(port) + 2), adminPort: String(Number(port) + 5) } as const;
export const topologyURL = `http://localhost:${topology.port}`;

// A fresh embedded database per run. The config is evaluated again in each worker; the
// environment carries the first folder over, so only one is made.
const dataDir = (process.env.RR_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "repair-room-e2e-")));

// A system Chromium, as the bootstrap (scripts/repair-room.mjs) chooses it: the one at
// CHROMIUM_PATH, else Debian's at /usr/bin/chromium; when neither exists, Playwright's own
// (which `npm test` then installs). Without the networking flags a system Chromium floods a
// closed network with refused connections.
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
      ],
    }
  : {};

export default defineConfig({
  testDir: "tests",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON ?? "test-results/results.json" }]],
  use: {
    baseURL,
    browserName: "chromium",
    // Phones first: the size of a small phone.
    viewport: { width: 375, height: 667 },
    launchOptions,
    // A control that never becomes usable fails the step, not the whole test's time.
    actionTimeout: 15_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: [
    {
      command: "node ../apps/server/dist/main.js",
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
      // A pause "minute" lasts one second here, so the pause tests wait seconds, not minutes.
      env: { PORT: port, DATA_DIR: dataDir, LOG_LEVEL: "warn", PAUSE_SECONDS_PER_MINUTE: "1" },
    },
    {
      command: "node ../apps/server/dist/main.js",
      url: `${otherMethodURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: otherMethod.port,
        DATA_DIR: join(dataDir, "other-method"),
        LOG_LEVEL: "warn",
        PAUSE_SECONDS_PER_MINUTE: "1",
        REFLECTION_TRIES: String(otherMethod.tries),
        PAUSE_MINUTES: otherMethod.pauseMinutes.join(","),
      },
    },
  ],
});
