import { defineConfig } from "prisma/config";

// Generate needs no database; `migrate deploy` on a machine with Prisma's schema engine reads
// DATABASE_URL. The app applies the same migrations itself at start (apps/server/src/db/migrate.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/repair_room" },
});
