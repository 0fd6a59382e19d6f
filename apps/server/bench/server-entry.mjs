/**
 * The product's own main, unchanged, in a process the benchmark can ask for its heap: started
 * with --expose-gc and an IPC channel by support.ts, it answers "heap" with
 * process.memoryUsage() after a full collection. Nothing of this is in the product.
 *
 * It runs the built bundle (dist/main.js), as `npm start` and the Docker image do, so the
 * figures are the deployed process's. With BENCH_STALLS=1 or BENCH_PROMOTED it runs the
 * source under tsx instead (support.ts starts it so), as those hook into the server's classes.
 */
import { join } from "node:path";
import { writeHeapSnapshot } from "node:v8";

process.on("message", (message) => {
  // A heap snapshot into the folder named, to see what an idle socket holds (Chrome DevTools reads it).
  if (typeof message === "object" && message && "snapshotDir" in message) {
    process.send?.({ file: writeHeapSnapshot(join(String(message.snapshotDir), `server-${process.pid}.heapsnapshot`)) });
    return;
  }
  if (message !== "heap") return;
  // Twice: the first pass can leave objects only a finaliser of the first frees.
  globalThis.gc?.();
  globalThis.gc?.();
  const { heapUsed, rss, external } = process.memoryUsage();
  process.send?.({ heapUsed, rss, external });
});

if (process.env.BENCH_FROM_SOURCE === "1") {
  // BENCH_STALLS=1: what the process was doing while a latency tail grew (bench/stalls.ts).
  if (process.env.BENCH_STALLS === "1") await import("./stalls.ts");
  // BENCH_PROMOTED=DIR: what outlives the young generation, by allocation site (bench/promoted.ts).
  if (process.env.BENCH_PROMOTED) await import("./promoted.ts");
  await import("../src/main.ts");
} else {
  await import("../dist/main.js");
}
