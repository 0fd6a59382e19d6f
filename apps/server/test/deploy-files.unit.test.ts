import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../src/config.js";

// No Docker engine runs here: check what can be read of the deployment files.
const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

describe("docker-compose.yml and the Dockerfile", () => {
  const compose = parse(read("docker-compose.yml")) as {
    services: Record<string, { environment?: Record<string, string>; depends_on?: Record<string, unknown>; build?: string }>;
  };

  it("brings up Postgres, Redis and the app, the app waiting for both", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["app", "postgres", "redis"]);
    expect(compose.services.app?.build).toBe(".");
    expect(Object.keys(compose.services.app?.depends_on ?? {}).sort()).toEqual(["postgres", "redis"]);
  });

  it("configures the app with settings the server reads", () => {
    const env = compose.services.app?.environment ?? {};
    const config = loadConfig(env);
    expect(config.database).toEqual({ kind: "postgres", url: env.DATABASE_URL });
    expect(config.redisUrl).toBe(env.REDIS_URL);
    expect(config.port).toBe(3000);
    const db = compose.services.postgres?.environment ?? {};
    expect(env.DATABASE_URL).toBe(`postgresql://${db.POSTGRES_USER}:${db.POSTGRES_PASSWORD}@postgres:5432/${db.POSTGRES_DB}`);
  });

  it("builds and runs the bundled server with the web client and migrations beside it", () => {
    const dockerfile = read("Dockerfile");
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/prisma \.\/prisma/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/apps\/web\/dist/);
    expect(dockerfile).toMatch(/CMD \["node", "--enable-source-maps", "apps\/server\/dist\/main\.js"\]/);
  });
});
