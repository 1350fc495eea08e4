import Stripe from "stripe";
import { env } from "~/env";

/**
 * The one Stripe client (the official SDK). Pointed at Stripe by default; STRIPE_API_HOST/PORT/
 * PROTOCOL point it at the local Stripe-compatible server (scripts/stripe-local) for the demo and
 * the tests, exactly as for stripe-mock. Retries are the SDK's own (idempotency keys make them safe).
 */
export function createStripeClient(options: { secretKey?: string; host?: string; port?: number; protocol?: "http" | "https" } = {}): Stripe {
  const host = options.host ?? env.STRIPE_API_HOST;
  const port = options.port ?? env.STRIPE_API_PORT;
  const protocol = options.protocol ?? env.STRIPE_API_PROTOCOL;
  return new Stripe(options.secretKey ?? env.STRIPE_SECRET_KEY, {
    ...(host ? { host } : {}),
    ...(port ? { port } : {}),
    ...(protocol ? { protocol } : {}),
    maxNetworkRetries: 2,
    appInfo: { name: "adx-marketplace" },
  });
}

let client: Stripe | null = null;

/** The process's Stripe client, created on first use from the configuration. */
export function getStripe(): Stripe {
  client ??= createStripeClient();
  return client;
}

/** Tests point the process's client at their own local server. */
export function setStripeForTests(stripe: Stripe | null): void {
  client = stripe;
}
