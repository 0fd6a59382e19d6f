// Generate Prisma Client offline. `prisma generate` first tries to download the native schema
// engine, which it never runs for generation: pointing PRISMA_SCHEMA_ENGINE_BINARY at any
// existing file (this Node binary) skips the download, so a fresh clone works with no network.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("prisma", ["generate"], {
  cwd: root,
  env,
  stdio: ["ignore", "inherit", "inherit"],
  shell: process.platform === "win32",
});
process.exit(result.status ?? 1);
