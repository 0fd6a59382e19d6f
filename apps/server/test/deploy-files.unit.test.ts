import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../src/config.js";

// No Docker engine runs here: check what can be read of the deployment files.
const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

describe("docker-compose.yml and the Dockerfile", () => {
  const compose = parse(read("docker-compose.yml")) as {
    services: Record<string, { environment?: Record<string, string>; depends_on?: Record<string, unknown>; build?: string; volumes?: string[] }>;
  };

  it("brings up Postgres, Redis, two app processes and a TLS proxy in front of them", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["app1", "app2", "postgres", "proxy", "redis"]);
    for (const app of ["app1", "app2"]) {
      expect(compose.services[app]?.build).toBe(".");
      expect(Object.keys(compose.services[app]?.depends_on ?? {}).sort()).toEqual(["postgres", "redis"]);
    }
    expect(Object.keys(compose.services.proxy?.depends_on ?? {}).sort()).toEqual(["app1", "app2"]);
    expect(compose.services.proxy?.environment?.UPSTREAMS).toBe("app1:3000 app2:3000");
  });

  it("configures both processes alike, with settings the server reads", () => {
    expect(compose.services.app2?.environment).toEqual(compose.services.app1?.environment);
    const env: Record<string, string> = { ...(compose.services.app1?.environment ?? {}), PUBLIC_URL: "https://localhost" };
    const config = loadConfig(env);
    expect(config.database).toEqual({ kind: "postgres", url: env.DATABASE_URL });
    expect(config.redisUrl).toBe(env.REDIS_URL);
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe("https://localhost");
    expect(compose.services.app1?.environment?.PUBLIC_URL).toBe("https://${SITE_ADDRESS:-localhost}");
    expect(compose.services.app1?.environment?.TRUST_PROXY).toBe("1");
    const db = compose.services.postgres?.environment ?? {};
    expect(env.DATABASE_URL).toBe(`postgresql://${db.POSTGRES_USER}:${db.POSTGRES_PASSWORD}@postgres:5432/${db.POSTGRES_DB}`);
  });

  it("routes a room's sockets by the room in their address, to a process that answers", () => {
    const caddyfile = read("deploy/Caddyfile");
    expect(caddyfile).toMatch(/reverse_proxy \{\$UPSTREAMS:app1:3000 app2:3000\} \{/);
    expect(caddyfile).toMatch(/lb_policy query room/);
    expect(caddyfile).toMatch(/health_uri \/api\/health/);
    expect(compose.services.proxy?.volumes).toContain("./deploy/Caddyfile:/etc/caddy/Caddyfile:ro");
  });

  it("builds and runs the bundled server with the web client and migrations beside it", () => {
    const dockerfile = read("Dockerfile");
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/prisma \.\/prisma/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/apps\/web\/dist/);
    expect(dockerfile).toMatch(/CMD \["node", "--enable-source-maps", "apps\/server\/dist\/main\.js"\]/);
  });
});
