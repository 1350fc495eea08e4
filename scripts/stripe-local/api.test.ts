// Story: the app's billing code gets Stripe's errors, idempotency, lists and expansions from the
// local server exactly as the SDK surfaces them from api.stripe.com.
import Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseForm } from "./form";
import { type Harness, startHarness } from "./test-support";

let t: Harness;
beforeEach(async () => {
  t = await startHarness();
});
afterEach(async () => {
  await t.close();
});

describe("errors", () => {
  it("a missing parameter is a 400 naming the parameter", async () => {
    const err: unknown = await t.stripe.checkout.sessions.create({ line_items: [{ price: "price_x", quantity: 1 }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(err).toMatchObject({ statusCode: 400, type: "StripeInvalidRequestError", code: "parameter_missing", param: "mode" });

    await expect(
      t.stripe.checkout.sessions.create({ mode: "payment", line_items: [{ price_data: { currency: "usd", product_data: { name: "X" } }, quantity: 1 }] }),
    ).rejects.toMatchObject({ statusCode: 400, param: "line_items[0][price_data][unit_amount]" });
    await expect(t.stripe.products.create({} as Stripe.ProductCreateParams)).rejects.toMatchObject({ statusCode: 400, param: "name" });
  });

  it("an unknown id is a 404 resource_missing; an unknown id in a parameter is a 400", async () => {
    const err: unknown = await t.stripe.customers.retrieve("cus_nope").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(err).toMatchObject({ statusCode: 404, code: "resource_missing", param: "id", message: "No such customer: 'cus_nope'" });
    await expect(t.stripe.subscriptions.retrieve("sub_nope")).rejects.toMatchObject({ statusCode: 404, code: "resource_missing" });
    await expect(t.stripe.billingPortal.sessions.create({ customer: "cus_nope" })).rejects.toMatchObject({ statusCode: 400, code: "resource_missing", param: "customer" });
  });

  it("a bad or missing API key is a 401", async () => {
    const live = new Stripe("sk_live_nope", { host: t.local.host, port: t.local.port, protocol: "http", maxNetworkRetries: 0 });
    const err: unknown = await live.customers.list().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(err).toMatchObject({ statusCode: 401 });
    const res = await fetch(`${t.local.url}/v1/customers`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { type: "invalid_request_error", message: expect.stringContaining("You did not provide an API key") } });
  });

  it("an unknown route is a 404 invalid_request_error", async () => {
    const res = await fetch(`${t.local.url}/v1/nothing_here`, { headers: { authorization: "Bearer sk_test_1" } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { type: "invalid_request_error", message: expect.stringContaining("Unrecognized request URL") } });
  });
});

describe("idempotency", () => {
  it("the same key and parameters return the same object; other parameters are refused", async () => {
    const a = await t.stripe.customers.create({ email: "a@example.com" }, { idempotencyKey: "signup-1" });
    const b = await t.stripe.customers.create({ email: "a@example.com" }, { idempotencyKey: "signup-1" });
    expect(b.id).toBe(a.id);
    expect(b.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect((await t.stripe.customers.list()).data).toHaveLength(1);
    const err: unknown = await t.stripe.customers.create({ email: "other@example.com" }, { idempotencyKey: "signup-1" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    // Keys are per API key, and a different key creates a new object.
    const c = await t.stripe.customers.create({ email: "a@example.com" }, { idempotencyKey: "signup-2" });
    expect(c.id).not.toBe(a.id);
  });

  it("webhook events record the request and its idempotency key", async () => {
    const product = await t.stripe.products.create({ name: "Keyed" }, { idempotencyKey: "prod-1" });
    const event = t.local.events("product.created").find((e) => (e.data.object as { id: string }).id === product.id);
    expect(event?.request).toEqual({ id: product.lastResponse.requestId, idempotency_key: "prod-1" });
  });
});

describe("objects, lists and expansion", () => {
  it("ids, object names and list shape follow Stripe", async () => {
    for (let i = 0; i < 5; i++) await t.stripe.customers.create({ email: `c${i}@example.com` });
    const page1 = await t.stripe.customers.list({ limit: 2 });
    expect(page1).toMatchObject({ object: "list", has_more: true, url: "/v1/customers" });
    expect(page1.data.map((c) => c.email)).toEqual(["c4@example.com", "c3@example.com"]);
    const page2 = await t.stripe.customers.list({ limit: 2, starting_after: page1.data[1]?.id });
    expect(page2.data.map((c) => c.email)).toEqual(["c2@example.com", "c1@example.com"]);
    const all: string[] = [];
    for await (const c of t.stripe.customers.list({ limit: 2 })) all.push(c.email ?? "");
    expect(all).toHaveLength(5);
    expect((await t.stripe.customers.list({ email: "c3@example.com" })).data).toHaveLength(1);
    expect(page1.data[0]?.id).toMatch(/^cus_/);
    expect(typeof page1.data[0]?.created).toBe("number");
  });

  it("updates merge metadata (empty value removes a key) and emit previous_attributes", async () => {
    const c = await t.stripe.customers.create({ email: "m@example.com", metadata: { a: "1", b: "2" } });
    const u = await t.stripe.customers.update(c.id, { name: "Meta", metadata: { b: "", c: "3" } });
    expect(u).toMatchObject({ name: "Meta", metadata: { a: "1", c: "3" } });
    const event = t.local.events("customer.updated")[0];
    expect(event?.data.previous_attributes).toEqual({ name: null, metadata: { a: "1", b: "2" } });
  });

  it("prices: recurring, lookup keys, expand product", async () => {
    const product = await t.stripe.products.create({ name: "Yearly module", metadata: { moduleId: "m1" } });
    const price = await t.stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 19_900, recurring: { interval: "year" }, lookup_key: "m1-yearly" });
    expect(price).toMatchObject({ type: "recurring", recurring: { interval: "year", interval_count: 1 }, unit_amount: 19_900, active: true });
    expect(price.unit_amount_decimal?.toString()).toBe("19900");
    const found = await t.stripe.prices.list({ lookup_keys: ["m1-yearly"], expand: ["data.product"] });
    expect(found.data[0]?.product).toMatchObject({ id: product.id, name: "Yearly module" });
    await expect(t.stripe.prices.retrieve(price.id, { expand: ["currency"] })).rejects.toMatchObject({ statusCode: 400, param: "expand" });
  });

  it("events are listable by type and retrievable", async () => {
    await t.stripe.customers.create({ email: "e@example.com" });
    await t.stripe.products.create({ name: "E" });
    const list = await t.stripe.events.list({ type: "customer.*" });
    expect(list.data.map((e) => e.type)).toEqual(["customer.created"]);
    const event = await t.stripe.events.retrieve(list.data[0]?.id as string);
    expect(event).toMatchObject({ object: "event", livemode: false, data: { object: { object: "customer" } } });
    expect(event.id).toMatch(/^evt_/);
  });
});

describe("form decoding", () => {
  it("reads Stripe's bracketed nesting, indexed and pushed arrays, and keeps metadata keys", () => {
    const parsed = parseForm(
      "mode=payment&line_items[0][price_data][unit_amount]=2000&line_items[0][quantity]=1&line_items[1][price]=price_1&expand[]=line_items&expand[]=subscription&metadata[0]=zero&metadata[order]=a%20b&name=x+y",
    );
    expect(parsed).toEqual({
      mode: "payment",
      line_items: [{ price_data: { unit_amount: "2000" }, quantity: "1" }, { price: "price_1" }],
      expand: ["line_items", "subscription"],
      metadata: { "0": "zero", order: "a b" },
      name: "x y",
    });
  });
});
