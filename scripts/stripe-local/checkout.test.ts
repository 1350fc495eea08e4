// Story: a tenant admin buys a paid module through the local hosted Checkout (issue 6); the app
// sees the payment through signed webhooks and the real SDK, and refunds reach the author's payout.
import type Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, payCheckout, postForm, startHarness } from "./test-support";

let t: Harness;
beforeEach(async () => {
  t = await startHarness();
});
afterEach(async () => {
  await t.close();
});

async function onboardedAccount(): Promise<Stripe.Account> {
  const account = await t.stripe.accounts.create({ type: "express", email: "author@example.com" });
  t.local.completeOnboarding(account.id);
  return t.stripe.accounts.retrieve(account.id);
}

describe("checkout in payment mode", () => {
  it("serves the hosted page, completes on Pay, redirects and sends verified webhooks", async () => {
    const product = await t.stripe.products.create({ name: "Inventory Pro" });
    const price = await t.stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 4900 });
    const customer = await t.stripe.customers.create({ email: "owner@acme.test", metadata: { tenantId: "t1" } });
    const session = await t.stripe.checkout.sessions.create({
      mode: "payment",
      customer: customer.id,
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: "http://127.0.0.1:3000/billing/success?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "http://127.0.0.1:3000/billing/cancel",
      client_reference_id: "tenant_1",
      metadata: { moduleId: "m1", tenantId: "t1" },
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session).toMatchObject({ object: "checkout.session", status: "open", payment_status: "unpaid", amount_total: 4900, currency: "usd", mode: "payment" });
    expect(session.url).toBe(`${t.local.url}/checkout/${session.id}`);

    const page = await fetch(session.url as string);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Inventory Pro");
    expect(html).toContain("$49.00");
    expect(html).toMatch(/<label for="card_number">Card number<\/label>/);
    expect(html).toMatch(/<button type="submit">Pay \$49\.00<\/button>/);

    const paid = await payCheckout(session);
    expect(paid.status).toBe(303);
    expect(paid.location).toBe(`http://127.0.0.1:3000/billing/success?session_id=${session.id}`);

    const done = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ["line_items", "payment_intent.latest_charge"] });
    expect(done).toMatchObject({ status: "complete", payment_status: "paid", customer: customer.id, client_reference_id: "tenant_1", metadata: { moduleId: "m1", tenantId: "t1" }, url: null });
    expect(done.line_items?.data).toHaveLength(1);
    expect(done.line_items?.data[0]).toMatchObject({ object: "item", amount_total: 4900, quantity: 1, price: { id: price.id } });
    const pi = done.payment_intent as Stripe.PaymentIntent;
    expect(pi).toMatchObject({ object: "payment_intent", status: "succeeded", amount: 4900, amount_received: 4900, customer: customer.id });
    const charge = pi.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ object: "charge", status: "succeeded", paid: true, amount: 4900, payment_intent: pi.id });
    expect(charge.payment_method_details?.card?.last4).toBe("4242");

    await t.local.waitForWebhooks();
    const types = t.receiver.events().map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["payment_intent.created", "charge.succeeded", "payment_intent.succeeded", "checkout.session.completed"]));
    expect(t.receiver.received.every((r) => r.error === null)).toBe(true);
    const completed = t.receiver.events().find((e) => e.type === "checkout.session.completed");
    expect(completed?.data.object).toMatchObject({ id: session.id, status: "complete", metadata: { moduleId: "m1" } });
    expect(completed?.request).toEqual({ id: null, idempotency_key: null });

    // The same event through the API.
    const viaApi = await t.stripe.events.retrieve(completed?.id as string);
    expect(viaApi).toMatchObject({ object: "event", type: "checkout.session.completed", api_version: "2026-10-28.endive", pending_webhooks: 0 });

    // Paying twice (a double click) does not charge twice.
    const again = await payCheckout({ id: session.id, url: `${t.local.url}/checkout/${session.id}` });
    expect(again.location).toBe(paid.location);
    expect((await t.stripe.charges.list({ payment_intent: pi.id })).data).toHaveLength(1);
  });

  it("shows a decline on the page, records the failed attempt, and lets the buyer retry", async () => {
    const session = await t.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price_data: { currency: "usd", unit_amount: 1500, product_data: { name: "Reports" } }, quantity: 2 }],
      success_url: "http://127.0.0.1:3000/ok",
    });
    expect(session.amount_total).toBe(3000);
    const declined = await payCheckout(session, "4000 0000 0000 0002");
    expect(declined.status).toBe(402);
    expect(declined.body).toContain('<p role="alert">Your card was declined.</p>');
    const open = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent"] });
    expect(open.status).toBe("open");
    expect(open.payment_intent).toMatchObject({ status: "requires_payment_method", last_payment_error: { code: "card_declined", decline_code: "generic_decline" } });

    const invalid = await payCheckout(session, "1234 5678");
    expect(invalid.body).toContain("Your card number is invalid.");

    const ok = await payCheckout(session);
    expect(ok.location).toBe("http://127.0.0.1:3000/ok");
    const done = await t.stripe.checkout.sessions.retrieve(session.id);
    expect(done.status).toBe("complete");
    expect(done.customer).toBeNull();
    expect(done.customer_details?.email).toBe("buyer@example.com");
    await t.local.waitForWebhooks();
    expect(t.receiver.events().map((e) => e.type)).toEqual(expect.arrayContaining(["charge.failed", "payment_intent.payment_failed", "checkout.session.completed"]));
  });

  it("Cancel sends the buyer to cancel_url and leaves the session open", async () => {
    const session = await t.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price_data: { currency: "eur", unit_amount: 900, product_data: { name: "Theme" } }, quantity: 1 }],
      success_url: "http://127.0.0.1:3000/ok",
      cancel_url: "http://127.0.0.1:3000/cancelled",
    });
    const res = await postForm(`${t.local.url}/checkout/${session.id}/cancel`);
    expect(res).toMatchObject({ status: 303, location: "http://127.0.0.1:3000/cancelled" });
    expect((await t.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
    const expired = await t.stripe.checkout.sessions.expire(session.id);
    expect(expired.status).toBe("expired");
    expect((await fetch(`${t.local.url}/checkout/${session.id}`)).status).toBe(410);
  });
});

