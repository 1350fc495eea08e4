import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "~": path.join(import.meta.dirname, "src"),
  "@": path.join(import.meta.dirname, "src"),
  "~inngest": path.join(import.meta.dirname, "inngest"),
};

// Two tiers (STYLE.md rule 20): `*.test.ts` is pure and needs no database; `*.integration.test.ts`
// runs capability functions and tRPC callers against a real PostgreSQL, one fresh database per
// test file cloned from a template that test/global-setup.ts migrates once.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "inngest/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
          setupFiles: ["test/setup-unit.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["src/**/*.integration.test.ts", "inngest/**/*.integration.test.ts", "test/**/*.integration.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/setup-integration.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
