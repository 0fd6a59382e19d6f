// Bundle the server into dist/main.js. The protocol package is TypeScript source, so it is
// bundled in; every other dependency stays in node_modules and is loaded at run time.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith("@repair-room/"));

await build({
  entryPoints: ["src/main.ts"],
  outfile: "dist/main.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  // Written beside the bundle for a debugger or NODE_OPTIONS=--enable-source-maps; the server is
  // started without that flag, which holds the map (about 6 MB) in every process's heap, and
  // its stack traces name the bundle's lines, whose functions keep their source names.
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  logLevel: "warning",
});
