import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

// Layering (STYLE.md rule 2): domain code in src/server/** must not depend on Next.js, tRPC,
// React, pages, components or Inngest functions; only api/ folders, trpc.ts, root.ts and the
// Auth.js wiring may.
const layering = {
  patterns: [
    { group: ["next", "next/*"], message: "Domain code must not import Next.js (see STYLE.md rule 2)." },
    { group: ["@trpc/*"], message: "Only src/server/**/api/**, trpc.ts and root.ts may import tRPC." },
    { group: ["react", "react-dom", "react/*"], message: "Domain code must not import React." },
    { group: ["~/app/*", "~/components/*", "~inngest/functions", "~inngest/functions/*"], message: "Domain code must not import pages, components or Inngest functions." },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", "src/generated/", ".data/", ".tmp/", "next-env.d.ts", "test-results/", "playwright-report/", "public/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["*.mjs", "scripts/*.mjs", "scripts/lib/*.mjs", "bin/*.mjs"] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      curly: ["error", "multi-line"],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/only-throw-error": "off",
    },
  },
  {
    files: ["**/*.mjs", "modules/**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Matchers such as expect.any() are typed `any` by design.
    files: ["**/*.test.ts", "e2e/**/*.ts", "test/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off", "@typescript-eslint/no-unsafe-argument": "off" },
  },
  {
    // Module hook code runs in the sandbox: plain JavaScript modules, no Node globals.
    files: ["modules/**/*.js"],
    languageOptions: { sourceType: "module", globals: {} },
  },
  {
    // Env from one file (STYLE.md rule 10).
    files: ["src/**/*.{ts,tsx}", "inngest/**/*.ts"],
    // The CLI runs on authors' machines, not in the app: it reads its own ADX_URL/ADX_TOKEN.
    ignores: ["src/env.ts", "src/trpc/react.tsx", "src/cli/**"],
    rules: { "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through src/env.ts." }] },
  },
  {
    files: ["src/server/**/*.ts"],
    ignores: ["src/server/**/api/**", "src/server/trpc.ts", "src/server/root.ts", "src/server/auth.ts", "src/server/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", layering] },
  },
);
