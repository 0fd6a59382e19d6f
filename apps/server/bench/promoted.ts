/**
 * Loaded into the benchmark's server process by BENCH_PROMOTED=DIR (bench/server-entry.mjs), to
 * see what a run keeps past the young generation, by where it was allocated: the first SIGUSR2
 * starts V8's sampling heap profiler, the second writes DIR/promoted-<pid>.heapprofile (Chrome
 * DevTools reads it; `tsx bench/promoted-top.ts FILE` lists the sites). Objects a scavenge
 * freed are left out and those a full collection freed are kept: what remains is what was
 * promoted (what makes the old generation's full collections come), live or not.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";

const dir = process.env.BENCH_PROMOTED ?? ".";
const session = new Session();
session.connect();
let sampling = false;

process.on("SIGUSR2", () => {
  void (async () => {
    if (!sampling) {
      sampling = true;
      await session.post("HeapProfiler.startSampling", {
        samplingInterval: 4096,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: false,
      } as never);
      process.stderr.write(`  [server] ${new Date().toISOString()} sampling what is promoted\n`);
      return;
    }
    sampling = false;
    const { profile } = (await session.post("HeapProfiler.stopSampling")) as { profile: unknown };
    const file = join(dir, `promoted-${process.pid}.heapprofile`);
    writeFileSync(file, JSON.stringify(profile));
    process.stderr.write(`  [server] ${new Date().toISOString()} wrote ${file}\n`);
  })();
});
