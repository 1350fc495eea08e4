import { defineConfig } from "prisma/config";

// The Prisma CLI is used here only for `prisma generate` (see scripts/migrate.mjs for migrations).
// `env("DATABASE_URL")` would throw when unset, which breaks generate in CI, hence the placeholder.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/placeholder" },
});