describe("refunds", () => {
  it("partial then full refund updates the charge and emits charge.refunded", async () => {
    const session = await t.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price_data: { currency: "usd", unit_amount: 10_000, product_data: { name: "CRM" } }, quantity: 1 }],
      success_url: "http://127.0.0.1:3000/ok",
    });
    await payCheckout(session);
    const { payment_intent } = await t.stripe.checkout.sessions.retrieve(session.id);
    const partial = await t.stripe.refunds.create({ payment_intent: payment_intent as string, amount: 2500, reason: "requested_by_customer" });
    expect(partial).toMatchObject({ object: "refund", amount: 2500, status: "succeeded", payment_intent });
    let charge = await t.stripe.charges.retrieve(partial.charge as string);
    expect(charge).toMatchObject({ amount_refunded: 2500, refunded: false });

    const rest = await t.stripe.refunds.create({ charge: charge.id });
    expect(rest.amount).toBe(7500);
    charge = await t.stripe.charges.retrieve(charge.id, { expand: ["refunds"] });
    expect(charge).toMatchObject({ amount_refunded: 10_000, refunded: true });
    expect(charge.refunds?.data.map((r) => r.amount)).toEqual([7500, 2500]);

    await expect(t.stripe.refunds.create({ charge: charge.id })).rejects.toMatchObject({ statusCode: 400, code: "charge_already_refunded" });

    await t.local.waitForWebhooks();
    const refunded = t.receiver.events().filter((e) => e.type === "charge.refunded");
    expect(refunded.map((e) => (e.data.object).amount_refunded)).toEqual([2500, 10_000]);
    expect(refunded[1]?.data.previous_attributes).toEqual({ amount_refunded: 2500, refunded: false });
    expect(t.receiver.events().filter((e) => e.type === "refund.created")).toHaveLength(2);
  });

  it("rejects refunding more than is left", async () => {
    const session = await t.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price_data: { currency: "usd", unit_amount: 1000, product_data: { name: "X" } }, quantity: 1 }],
      success_url: "http://127.0.0.1:3000/ok",
    });
    await payCheckout(session);
    const { payment_intent } = await t.stripe.checkout.sessions.retrieve(session.id);
    await expect(t.stripe.refunds.create({ payment_intent: payment_intent as string, amount: 1001 })).rejects.toMatchObject({ statusCode: 400, param: "amount" });
  });
});

