// Story: a tenant subscribes to a module monthly; renewals, payment failures, cancel at period
// end (API and customer portal) and the end of the period reach the app as Stripe would send them.
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

async function subscribe(opts: { destination?: string } = {}): Promise<{ sub: Stripe.Subscription; session: Stripe.Checkout.Session }> {
  const price = await t.stripe.prices.create({
    currency: "usd",
    unit_amount: 2000,
    recurring: { interval: "month" },
    product_data: { name: "Analytics (monthly)" },
  });
  const session = await t.stripe.checkout.sessions.create({
    mode: "subscription",
    customer_email: "owner@acme.test",
    line_items: [{ price: price.id, quantity: 1 }],
    subscription_data: {
      metadata: { tenantId: "t1", moduleId: "m1" },
      ...(opts.destination ? { application_fee_percent: 20, transfer_data: { destination: opts.destination } } : {}),
    },
    success_url: "http://127.0.0.1:3000/ok?session_id={CHECKOUT_SESSION_ID}",
  });
  const paid = await payCheckout(session);
  expect(paid.status).toBe(303);
  const done = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ["subscription"] });
  return { sub: done.subscription as Stripe.Subscription, session: done };
}

const eventTypes = () => t.receiver.events().map((e) => e.type);

describe("subscription mode", () => {
  it("checkout creates an active subscription with a paid first invoice", async () => {
    const { sub, session } = await subscribe();
    expect(sub).toMatchObject({ object: "subscription", status: "active", cancel_at_period_end: false, metadata: { tenantId: "t1", moduleId: "m1" }, customer: session.customer });
    const item = sub.items.data[0] as Stripe.SubscriptionItem;
    expect(item.price.unit_amount).toBe(2000);
    expect(item.current_period_end).toBeGreaterThan(item.current_period_start);

    const invoice = await t.stripe.invoices.retrieve(session.invoice as string, { expand: ["payments"] });
    expect(invoice).toMatchObject({ status: "paid", amount_paid: 2000, billing_reason: "subscription_create", parent: { subscription_details: { subscription: sub.id } } });
    expect(invoice.hosted_invoice_url).toBe(`${t.local.url}/invoices/${invoice.id}`);
    const payment = invoice.payments?.data[0];
    expect(payment?.payment.payment_intent).toMatch(/^pi_/);
    const pi = await t.stripe.paymentIntents.retrieve(payment?.payment.payment_intent as string);
    expect(pi).toMatchObject({ status: "succeeded", amount: 2000 });
    const invoicePage = await fetch(invoice.hosted_invoice_url as string);
    expect(await invoicePage.text()).toContain('data-testid="invoice-status">paid<');

    const customer = await t.stripe.customers.retrieve(session.customer as string);
    expect(customer).toMatchObject({ email: "owner@acme.test" });

    await t.local.waitForWebhooks();
    expect(eventTypes()).toEqual(expect.arrayContaining(["customer.created", "customer.subscription.created", "invoice.created", "invoice.finalized", "invoice.paid", "checkout.session.completed"]));
  });

  it("advancing renews: new period, invoice.paid; a failure makes it past_due until the invoice is paid", async () => {
    const { sub } = await subscribe();
    const first = sub.items.data[0] as Stripe.SubscriptionItem;

    t.local.advanceSubscription(sub.id);
    let renewed = await t.stripe.subscriptions.retrieve(sub.id);
    const second = renewed.items.data[0] as Stripe.SubscriptionItem;
    expect(second.current_period_start).toBe(first.current_period_end);
    expect(renewed.status).toBe("active");
    const cycle = await t.stripe.invoices.retrieve(renewed.latest_invoice as string);
    expect(cycle).toMatchObject({ billing_reason: "subscription_cycle", status: "paid", amount_paid: 2000 });
    expect(cycle.lines.data[0]?.period).toEqual({ start: second.current_period_start, end: second.current_period_end });

    t.local.advanceSubscription(sub.id, { fail: true });
    renewed = await t.stripe.subscriptions.retrieve(sub.id);
    expect(renewed.status).toBe("past_due");
    const failed = await t.stripe.invoices.retrieve(renewed.latest_invoice as string);
    expect(failed).toMatchObject({ status: "open", attempted: true, attempt_count: 1, amount_paid: 0 });

    const paid = await t.stripe.invoices.pay(failed.id);
    expect(paid.status).toBe("paid");
    expect((await t.stripe.subscriptions.retrieve(sub.id)).status).toBe("active");

    const list = await t.stripe.invoices.list({ subscription: sub.id });
    expect(list.data.map((i) => i.status)).toEqual(["paid", "paid", "paid"]);

    await t.local.waitForWebhooks();
    const types = eventTypes();
    expect(types.filter((x) => x === "invoice.paid")).toHaveLength(3);
    expect(types.filter((x) => x === "invoice.payment_failed")).toHaveLength(1);
    const statuses = t.receiver
      .events()
      .filter((e) => e.type === "customer.subscription.updated")
      .map((e) => (e.data.object).status);
    expect(statuses).toContain("past_due");
    expect(statuses.at(-1)).toBe("active");
  });

  it("cancel at period end, then the period ends: updated, then deleted", async () => {
    const { sub } = await subscribe();
    const updated = await t.stripe.subscriptions.update(sub.id, { cancel_at_period_end: true });
    expect(updated).toMatchObject({ status: "active", cancel_at_period_end: true, cancel_at: sub.items.data[0]?.current_period_end });
    expect(updated.canceled_at).not.toBeNull();

    t.local.endSubscriptionPeriod(sub.id);
    const ended = await t.stripe.subscriptions.retrieve(sub.id);
    expect(ended.status).toBe("canceled");
    expect(ended.ended_at).not.toBeNull();
    expect((await t.stripe.subscriptions.list({ customer: sub.customer as string })).data).toHaveLength(0);
    expect((await t.stripe.subscriptions.list({ customer: sub.customer as string, status: "all" })).data).toHaveLength(1);
    await expect(t.stripe.subscriptions.update(sub.id, { cancel_at_period_end: false })).rejects.toMatchObject({ statusCode: 400 });

    await t.local.waitForWebhooks();
    const mine = t.receiver.events().filter((e) => (e.data.object as { id?: string }).id === sub.id);
    const updatedEvent = mine.find((e) => e.type === "customer.subscription.updated");
    expect(updatedEvent?.data.previous_attributes).toMatchObject({ cancel_at_period_end: false });
    expect(mine.at(-1)?.type).toBe("customer.subscription.deleted");
  });

  it("advancing a subscription set to cancel ends it instead of renewing", async () => {
    const { sub } = await subscribe();
    await t.stripe.subscriptions.update(sub.id, { cancel_at_period_end: true });
    t.local.advanceSubscription(sub.id);
    expect((await t.stripe.subscriptions.retrieve(sub.id)).status).toBe("canceled");
    expect((await t.stripe.invoices.list({ subscription: sub.id })).data).toHaveLength(1);
  });

  it("DELETE cancels immediately", async () => {
    const { sub } = await subscribe();
    const canceled = await t.stripe.subscriptions.cancel(sub.id);
    expect(canceled).toMatchObject({ status: "canceled", cancellation_details: { reason: "cancellation_requested" } });
    await t.local.waitForWebhooks();
    expect(eventTypes()).toContain("customer.subscription.deleted");
  });

  it("the customer portal cancels at period end and returns to the app", async () => {
    const { sub } = await subscribe();
    const portal = await t.stripe.billingPortal.sessions.create({ customer: sub.customer as string, return_url: "http://127.0.0.1:3000/t/acme/billing" });
    expect(portal).toMatchObject({ object: "billing_portal.session", customer: sub.customer });
    const page = await (await fetch(portal.url)).text();
    expect(page).toContain("Analytics (monthly)");
    expect(page).toContain('<button type="submit" class="secondary">Cancel subscription</button>');
    expect(page).toContain('href="http://127.0.0.1:3000/t/acme/billing"');

    const res = await postForm(`${t.local.url}/billing_portal/${portal.id}/subscriptions/${sub.id}/cancel`);
    expect(res).toMatchObject({ status: 303, location: `/billing_portal/${portal.id}` });
    expect(await t.stripe.subscriptions.retrieve(sub.id)).toMatchObject({ status: "active", cancel_at_period_end: true });
    expect(await (await fetch(portal.url)).text()).toContain(">Don't cancel</button>");

    await postForm(`${t.local.url}/billing_portal/${portal.id}/subscriptions/${sub.id}/renew`);
    expect(await t.stripe.subscriptions.retrieve(sub.id)).toMatchObject({ cancel_at_period_end: false, cancel_at: null });
  });

  it("a subscription on a connected account takes application_fee_percent of each invoice", async () => {
    const account = await t.stripe.accounts.create({ type: "express" });
    t.local.completeOnboarding(account.id);
    const { sub, session } = await subscribe({ destination: account.id });
    expect(sub).toMatchObject({ application_fee_percent: 20, transfer_data: { destination: account.id } });
    const invoice = await t.stripe.invoices.retrieve(session.invoice as string, { expand: ["payments.data.payment.payment_intent.latest_charge"] });
    const pi = invoice.payments?.data[0]?.payment.payment_intent as Stripe.PaymentIntent;
    const charge = pi.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ amount: 2000, application_fee_amount: 400 });
    expect(await t.stripe.transfers.retrieve(charge.transfer as string)).toMatchObject({ amount: 1600, destination: account.id });
  });

  it("checkout refuses subscription mode without a recurring price", async () => {
    await expect(
      t.stripe.checkout.sessions.create({
        mode: "subscription",
        line_items: [{ price_data: { currency: "usd", unit_amount: 100, product_data: { name: "One-off" } }, quantity: 1 }],
        success_url: "http://127.0.0.1:3000/ok",
      }),
    ).rejects.toMatchObject({ statusCode: 400, param: "line_items" });
  });
});
