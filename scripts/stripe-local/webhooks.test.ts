// Story: the app's webhook handler must cope with Stripe's delivery: signed payloads, retries,
// duplicates, reordering and delays, and must refuse forged or stale signatures (issue 6).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Stripe from "stripe";
import { afterEach, describe, expect, it } from "vitest";
import { newWebhookSecret, startStripeLocal } from "./server";
import { type Harness, startHarness } from "./test-support";

let t: Harness | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const ids = (h: Harness) => h.receiver.events().map((e) => e.id);

describe("signatures", () => {
  it("signs exactly as Stripe: t=<unix>,v1=HMAC-SHA256(secret, t.payload)", async () => {
    t = await startHarness();
    await t.stripe.customers.create({ email: "sig@example.com" });
    await t.local.waitForWebhooks();
    const [delivery] = t.receiver.received;
    expect(delivery?.error).toBeNull();
    const header = delivery?.header ?? "";
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
    expect(match).not.toBeNull();
    const timestamp = Number(match?.[1]);
    const expected = crypto.createHmac("sha256", t.secret).update(`${timestamp}.${delivery?.raw}`).digest("hex");
    expect(match?.[2]).toBe(expected);
    expect(Stripe.webhooks.generateTestHeaderString({ payload: delivery?.raw ?? "", secret: t.secret, timestamp })).toBe(header);
    expect(delivery?.event).toMatchObject({ object: "event", type: "customer.created" });
    expect(() => Stripe.webhooks.constructEvent(delivery?.raw ?? "", header, "whsec_other")).toThrow(Stripe.errors.StripeSignatureVerificationError);

    // The same bytes and header without HTTP, for handler-level tests.
    const signed = t.local.signEvent(delivery?.event?.id as string);
    expect(Stripe.webhooks.constructEvent(signed.payload, signed.header, t.secret)).toMatchObject({ id: delivery?.event?.id, pending_webhooks: 0 });
  });

  it.each(["bad_signature", "wrong_secret", "stale_timestamp", "missing_header", "malformed_header", "tampered_payload"] as const)(
    "a forged delivery (%s) fails constructEvent",
    async (kind) => {
      t = await startHarness();
      t.local.pauseWebhooks();
      await t.stripe.customers.create({ email: "forge@example.com" });
      const [event] = t.local.events("customer.created");
      const record = await t.local.sendForgedEvent(event?.id as string, kind);
      expect(record).toMatchObject({ kind: "forged", forgery: kind, status: 400, ok: false });
      const [received] = t.receiver.received;
      expect(received?.event).toBeNull();
      expect(received?.error).toBeTruthy();
    },
  );
});

