// The hosted pages Stripe would serve, on loopback: Checkout, the customer portal, Connect
// onboarding and the Express dashboard, hosted invoices and receipts. Plain server-rendered HTML
// with labelled fields and real buttons, so people and Playwright can drive them.
import type { Engine } from "./engine";
import type { CheckoutLineItem, Invoice, Price, Subscription } from "./objects";
import { escapeHtml as h, formatAmount } from "./util";

export type PageResult = { status: number; html: string } | { redirect: string };

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; background: #f6f8fa; color: #1a1f36; }
  main { max-width: 40rem; margin: 2rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 3px #0002; }
  .test { background: #fff3cd; color: #664d03; padding: .25rem .5rem; border-radius: 4px; font-size: .85rem; display: inline-block; }
  table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
  th, td { text-align: left; padding: .4rem .25rem; border-bottom: 1px solid #e3e8ee; }
  td.num, th.num { text-align: right; }
  caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; padding: .5rem; font-size: 1rem; margin-top: .25rem; }
  button { margin-top: 1rem; padding: .6rem 1.2rem; font-size: 1rem; border-radius: 6px; border: 1px solid #635bff; background: #635bff; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #635bff; }
  [role=alert] { background: #fde8e8; color: #8a1c1c; padding: .5rem; border-radius: 4px; }
  .hint { color: #697386; font-size: .85rem; }
  form.inline { display: inline; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${h(title)}</title><style>${STYLE}</style></head>
<body><main>
<p class="test">Test mode · local Stripe-compatible server · no real money moves</p>
${body}
</main></body>
</html>`;
}

const html = (status: number, title: string, body: string): PageResult => ({ status, html: layout(title, body) });
const notFound = (what: string) => html(404, "Not found", `<h1>Not found</h1><p>No such ${h(what)}.</p>`);

function date(unix: number | null): string {
  if (unix === null) return "—";
  return new Date(unix * 1000).toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
}

function every(price: Price): string {
  const r = price.recurring;
  if (!r) return "";
  return r.interval_count === 1 ? ` / ${r.interval}` : ` every ${r.interval_count} ${r.interval}s`;
}

function productName(engine: Engine, price: Price): string {
  return engine.store.state.products[price.product]?.name ?? price.product;
}

// --- Checkout ----------------------------------------------------------------------------------

function checkoutPage(engine: Engine, id: string, error?: string, form?: { email: string; card: string; name: string }): PageResult {
  const session = engine.store.state.checkoutSessions[id];
  if (!session) return notFound("Checkout Session");
  engine.refreshSession(session);
  if (session.status === "complete") {
    const next = session.success_url?.replaceAll("{CHECKOUT_SESSION_ID}", session.id);
    return html(200, "Payment complete", `<h1>Payment complete</h1><p>This Checkout Session is already paid.</p>${next ? `<p><a href="${h(next)}">Continue</a></p>` : ""}`);
  }
  if (session.status === "expired") {
    return html(410, "Session expired", `<h1>This checkout session has expired</h1>${session.cancel_url ? `<p><a href="${h(session.cancel_url)}">Return to the site</a></p>` : ""}`);
  }
  const items = engine.lineItemsOf(id);
  const recurring = items.find((li) => li.price.recurring);
  const rows = items
    .map(
      (li: CheckoutLineItem) =>
        `<tr><td>${h(li.description ?? productName(engine, li.price))}</td><td class="num">${li.quantity}</td><td class="num">${h(formatAmount(li.price.unit_amount, li.currency))}${h(every(li.price))}</td><td class="num">${h(formatAmount(li.amount_total, li.currency))}</td></tr>`,
    )
    .join("");
  const total = formatAmount(session.amount_total, session.currency);
  const fixedEmail = engine.checkoutFixedEmail(session);
  const email = fixedEmail ?? form?.email ?? "customer@example.com";
  const card = form?.card ?? "4242 4242 4242 4242";
  const name = form?.name ?? "";
  const body = `
<h1>${session.mode === "subscription" ? "Subscribe" : "Pay"}</h1>
<table>
  <caption>Order summary</caption>
  <thead><tr><th scope="col">Item</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Price</th><th scope="col" class="num">Amount</th></tr></thead>
  <tbody>${rows}</tbody>
  <tfoot><tr><th scope="row" colspan="3">Total due today</th><td class="num" data-testid="total">${h(total)}</td></tr></tfoot>
</table>
${recurring ? `<p>Then ${h(formatAmount(items.filter((li) => li.price.recurring).reduce((s, li) => s + li.amount_total, 0), session.currency))}${h(every(recurring.price))}, until you cancel.</p>` : ""}
${error ? `<p role="alert">${h(error)}</p>` : ""}
<form method="post" action="/checkout/${h(id)}/pay">
  <label for="email">Email</label>
  <input id="email" name="email" type="email" autocomplete="email" required value="${h(email)}"${fixedEmail ? " readonly" : ""}>
  <label for="card_number">Card number</label>
  <input id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number" aria-describedby="card-hint" value="${h(card)}">
  <p id="card-hint" class="hint">Test cards: 4242 4242 4242 4242 succeeds; 4000 0000 0000 0002 is declined; 4000 0000 0000 9995 has insufficient funds.</p>
  <label for="cardholder_name">Name on card</label>
  <input id="cardholder_name" name="cardholder_name" autocomplete="cc-name" value="${h(name)}">
  <button type="submit">Pay ${h(total)}</button>
</form>
<form method="post" action="/checkout/${h(id)}/cancel">
  <button type="submit" class="secondary">Cancel</button>
</form>`;
  return html(error ? 402 : 200, `Checkout · ${total}`, body);
}

function checkoutPay(engine: Engine, id: string, form: URLSearchParams): PageResult {
  if (!engine.store.state.checkoutSessions[id]) return notFound("Checkout Session");
  const input = { email: form.get("email") ?? "", cardNumber: form.get("card_number") ?? "4242424242424242", name: form.get("cardholder_name") ?? "" };
  const result = engine.payCheckoutSession(id, input);
  if ("error" in result) return checkoutPage(engine, id, result.error, { email: input.email, card: input.cardNumber, name: input.name });
  if (result.redirect) return { redirect: result.redirect };
  return html(200, "Payment complete", `<h1>Payment complete</h1><p>Thank you. You can close this page.</p>`);
}

function checkoutCancel(engine: Engine, id: string): PageResult {
  const session = engine.store.state.checkoutSessions[id];
  if (!session) return notFound("Checkout Session");
  // As on Stripe, leaving the page does not expire the session.
  if (session.cancel_url) return { redirect: session.cancel_url };
  return html(200, "Canceled", `<h1>Payment canceled</h1><p>No payment was made.</p>`);
}

// --- Customer portal -----------------------------------------------------------------------------

function subscriptionSummary(engine: Engine, sub: Subscription): string {
  const item = sub.items.data[0];
  const names = sub.items.data.map((i) => productName(engine, i.price)).join(", ");
  const amount = sub.items.data.reduce((s, i) => s + i.price.unit_amount * i.quantity, 0);
  const when = item ? item.current_period_end : null;
  const state =
    sub.status === "canceled"
      ? `Canceled ${date(sub.ended_at)}`
      : sub.cancel_at_period_end
        ? `Cancels ${date(sub.cancel_at)}`
        : sub.status === "past_due"
          ? `Past due — renews ${date(when)}`
          : `Renews ${date(when)}`;
  return `${h(names)} — ${h(formatAmount(amount, sub.currency))}${item ? h(every(item.price)) : ""} · <span data-testid="subscription-status">${h(state)}</span>`;
}

function portalPage(engine: Engine, id: string): PageResult {
  const session = engine.portalSession(id);
  if (!session) return notFound("portal session");
  const customer = engine.store.state.customers[session.customer];
  const subs = engine.all(engine.store.state.subscriptions, (s) => s.customer === session.customer);
  const invoices = engine.all(engine.store.state.invoices, (i) => i.customer === session.customer && i.status !== "draft");
  const subItems = subs
    .map((sub) => {
      let action = "";
      if (sub.status !== "canceled") {
        action = sub.cancel_at_period_end
          ? `<form class="inline" method="post" action="/billing_portal/${h(id)}/subscriptions/${h(sub.id)}/renew"><button type="submit">Don't cancel</button></form>`
          : `<form class="inline" method="post" action="/billing_portal/${h(id)}/subscriptions/${h(sub.id)}/cancel"><button type="submit" class="secondary">Cancel subscription</button></form>`;
      }
      return `<li data-subscription="${h(sub.id)}"><p>${subscriptionSummary(engine, sub)}</p>${action}</li>`;
    })
    .join("");
  const invoiceRows = invoices
    .map(
      (inv: Invoice) =>
        `<tr><td>${h(date(inv.created))}</td><td>${h(inv.number ?? inv.id)}</td><td class="num">${h(formatAmount(inv.total, inv.currency))}</td><td>${h(inv.status)}</td><td><a href="${h(inv.hosted_invoice_url)}">View invoice ${h(inv.number ?? "")}</a></td></tr>`,
    )
    .join("");
  const body = `
<h1>Manage billing</h1>
<p>${h(customer?.email ?? customer?.name ?? session.customer)}</p>
<h2>Subscriptions</h2>
${subs.length > 0 ? `<ul>${subItems}</ul>` : "<p>No subscriptions.</p>"}
<h2>Invoices</h2>
${invoices.length > 0 ? `<table><caption>Invoice history</caption><thead><tr><th scope="col">Date</th><th scope="col">Number</th><th scope="col" class="num">Amount</th><th scope="col">Status</th><th scope="col">Link</th></tr></thead><tbody>${invoiceRows}</tbody></table>` : "<p>No invoices.</p>"}
${session.return_url ? `<p><a href="${h(session.return_url)}">Return to the site</a></p>` : ""}`;
  return html(200, "Manage billing", body);
}

// --- Connect -------------------------------------------------------------------------------------

function onboardingPage(engine: Engine, token: string): PageResult {
  const link = engine.accountLink(token);
  if (!link) return notFound("account link");
  if (link.used || link.expires_at < Math.floor(Date.now() / 1000)) return { redirect: link.refresh_url };
  const account = engine.store.state.accounts[link.account];
  if (!account) return notFound("account");
  const body = `
<h1>Set up payouts</h1>
<p>Account <code>${h(account.id)}</code>${account.email ? ` (${h(account.email)})` : ""}. Stripe would ask for identity and bank details here; this local page fills in test data.</p>
<form method="post" action="/connect/onboarding/${h(token)}">
  <label for="business_name">Business name</label>
  <input id="business_name" name="business_name" value="${h(account.business_profile.name ?? "")}">
  <label for="bank_account">Bank account (test)</label>
  <input id="bank_account" name="bank_account" value="000123456789" readonly>
  <button type="submit">Agree and submit</button>
</form>
<p><a href="${h(link.return_url)}">Return without finishing</a></p>`;
  return html(200, "Set up payouts", body);
}

function onboardingSubmit(engine: Engine, token: string, form: URLSearchParams): PageResult {
  const link = engine.consumeAccountLink(token);
  if (!link) return notFound("account link");
  if ("expired" in link) return { redirect: link.expired.refresh_url };
  engine.completeOnboarding(link.account, { businessName: form.get("business_name") ?? undefined });
  return { redirect: link.return_url };
}

function dashboardPage(engine: Engine, accountId: string): PageResult {
  const account = engine.store.state.accounts[accountId];
  if (!account) return notFound("account");
  const transfers = engine.all(engine.store.state.transfers, (t) => t.destination === accountId);
  const rows = transfers
    .map(
      (t) =>
        `<tr><td>${h(date(t.created))}</td><td>${h(t.source_transaction)}</td><td class="num">${h(formatAmount(t.amount, t.currency))}</td><td class="num">${h(formatAmount(t.amount_reversed, t.currency))}</td></tr>`,
    )
    .join("");
  const body = `
<h1>${h(account.business_profile.name ?? account.id)}</h1>
<p>Payouts ${account.payouts_enabled ? "enabled" : "not enabled"}.</p>
<table><caption>Transfers received</caption><thead><tr><th scope="col">Date</th><th scope="col">Charge</th><th scope="col" class="num">Amount</th><th scope="col" class="num">Reversed</th></tr></thead><tbody>${rows}</tbody></table>`;
  return html(200, "Express dashboard", body);
}

// --- Invoices and receipts -----------------------------------------------------------------------

function invoicePage(engine: Engine, id: string, error?: string): PageResult {
  const invoice = engine.store.state.invoices[id];
  if (!invoice || invoice.status === "draft") return notFound("invoice");
  const rows = invoice.lines.data
    .map((l) => `<tr><td>${h(l.description)}</td><td>${h(date(l.period.start))} – ${h(date(l.period.end))}</td><td class="num">${h(formatAmount(l.amount, l.currency))}</td></tr>`)
    .join("");
  const body = `
<h1>Invoice ${h(invoice.number ?? invoice.id)}</h1>
<p>${h(invoice.account_name)} · billed to ${h(invoice.customer_email ?? invoice.customer)}</p>
<p>Status: <strong data-testid="invoice-status">${h(invoice.status)}</strong>${invoice.status_transitions.paid_at ? ` · paid ${h(date(invoice.status_transitions.paid_at))}` : ""}</p>
<table><caption>Items</caption><thead><tr><th scope="col">Description</th><th scope="col">Period</th><th scope="col" class="num">Amount</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row" colspan="2">Total</th><td class="num">${h(formatAmount(invoice.total, invoice.currency))}</td></tr>
<tr><th scope="row" colspan="2">Amount paid</th><td class="num">${h(formatAmount(invoice.amount_paid, invoice.currency))}</td></tr>
<tr><th scope="row" colspan="2">Amount due</th><td class="num">${h(formatAmount(invoice.amount_remaining, invoice.currency))}</td></tr></tfoot></table>
${error ? `<p role="alert">${h(error)}</p>` : ""}
${invoice.status === "open" ? `<form method="post" action="/invoices/${h(id)}/pay"><button type="submit">Pay ${h(formatAmount(invoice.amount_remaining, invoice.currency))}</button></form>` : ""}`;
  return html(200, `Invoice ${invoice.number ?? invoice.id}`, body);
}

function invoicePay(engine: Engine, id: string): PageResult {
  const invoice = engine.store.state.invoices[id];
  if (!invoice) return notFound("invoice");
  if (invoice.status === "open") engine.payInvoice(id);
  return { redirect: `/invoices/${id}` };
}

function receiptPage(engine: Engine, id: string): PageResult {
  const charge = engine.store.state.charges[id];
  if (!charge) return notFound("receipt");
  const card = charge.payment_method_details.card;
  const body = `
<h1>Receipt</h1>
<table><caption>Payment</caption><tbody>
<tr><th scope="row">Amount paid</th><td class="num">${h(formatAmount(charge.amount, charge.currency))}</td></tr>
<tr><th scope="row">Date</th><td class="num">${h(date(charge.created))}</td></tr>
<tr><th scope="row">Payment method</th><td class="num">${h(card.brand)} •••• ${h(card.last4)}</td></tr>
<tr><th scope="row">Status</th><td class="num">${h(charge.status)}</td></tr>
${charge.amount_refunded > 0 ? `<tr><th scope="row">Refunded</th><td class="num">${h(formatAmount(charge.amount_refunded, charge.currency))}</td></tr>` : ""}
</tbody></table>`;
  return html(200, "Receipt", body);
}

function indexPage(): PageResult {
  return html(
    200,
    "stripe-local",
    `<h1>stripe-local</h1><p>A local Stripe-compatible API for the ADX Module Marketplace demo and tests. Point the <code>stripe</code> SDK here with <code>host</code>, <code>port</code> and <code>protocol: "http"</code>. See <code>docs/stripe-local.md</code>.</p>`,
  );
}

/** Routes a browser request; undefined when the path is not one of the hosted pages. */
export function handlePage(engine: Engine, method: string, pathname: string, form: URLSearchParams): PageResult | undefined {
  const parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const [a, b, c, d, e] = parts;
  if (method === "GET" && parts.length === 0) return indexPage();
  if (a === "checkout" && b) {
    if (method === "GET" && !c) return checkoutPage(engine, b);
    if (method === "POST" && c === "pay" && !d) return checkoutPay(engine, b, form);
    if (method === "POST" && c === "cancel" && !d) return checkoutCancel(engine, b);
  }
  if (a === "billing_portal" && b) {
    if (method === "GET" && !c) return portalPage(engine, b);
    if (method === "POST" && c === "subscriptions" && d && (e === "cancel" || e === "renew") && parts.length === 5) {
      engine.portalSetCancelAtPeriodEnd(b, d, e === "cancel");
      return { redirect: `/billing_portal/${b}` };
    }
  }
  if (a === "connect" && b === "onboarding" && c && !d) {
    if (method === "GET") return onboardingPage(engine, c);
    if (method === "POST") return onboardingSubmit(engine, c, form);
  }
  if (a === "connect" && b === "dashboard" && c && !d && method === "GET") return dashboardPage(engine, c);
  if (a === "invoices" && b) {
    if (method === "GET" && !c) return invoicePage(engine, b);
    if (method === "POST" && c === "pay" && !d) return invoicePay(engine, b);
  }
  if (a === "receipts" && b && !c && method === "GET") return receiptPage(engine, b);
  return undefined;
}
