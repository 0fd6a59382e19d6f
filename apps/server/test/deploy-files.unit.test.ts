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

  // In place of `docker compose config` (no compose plugin here): only keys the Compose
  // specification knows, every named volume declared, every dependency waiting on a state.
  it("is a Compose file `docker compose config` would accept", () => {
    const file = parse(read("docker-compose.yml")) as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(["services", "volumes"]);
    const serviceKeys = ["build", "command", "depends_on", "environment", "expose", "healthcheck", "image", "ports", "restart", "volumes"];
    const declared = Object.keys((file.volumes ?? {}) as Record<string, unknown>);
    for (const [name, service] of Object.entries(compose.services)) {
      expect(serviceKeys, name).toEqual(expect.arrayContaining(Object.keys(service)));
      expect(Boolean((service as { image?: string }).image) || Boolean(service.build), `${name} has an image or a build`).toBe(true);
      for (const volume of service.volumes ?? []) {
        const source = volume.split(":")[0] ?? "";
        if (!source.startsWith(".") && !source.startsWith("/")) expect(declared, `${name}'s volume ${source}`).toContain(source);
      }
      for (const [dependency, how] of Object.entries(service.depends_on ?? {})) {
        expect(Object.keys(compose.services), `${name} depends on ${dependency}`).toContain(dependency);
        expect(["service_started", "service_healthy", "service_completed_successfully"]).toContain((how as { condition?: string }).condition);
      }
    }
  });

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
    expect(caddyfile).toMatch(/lb_policy \{\$LB_POLICY:query room\}/);
    expect(caddyfile).toMatch(/health_uri \/api\/health/);
    expect(compose.services.proxy?.volumes).toContain("./deploy/Caddyfile:/etc/caddy/Caddyfile:ro");
  });

  it("builds and runs the bundled server with the web client and migrations beside it", () => {
    const dockerfile = read("Dockerfile");
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/prisma \.\/prisma/);
    expect(dockerfile).toMatch(/COPY --from=build \/app\/apps\/web\/dist/);
    expect(dockerfile).toMatch(/CMD \["node", "apps\/server\/dist\/main\.js"\]/);
  });
});
