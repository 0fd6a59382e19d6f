import { spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { BrowserContextOptions } from "@playwright/test";
import { topology } from "../playwright.config";

const script = fileURLToPath(new URL("../../scripts/topology.mjs", import.meta.url));
// Caddy 2.6's sticky cookie: its value is the HMAC-SHA256 of the upstream's address under the
// policy's secret (none here), so a browser can be sent to the process a test chooses.
const lbCookie = "lb";

/** One upstream as Caddy's admin API reports it: `num_requests` is what it is serving now. */
export interface Upstream {
  address: string;
  num_requests: number;
}

/**
 * The deployment's topology from local processes (scripts/topology.mjs): two servers, Caddy
 * with deploy/Caddyfile, Postgres and Redis. The proxy keeps each browser on one process by a
 * cookie, so a test can put each partner on a process of its choosing, and Caddy's admin API
 * says which process is holding how many connections: the proof, without the app saying
 * anything about itself.
 */
export class Topology {
  private readonly child: ChildProcess;
  /** Everything the script printed, for a failure's report. */
  readonly output: string[] = [];
  /** Resolves once the proxy answers in front of both servers; rejects if the script ends first. */
  readonly ready: Promise<void>;

  /** Starts it; `stop` ends it even while it is still starting. */
  constructor() {
    this.child = spawn(process.execPath, [script], {
      // Its stdin closes with this process, however it ends: the script then stops it all.
      stdio: ["pipe", "pipe", "pipe"],
      env: {
        ...process.env,
        TOPOLOGY_STOP_WITH_STDIN: "1",
        TOPOLOGY_PORT: topology.port,
        TOPOLOGY_ADMIN_PORT: topology.adminPort,
        LB_POLICY: `cookie ${lbCookie}`,
        // A pause "minute" lasts one second, as on the suite's other servers.
        PAUSE_SECONDS_PER_MINUTE: "1",
      },
    });
    this.ready = new Promise((resolve, reject) => {
      for (const stream of [this.child.stdout, this.child.stderr]) {
        createInterface({ input: stream! }).on("line", (line) => {
          this.output.push(line);
          if (line.startsWith("Repair Room is ready at ")) resolve();
        });
      }
      this.child.once("exit", (code) => reject(new Error(`the topology ended (exit ${code}) before it was ready:\n${this.output.join("\n")}`)));
    });
    // A failure to start is reported by whoever awaits `ready`.
    this.ready.catch(() => {});
  }

  /** Stops it all and waits: the script drops its database before it exits. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.kill("SIGTERM");
    await exited;
  }

  /** The two app processes, as the proxy sees them. */
  async upstreams(): Promise<Upstream[]> {
    const response = await fetch(`http://127.0.0.1:${topology.adminPort}/reverse_proxy/upstreams`);
    if (!response.ok) throw new Error(`Caddy's admin API answered ${response.status}`);
    return ((await response.json()) as Upstream[]).toSorted((a, b) => a.address.localeCompare(b.address));
  }

  /** A browser context the proxy sends to the upstream at `address` (e.g. 127.0.0.1:4320). */
  pinnedTo(address: string): BrowserContextOptions {
    const value = createHmac("sha256", "").update(address).digest("hex");
    return { storageState: { cookies: [{ name: lbCookie, value, domain: "localhost", path: "/", expires: -1, httpOnly: false, secure: false, sameSite: "Lax" }], origins: [] } };
  }
}
