import { spawn, type ChildProcess } from "node:child_process";
import { freePort, onExit } from "./lifecycle.js";

/** A Redis of the test's own on a fixed port, so it can be stopped and started again there. */
export interface PrivateRedis {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  onExit(() => child?.kill("SIGKILL"));

  const start = async () => {
    const redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
    child = redis;
    await new Promise<void>((resolve, reject) => {
      let seen = "";
      redis.once("error", reject);
      redis.once("exit", (code) => reject(new Error(`redis-server exited with ${code}: ${seen.slice(-500)}`)));
      redis.stdout?.on("data", (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes("Ready to accept connections")) resolve();
      });
    });
  };
  const stop = async () => {
    const redis = child;
    if (!redis || redis.exitCode !== null) return;
    const exited = new Promise((resolve) => redis.once("exit", resolve));
    redis.kill("SIGKILL");
    await exited;
    child = null;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}
