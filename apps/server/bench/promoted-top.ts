/**
 * The allocation sites of a heap profile from BENCH_PROMOTED (bench/promoted.ts), largest
 * first, twice: by the function that allocated, and by the nearest of the product's own
 * functions on its stack (what in the product asked for it).
 *
 *   pnpm --filter @repair-room/server exec tsx bench/promoted-top.ts FILE [SECONDS]
 *
 * With SECONDS (how long the sampling ran), the sizes are also given per second.
 */
import { readFileSync } from "node:fs";

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  callFrame: Frame;
  selfSize: number;
  children: ProfileNode[];
}

const [file, seconds] = process.argv.slice(2);
if (!file) throw new Error("usage: promoted-top.ts FILE [SECONDS]");
const { head } = JSON.parse(readFileSync(file, "utf8")) as { head: ProfileNode };

const where = (f: Frame) => `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*\/(node_modules\/\.pnpm\/[^/]+\/node_modules\/|apps\/|packages\/)/, "")}:${f.lineNumber + 1}`;
const ours = (f: Frame) => /\/(apps|packages)\/[^/]+\/src\//.test(f.url) && !f.url.includes("node_modules");

const bySite = new Map<string, number>();
const byOurs = new Map<string, number>();
let total = 0;
const add = (map: Map<string, number>, key: string, size: number) => map.set(key, (map.get(key) ?? 0) + size);

function walk(node: ProfileNode, nearestOurs: string): void {
  const here = ours(node.callFrame) ? where(node.callFrame) : nearestOurs;
  if (node.selfSize > 0) {
    total += node.selfSize;
    add(bySite, where(node.callFrame), node.selfSize);
    add(byOurs, here, node.selfSize);
  }
  for (const child of node.children) walk(child, here);
}
walk(head, "(outside the product's code)");

const perSecond = seconds ? Number(seconds) : null;
const size = (bytes: number) => `${(bytes / 1024).toFixed(0).padStart(8)} KB${perSecond ? `${(bytes / 1024 / perSecond).toFixed(1).padStart(9)} KB/s` : ""}`;
const top = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, bytes] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${size(bytes)}  ${(100 * bytes / total).toFixed(1).padStart(5)}%  ${key}`);
};
console.log(`promoted in all: ${size(total)}`);
top("by the function that allocated", bySite);
top("by the nearest of the product's functions on the stack", byOurs);
