import { createServer } from "node:net";

/**
 * Everything a fault test starts outside itself (server processes, a Postgres cluster, a
 * Redis, the server's bundle) registers how to stop it here, synchronously, as a backstop to
 * `afterAll`: when the worker ends or is ended first, nothing is left on the machine.
 * vitest ends its workers with SIGTERM, which skips `exit` handlers: that is caught too,
 * and raised again once everything is stopped.
 */
const stoppers = new Map<number, () => void>();
let nextId = 0;
let hooked = false;

function stopAll(): void {
  for (const [id, stop] of stoppers) {
    stoppers.delete(id);
    try {
      stop();
    } catch {
      // Best effort: the process is ending anyway.
    }
  }
}

export function onExit(stop: () => void): () => void {
  if (!hooked) {
    hooked = true;
    process.on("exit", stopAll);
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        stopAll();
        process.kill(process.pid, signal);
      });
    }
  }
  const id = nextId++;
  stoppers.set(id, stop);
  return () => void stoppers.delete(id);
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds; throws with `what` once `timeoutMs` has passed. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}
