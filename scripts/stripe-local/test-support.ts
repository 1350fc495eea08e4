// Shared fixtures for the stripe-local tests: a server, the real SDK pointed at it, and a webhook
// receiver that verifies every delivery with stripe.webhooks.constructEvent, like the app will.
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { newWebhookSecret, type StripeLocal, startStripeLocal, type StripeLocalOptions } from "./server";

export type Received = { raw: string; header: string | undefined; event: Stripe.Event | null; error: string | null };

export type Receiver = {
  url: string;
  received: Received[];
  /** Verified events, in arrival order. */
  events(): Stripe.Event[];
  /** Status to answer for the next deliveries (default 200). */
  respondWith(fn: (n: number) => number): void;
  close(): Promise<void>;
};

export async function startReceiver(secret: string): Promise<Receiver> {
  const received: Received[] = [];
  let respond: (n: number) => number = () => 200;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const header = req.headers["stripe-signature"] as string | undefined;
      let event: Stripe.Event | null = null;
      let error: string | null = null;
      try {
        event = Stripe.webhooks.constructEvent(raw, header ?? "", secret);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
      received.push({ raw, header, event, error });
      const status = error ? 400 : respond(received.length);
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ received: status < 300 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    events: () => received.flatMap((r) => (r.event ? [r.event] : [])),
    respondWith: (fn) => {
      respond = fn;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Harness = { local: StripeLocal; stripe: Stripe; receiver: Receiver; secret: string; close(): Promise<void> };

export async function startHarness(options: Partial<StripeLocalOptions> = {}): Promise<Harness> {
  const secret = newWebhookSecret();
  const receiver = await startReceiver(secret);
  const local = await startStripeLocal({ webhookUrl: receiver.url, webhookSecret: secret, retry: { baseDelayMs: 5, maxDelayMs: 20 }, ...options });
  const stripe = new Stripe("sk_test_stripe_local", { host: local.host, port: local.port, protocol: "http", maxNetworkRetries: 0 });
  return {
    local,
    stripe,
    receiver,
    secret,
    close: async () => {
      await local.close();
      await receiver.close();
    },
  };
}

/** Submits a hosted-page form the way the browser does; returns the status and redirect target. */
export async function postForm(url: string, fields: Record<string, string> = {}): Promise<{ status: number; location: string | null; body: string }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });
  return { status: res.status, location: res.headers.get("location"), body: await res.text() };
}

/** Opens the hosted checkout page and pays with `card` (4242… by default). */
export async function payCheckout(session: { id: string; url: string | null }, card = "4242 4242 4242 4242", email = "buyer@example.com") {
  if (!session.url) throw new Error(`session ${session.id} has no url`);
  const page = await fetch(session.url);
  if (page.status !== 200) throw new Error(`checkout page answered ${page.status}`);
  return postForm(`${new URL(session.url).origin}/checkout/${session.id}/pay`, { email, card_number: card, cardholder_name: "Test Buyer" });
}
