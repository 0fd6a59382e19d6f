import { configDefaults, defineConfig } from "vitest/config";

// Three projects: pure unit tests, and the server's integration suites run twice — once on
// embedded PGlite and once on a real Postgres server (a fresh database per test file).
// `*.redis.test.ts` runs several servers on one database through Redis: Postgres only, and
// left out (the test command says so) when Redis is not reachable on a user's machine.
const integration = ["apps/server/test/**/*.int.test.ts"];
// `faults/*.fault.test.ts` kill server processes and stop a Postgres and a Redis of their own
// under steady traffic (issue 8): Postgres only; the Redis one goes with the Redis suites.
const faults = ["apps/server/test/faults/*.fault.test.ts"];
const redisFaults = ["apps/server/test/faults/redis-*.fault.test.ts"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/test/**/*.test.ts", "apps/*/test/**/*.unit.test.ts", "apps/web/src/**/*.test.{ts,tsx}"],
        },
      },
      {
        test: {
          name: "pglite",
          include: integration,
          env: { RR_TEST_DB: "pglite" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "postgres",
          include: [...integration, ...faults, ...(process.env.RR_NO_REDIS ? [] : ["apps/server/test/**/*.redis.test.ts"])],
          exclude: [...configDefaults.exclude, ...(process.env.RR_NO_REDIS ? redisFaults : [])],
          env: { RR_TEST_DB: "postgres" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
