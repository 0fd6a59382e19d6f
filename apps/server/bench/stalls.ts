/**
 * Loaded into the benchmark's server process by BENCH_STALLS=1 (bench/server-entry.mjs), to lay
 * a latency tail beside what the process was doing, on stderr with the time of day:
 * - each second whose event loop stalled past 50 ms, and each garbage collection over 20 ms;
 * - every 10 s, how long actions took inside the server (`RoomAuthority.act`: the room's lock,
 *   deciding, the append and its commit) and the quick appends alone (queue, statement, commit).
 * A tail the server does not see was lost outside it (the load generator, the machine).
 */
import { monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";
import { RoomAuthority } from "../src/rooms/authority.js";
import { RoomStore } from "../src/rooms/room-store.js";
import { histogram, msAt } from "./support.js";

const say = (line: string) => process.stderr.write(`  [server] ${new Date().toISOString()} ${line}\n`);

const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
setInterval(() => {
  const maxMs = delay.max / 1e6;
  if (maxMs > 50) say(`event loop stalled up to ${maxMs.toFixed(0)} ms`);
  delay.reset();
}, 1_000).unref();

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    // V8's kinds: 1 scavenge (young objects), 4 mark-compact (the whole heap).
    const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
    if (entry.duration > 20) say(`gc ${kind === 1 ? "scavenge" : kind === 4 ? "mark-compact" : kind} ${entry.duration.toFixed(0)} ms`);
  }
}).observe({ entryTypes: ["gc"] });

/** Wraps a prototype's async method to record how long each call takes. */
function timed<T extends object>(proto: T, method: keyof T & string, label: string): void {
  let h = histogram();
  const original = proto[method] as (...args: unknown[]) => Promise<unknown>;
  Object.assign(proto, {
    async [method](this: T, ...args: unknown[]) {
      const t0 = process.hrtime.bigint();
      try {
        return await original.apply(this, args);
      } finally {
        h.recordValue(Number((process.hrtime.bigint() - t0) / 1000n));
      }
    },
  });
  setInterval(() => {
    if (h.totalCount > 0) say(`${label}: ${h.totalCount}, p50 ${msAt(h, 50).toFixed(1)} p99 ${msAt(h, 99).toFixed(1)} max ${(h.maxValue / 1000).toFixed(1)} ms`);
    h = histogram();
  }, 10_000).unref();
}

timed(RoomAuthority.prototype, "act", "actions in the server");
timed(RoomStore.prototype, "appendFast", "quick appends");