describe("delivery controls", () => {
  it("hold and release", async () => {
    t = await startHarness();
    t.local.pauseWebhooks();
    await t.stripe.customers.create({ email: "held@example.com" });
    await t.local.waitForWebhooks();
    expect(t.receiver.received).toHaveLength(0);
    expect(t.local.queuedEvents()).toHaveLength(1);
    t.local.resumeWebhooks();
    await t.local.waitForWebhooks();
    expect(t.receiver.events().map((e) => e.type)).toEqual(["customer.created"]);
    expect(t.local.queuedEvents()).toHaveLength(0);
  });

  it("duplicate delivers every event twice", async () => {
    t = await startHarness();
    t.local.setDeliveryMode({ duplicate: true });
    await t.stripe.customers.create({ email: "dup@example.com" });
    await t.stripe.products.create({ name: "Dup" });
    await t.local.waitForWebhooks();
    const created = t.local.events().map((e) => e.id);
    expect(created).toHaveLength(2);
    expect(ids(t).sort()).toEqual([...created, ...created].sort());
  });

  it("reorder shuffles delivery (reproducibly with a seed); deliverQueued can also reverse", async () => {
    const run = async (seed: number) => {
      const h = await startHarness();
      h.local.pauseWebhooks();
      for (let i = 0; i < 8; i++) await h.stripe.products.create({ name: `P${i}` });
      h.local.setDeliveryMode({ reorder: true, seed });
      await h.local.deliverQueued();
      const names = h.receiver.events().map((e) => (e.data.object as Stripe.Product).name);
      await h.close();
      return names;
    };
    const inOrder = ["P0", "P1", "P2", "P3", "P4", "P5", "P6", "P7"];
    const shuffled = await run(42);
    expect([...shuffled].sort()).toEqual(inOrder);
    expect(shuffled).not.toEqual(inOrder);
    expect(await run(42)).toEqual(shuffled);

    t = await startHarness();
    t.local.pauseWebhooks();
    for (let i = 0; i < 3; i++) await t.stripe.products.create({ name: `R${i}` });
    await t.local.deliverQueued({ order: "reverse" });
    expect(t.receiver.events().map((e) => (e.data.object as Stripe.Product).name)).toEqual(["R2", "R1", "R0"]);
  });

  it("reorder also applies to live delivery of one operation's events", async () => {
    t = await startHarness();
    t.local.setDeliveryMode({ reorder: true, seed: 3 });
    const product = await t.stripe.products.create({ name: "With default price", default_price_data: { currency: "usd", unit_amount: 100 } });
    await t.local.waitForWebhooks();
    expect(product.default_price).toMatch(/^price_/);
    expect(t.receiver.events().map((e) => e.type).sort()).toEqual(["price.created", "product.created"]);
  });

  it("delay still delivers everything", async () => {
    t = await startHarness();
    t.local.setDeliveryMode({ delayMs: 10 });
    await t.stripe.customers.create({ email: "late@example.com" });
    await t.local.waitForWebhooks();
    expect(t.receiver.events()).toHaveLength(1);
  });

  it("retries non-2xx with backoff until it succeeds, and gives up after maxAttempts", async () => {
    t = await startHarness({ retry: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 4 } });
    t.receiver.respondWith((n) => (n <= 2 ? 500 : 200));
    await t.stripe.customers.create({ email: "retry@example.com" });
    await t.local.waitForWebhooks();
    expect(t.local.deliveries().map((d) => [d.attempt, d.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    const [event] = t.local.events();
    expect((await t.stripe.events.retrieve(event?.id as string)).pending_webhooks).toBe(0);

    t.receiver.respondWith(() => 503);
    await t.stripe.products.create({ name: "Never acknowledged" });
    await t.local.waitForWebhooks();
    const failed = t.local.deliveries().filter((d) => d.eventType === "product.created");
    expect(failed.map((d) => d.attempt)).toEqual([1, 2, 3, 4]);
    expect(failed.every((d) => !d.ok)).toBe(true);
  });

  it("an unreachable endpoint is retried, then recorded as failed", async () => {
    const secret = newWebhookSecret();
    const local = await startStripeLocal({ webhookUrl: "http://127.0.0.1:9/unreachable", webhookSecret: secret, retry: { baseDelayMs: 1, maxAttempts: 2 } });
    try {
      const stripe = new Stripe("sk_test_x", { host: local.host, port: local.port, protocol: "http", maxNetworkRetries: 0 });
      await stripe.customers.create({ email: "x@example.com" });
      await local.waitForWebhooks();
      expect(local.deliveries().map((d) => [d.attempt, d.status, d.ok])).toEqual([
        [1, null, false],
        [2, null, false],
      ]);
    } finally {
      await local.close();
    }
  });

  it("re-sends one event on demand", async () => {
    t = await startHarness();
    await t.stripe.customers.create({ email: "again@example.com" });
    await t.local.waitForWebhooks();
    const [event] = t.local.events();
    const record = await t.local.retryEvent(event?.id as string);
    expect(record).toMatchObject({ kind: "resend", ok: true, status: 200 });
    expect(ids(t)).toEqual([event?.id, event?.id]);
  });
});

describe("HTTP controls (for e2e runs against the CLI)", () => {
  it("pause, mode, deliver, forge, advance and inspect over /_local", async () => {
    t = await startHarness();
    const post = async (p: string, body: object = {}) => {
      const res = await fetch(`${t?.local.url}/_local/${p}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    expect((await post("webhooks/pause")).status).toBe(200);
    expect((await post("webhooks/mode", { duplicate: true })).json).toMatchObject({ duplicate: true, reorder: false });
    const customer = await t.stripe.customers.create({ email: "ctl@example.com" });
    const state = (await (await fetch(`${t.local.url}/_local/webhooks`)).json()) as { queued: string[]; paused: boolean };
    expect(state).toMatchObject({ paused: true });
    expect(state.queued).toHaveLength(2);
    const delivered = await post("webhooks/deliver", { order: "reverse" });
    expect((delivered.json.deliveries as unknown[]).length).toBe(2);
    const [event] = t.local.events("customer.created");
    expect((await post(`events/${event?.id}/forge`, { kind: "stale_timestamp" })).json).toMatchObject({ status: 400 });
    expect((await post("subscriptions/sub_missing/advance")).status).toBe(400);
    expect((await post("nope")).status).toBe(404);
    const events = (await (await fetch(`${t.local.url}/_local/events?type=customer.created`)).json()) as { data: Array<{ data: { object: { id: string } } }> };
    expect(events.data.map((e) => e.data.object.id)).toEqual([customer.id]);
  });
});

describe("persistence", () => {
  it("a data file keeps state across restarts", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stripe-local-"));
    const dataFile = path.join(dir, "state.json");
    try {
      const first = await startStripeLocal({ webhookSecret: newWebhookSecret(), dataFile });
      const client = (port: number) => new Stripe("sk_test_x", { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0 });
      const customer = await client(first.port).customers.create({ email: "kept@example.com" });
      await first.close();
      const second = await startStripeLocal({ webhookSecret: newWebhookSecret(), dataFile });
      try {
        expect(await client(second.port).customers.retrieve(customer.id)).toMatchObject({ email: "kept@example.com" });
        expect(second.events("customer.created")).toHaveLength(1);
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
