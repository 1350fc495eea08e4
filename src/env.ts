import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { DEFAULT_PACKAGE_STORE_DIR } from "./server/publishing/package-store-defaults";

/**
 * The only reader of process.env. Every setting is validated here; the defaults are the embedded
 * services that `npm run demo` and `npm test` start (see README "Configuration").
 */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url().default("postgresql://postgres@127.0.0.1:54329/adx"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    AUTH_SECRET: z
      .string({ error: "AUTH_SECRET is required: a random string of 32+ characters (npm run demo makes one)" })
      .min(32, "AUTH_SECRET must be at least 32 characters"),
    APP_URL: z.url().default("http://localhost:3000"),
    LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
    SLOW_QUERY_MS: z.coerce.number().int().min(0).default(250),
    // Search backend: PostgreSQL full-text search, or Meilisearch when MEILISEARCH_HOST is set.
    SEARCH_BACKEND: z.enum(["postgres", "meilisearch"]).optional(),
    MEILISEARCH_HOST: z.url().optional(),
    MEILISEARCH_API_KEY: z.string().optional(),
    // The Meilisearch index that holds the catalog (`npm run search:rebuild` creates and fills it).
    MEILISEARCH_INDEX: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/).default("modules"),
    // Stripe: the official SDK, pointed at Stripe or at the local Stripe-compatible server.
    STRIPE_SECRET_KEY: z.string().startsWith("sk_").default("sk_test_adx_local"),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_").default("whsec_adx_local_webhook_secret"),
    STRIPE_API_HOST: z.string().optional(),
    STRIPE_API_PORT: z.coerce.number().int().positive().optional(),
    STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
    PLATFORM_FEE_PERCENT: z.coerce.number().min(0).max(100).default(20),
    // Inngest: in-process durable execution by default; Inngest Cloud/self-hosted when keys are set.
    INNGEST_EVENT_KEY: z.string().optional(),
    INNGEST_SIGNING_KEY: z.string().optional(),
    INNGEST_DEV: z.string().optional(),
    // Self-hosted Inngest server (e.g. http://inngest:8288); unset = Inngest Cloud.
    INNGEST_BASE_URL: z.url().optional(),
    // The embedded executor (used while no Inngest keys are set), see docs/decisions/003.
    EXECUTOR_POLL_MS: z.coerce.number().int().min(10).default(1000),
    EXECUTOR_LEASE_MS: z.coerce.number().int().min(1000).default(30_000),
    EXECUTOR_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
    EXECUTOR_RETRY_BASE_MS: z.coerce.number().int().min(1).default(1000),
    // Content-addressed package store.
    PACKAGE_STORE_DIR: z.string().default(DEFAULT_PACKAGE_STORE_DIR),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  // Lint, typecheck and unit tests import modules that import env without a full configuration.
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
});

/**
 * Inngest (Cloud, or self-hosted at INNGEST_BASE_URL) runs the functions when an event key is set;
 * otherwise events go to the embedded executor started by src/instrumentation.ts.
 */
export const isInngestConfigured = (): boolean => Boolean(env.INNGEST_EVENT_KEY);

export const searchBackend = (): "postgres" | "meilisearch" =>
  env.SEARCH_BACKEND ?? (env.MEILISEARCH_HOST ? "meilisearch" : "postgres");
