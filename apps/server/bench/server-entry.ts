/**
 * The product's own main, unchanged, in a process the benchmark can ask for its heap: started
 * with --expose-gc and an IPC channel by support.ts, it answers "heap" with
 * process.memoryUsage() after a full collection. Nothing of this is in the product.
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
  gc?.();
  gc?.();
  const { heapUsed, rss, external } = process.memoryUsage();
  process.send?.({ heapUsed, rss, external });
});

// BENCH_STALLS=1: what the process was doing while a latency tail grew (bench/stalls.ts).
if (process.env.BENCH_STALLS === "1") await import("./stalls.js");

await import("../src/main.js");