describe("Connect (Express)", () => {
  it("onboards through the account link page and emits account.updated", async () => {
    const account = await t.stripe.accounts.create({ type: "express", email: "author@example.com", metadata: { publisherId: "p1" } });
    expect(account).toMatchObject({ object: "account", type: "express", charges_enabled: false, payouts_enabled: false, details_submitted: false });
    expect(account.id).toMatch(/^acct_/);

    const link = await t.stripe.accountLinks.create({
      account: account.id,
      type: "account_onboarding",
      refresh_url: "http://127.0.0.1:3000/p/acme/settings?refresh=1",
      return_url: "http://127.0.0.1:3000/p/acme/settings?return=1",
    });
    expect(link.object).toBe("account_link");
    const page = await fetch(link.url);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<label for="business_name">Business name</label>');
    const submitted = await postForm(link.url, { business_name: "Acme Modules" });
    expect(submitted).toMatchObject({ status: 303, location: "http://127.0.0.1:3000/p/acme/settings?return=1" });

    const after = await t.stripe.accounts.retrieve(account.id);
    expect(after).toMatchObject({ charges_enabled: true, payouts_enabled: true, details_submitted: true, business_profile: { name: "Acme Modules" }, metadata: { publisherId: "p1" } });

    // A used link sends the author to refresh_url, as Stripe does.
    expect((await fetch(link.url, { redirect: "manual" })).headers.get("location")).toBe("http://127.0.0.1:3000/p/acme/settings?refresh=1");

    await t.local.waitForWebhooks();
    const updated = t.receiver.events().find((e) => e.type === "account.updated");
    expect(updated).toMatchObject({ account: account.id, data: { object: { id: account.id, charges_enabled: true }, previous_attributes: { charges_enabled: false } } });

    const login = await t.stripe.accounts.createLoginLink(account.id);
    expect((await fetch(login.url)).status).toBe(200);
  });

  it("destination charges carry the platform fee and transfer the rest; refunds can reverse both", async () => {
    const account = await onboardedAccount();
    const session = await t.stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price_data: { currency: "usd", unit_amount: 5000, product_data: { name: "Paid module" } }, quantity: 1 }],
      payment_intent_data: { application_fee_amount: 1000, transfer_data: { destination: account.id }, metadata: { moduleId: "m9" } },
      success_url: "http://127.0.0.1:3000/ok",
    });
    await payCheckout(session);
    const done = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent.latest_charge"] });
    const pi = done.payment_intent as Stripe.PaymentIntent;
    expect(pi).toMatchObject({ application_fee_amount: 1000, transfer_data: { destination: account.id }, metadata: { moduleId: "m9" } });
    const charge = pi.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ amount: 5000, application_fee_amount: 1000, transfer_data: { destination: account.id } });
    const transfer = await t.stripe.transfers.retrieve(charge.transfer as string);
    expect(transfer).toMatchObject({ amount: 4000, destination: account.id, source_transaction: charge.id });
    const fee = await t.stripe.applicationFees.retrieve(charge.application_fee as string);
    expect(fee).toMatchObject({ amount: 1000, account: account.id, originating_transaction: charge.id });
    expect((await t.stripe.transfers.list({ destination: account.id })).data.map((x) => x.id)).toEqual([transfer.id]);

    await t.stripe.refunds.create({ charge: charge.id, amount: 2500, reverse_transfer: true, refund_application_fee: true });
    expect(await t.stripe.transfers.retrieve(transfer.id)).toMatchObject({ amount_reversed: 2000, reversed: false });
    expect(await t.stripe.applicationFees.retrieve(fee.id)).toMatchObject({ amount_refunded: 500, refunded: false });
  });

  it("refuses a destination that has not finished onboarding, and a fee without a destination", async () => {
    const account = await t.stripe.accounts.create({ type: "express" });
    const base = { mode: "payment" as const, line_items: [{ price_data: { currency: "usd", unit_amount: 500, product_data: { name: "M" } }, quantity: 1 }], success_url: "http://127.0.0.1:3000/ok" };
    await expect(t.stripe.checkout.sessions.create({ ...base, payment_intent_data: { transfer_data: { destination: account.id } } })).rejects.toMatchObject({
      statusCode: 400,
      param: "payment_intent_data[transfer_data][destination]",
    });
    await expect(t.stripe.checkout.sessions.create({ ...base, payment_intent_data: { application_fee_amount: 100 } })).rejects.toMatchObject({
      statusCode: 400,
      param: "payment_intent_data[application_fee_amount]",
    });
  });
});
