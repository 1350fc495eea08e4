// The Stripe behaviour the local server implements: every API operation, the hosted checkout,
// portal and onboarding flows, and the test helpers. Operations are synchronous (the state is
// in memory), record an Event for each state change, and hand it to the webhook dispatcher.
import type Stripe from "stripe";
import { invalidParam, invalidRequest, missingParam, noSuch, StripeLocalError } from "./errors";
import { mergeMetadata, type Params } from "./form";
import type {
  Account,
  AccountLinkRecord,
  ApplicationFee,
  CardDetails,
  Charge,
  CheckoutLineItem,
  CheckoutPlan,
  CheckoutSession,
  Customer,
  CustomerDetails,
  Event,
  Invoice,
  InvoiceLineItem,
  InvoicePayment,
  Metadata,
  PaymentError,
  PaymentIntent,
  PaymentMethod,
  Plan,
  PortalSession,
  Price,
  Product,
  Recurring,
  Refund,
  StoredObject,
  Subscription,
  SubscriptionItem,
  Transfer,
} from "./objects";
import type { Store } from "./store";
import { addInterval, deepClone, newId, nowSeconds } from "./util";

export const DEFAULT_API_VERSION = "2026-10-28.endive";
/** The platform's Connect application id, as `application` on application fees. */
const PLATFORM_APPLICATION = "ca_localplatform";

export type RequestInfo = { id: string | null; idempotencyKey: string | null };

export type EngineOptions = {
  store: Store;
  apiVersion: string;
  businessName: string;
  /** Called with every new event; the dispatcher queues it for webhook delivery. */
  onEvent: (event: Event) => void;
  /** How many webhook endpoints will receive events (Event.pending_webhooks). */
  endpointCount: () => number;
};

// ---------------------------------------------------------------------------------------------
// Test cards (https://docs.stripe.com/testing#cards): anything else that passes Luhn succeeds.

export type CardOutcome = { ok: true } | { ok: false; code: string; declineCode?: string; message: string };

const DECLINING_CARDS: Record<string, { code: string; declineCode?: string; message: string }> = {
  "4000000000000002": { code: "card_declined", declineCode: "generic_decline", message: "Your card was declined." },
  "4000000000009995": { code: "card_declined", declineCode: "insufficient_funds", message: "Your card has insufficient funds." },
  "4000000000009987": { code: "card_declined", declineCode: "lost_card", message: "Your card was declined." },
  "4000000000000069": { code: "expired_card", message: "Your card has expired." },
  "4000000000000127": { code: "incorrect_cvc", message: "Your card's security code is incorrect." },
};

function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export type CardInput = { card: CardDetails; outcome: CardOutcome };

/** Reads a test card number; returns the card and what charging it will do, or why it is unusable. */
export function readCard(raw: string): CardInput | { error: string } {
  const digits = raw.replace(/[\s-]/g, "");
  if (digits === "") return { error: "Your card number is incomplete." };
  if (!/^\d{12,19}$/.test(digits) || !luhnOk(digits)) return { error: "Your card number is invalid." };
  const brand = digits.startsWith("4") ? "visa" : /^5[1-5]|^2[2-7]/.test(digits) ? "mastercard" : /^3[47]/.test(digits) ? "amex" : "unknown";
  const decline = DECLINING_CARDS[digits];
  const card: CardDetails = {
    brand,
    country: "US",
    exp_month: 12,
    exp_year: new Date().getUTCFullYear() + 3,
    fingerprint: `fp${digits.slice(-8)}`,
    funding: "credit",
    last4: digits.slice(-4),
  };
  return { card, outcome: decline ? { ok: false, ...decline } : { ok: true } };
}

// ---------------------------------------------------------------------------------------------

type ListFilter<T> = (item: T) => boolean;

function previousAttributes(before: object, after: object): Record<string, unknown> | undefined {
  const prev: Record<string, unknown> = {};
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of Object.keys(a)) {
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) prev[key] = b[key] ?? null;
  }
  return Object.keys(prev).length > 0 ? prev : undefined;
}

export class Engine {
  readonly store: Store;
  origin = "http://127.0.0.1";
  /** The API request being served; null for changes made on the hosted pages or by test helpers. */
  request: RequestInfo = { id: null, idempotencyKey: null };
  private readonly opts: EngineOptions;

  constructor(opts: EngineOptions) {
    this.opts = opts;
    this.store = opts.store;
  }

  private get s() {
    return this.store.state;
  }

  // --- events ---------------------------------------------------------------------------------

  emit(type: Stripe.Event.Type, object: StoredObject, extra: { previous?: Record<string, unknown>; account?: string } = {}): Event {
    const event: Event = {
      id: newId("evt"),
      object: "event",
      ...(extra.account ? { account: extra.account } : {}),
      api_version: this.opts.apiVersion,
      created: nowSeconds(),
      data: { object: deepClone(object), ...(extra.previous ? { previous_attributes: extra.previous } : {}) },
      livemode: false,
      pending_webhooks: this.opts.endpointCount(),
      request: { id: this.request.id, idempotency_key: this.request.idempotencyKey },
      type,
    };
    this.s.events[event.id] = event;
    this.store.touch();
    this.opts.onEvent(event);
    return event;
  }

  /** Runs `mutate` on `obj` and emits `type` with the changed fields as previous_attributes. */
  private update<T extends StoredObject>(obj: T, type: Stripe.Event.Type | null, mutate: (o: T) => void, account?: string): T {
    const before = deepClone(obj);
    mutate(obj);
    const previous = previousAttributes(before, obj);
    if (type && previous) this.emit(type, obj, { previous, account });
    return obj;
  }

  // --- lookups --------------------------------------------------------------------------------

  private find<T>(collection: Record<string, T>, kind: string, id: string, param = "id"): T {
    const found = collection[id];
    if (!found) throw noSuch(kind, id, param);
    return found;
  }

  customer(id: string, param?: string): Customer {
    return this.find(this.s.customers, "customer", id, param);
  }
  product(id: string, param?: string): Product {
    return this.find(this.s.products, "product", id, param);
  }
  price(id: string, param?: string): Price {
    return this.find(this.s.prices, "price", id, param);
  }
  checkoutSession(id: string): CheckoutSession {
    return this.find(this.s.checkoutSessions, "checkout.session", id);
  }
  paymentIntent(id: string, param?: string): PaymentIntent {
    return this.find(this.s.paymentIntents, "payment_intent", id, param);
  }
  paymentMethod(id: string): PaymentMethod {
    return this.find(this.s.paymentMethods, "payment method", id);
  }
  charge(id: string, param?: string): Charge {
    return this.find(this.s.charges, "charge", id, param);
  }
  refund(id: string): Refund {
    return this.find(this.s.refunds, "refund", id);
  }
  subscription(id: string, param?: string): Subscription {
    return this.find(this.s.subscriptions, "subscription", id, param);
  }
  invoice(id: string): Invoice {
    return this.find(this.s.invoices, "invoice", id);
  }
  invoicePayment(id: string): InvoicePayment {
    return this.find(this.s.invoicePayments, "invoice payment", id);
  }
  account(id: string, param?: string): Account {
    return this.find(this.s.accounts, "account", id, param);
  }
  transfer(id: string): Transfer {
    return this.find(this.s.transfers, "transfer", id);
  }
  applicationFee(id: string): ApplicationFee {
    return this.find(this.s.applicationFees, "application fee", id);
  }
  event(id: string): Event {
    return this.find(this.s.events, "event", id);
  }
  portalSession(id: string): PortalSession | undefined {
    return this.s.portalSessions[id];
  }
  accountLink(token: string): AccountLinkRecord | undefined {
    return this.s.accountLinks[token];
  }
  lineItemsOf(sessionId: string): CheckoutLineItem[] {
    return this.s.checkoutPlans[sessionId]?.line_items ?? [];
  }

  /** A collection's objects newest first, as Stripe lists them. */
  all<T extends { created?: number }>(collection: Record<string, T>, filter: ListFilter<T> = () => true): T[] {
    return Object.values(collection).filter(filter).reverse();
  }

  // --- customers ------------------------------------------------------------------------------

  createCustomer(p: Params): Customer {
    const customer = this.newCustomer({
      email: p.str("email") ?? null,
      name: p.str("name") ?? null,
      description: p.str("description") ?? null,
      phone: p.str("phone") ?? null,
      metadata: p.metadata() ?? {},
    });
    const pm = p.obj("invoice_settings")?.str("default_payment_method");
    if (pm) customer.invoice_settings.default_payment_method = this.paymentMethod(pm).id;
    return customer;
  }

  private newCustomer(fields: Pick<Customer, "email" | "name" | "description" | "phone" | "metadata">): Customer {
    const id = newId("cus", 14);
    const customer: Customer = {
      id,
      object: "customer",
      address: null,
      balance: 0,
      created: nowSeconds(),
      currency: null,
      default_source: null,
      delinquent: false,
      description: fields.description,
      email: fields.email,
      invoice_prefix: id.slice(4, 12).toUpperCase(),
      invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
      livemode: false,
      metadata: fields.metadata,
      name: fields.name,
      next_invoice_sequence: 1,
      phone: fields.phone,
      preferred_locales: [],
      shipping: null,
      tax_exempt: "none",
      test_clock: null,
    };
    this.s.customers[id] = customer;
    this.emit("customer.created", customer);
    return customer;
  }

  updateCustomer(id: string, p: Params): Customer {
    const customer = this.customer(id);
    return this.update(customer, "customer.updated", (c) => {
      if (p.has("email")) c.email = p.str("email") || null;
      if (p.has("name")) c.name = p.str("name") || null;
      if (p.has("description")) c.description = p.str("description") || null;
      if (p.has("phone")) c.phone = p.str("phone") || null;
      c.metadata = mergeMetadata(c.metadata, p.metadata(), p.isEmpty("metadata"));
      const settings = p.obj("invoice_settings");
      if (settings?.has("default_payment_method")) {
        const pm = settings.str("default_payment_method");
        c.invoice_settings.default_payment_method = pm ? this.paymentMethod(pm).id : null;
      }
    });
  }

  deleteCustomer(id: string): { id: string; object: "customer"; deleted: true } {
    const customer = this.customer(id);
    for (const sub of Object.values(this.s.subscriptions)) {
      if (sub.customer === id && sub.status !== "canceled") this.endSubscription(sub, "cancellation_requested");
    }
    delete this.s.customers[id];
    this.emit("customer.deleted", customer);
    return { id, object: "customer", deleted: true };
  }

  // --- products and prices --------------------------------------------------------------------

  createProduct(p: Params): Product {
    const id = p.str("id") ?? newId("prod", 14);
    if (this.s.products[id]) throw invalidRequest(`Product already exists.`, { param: "id", code: "resource_already_exists" });
    const product = this.newProduct(id, p);
    const defaultPrice = p.obj("default_price_data");
    if (defaultPrice) {
      const price = this.newPrice(defaultPrice, product.id, true);
      product.default_price = price.id;
    }
    return product;
  }

  private newProduct(id: string, p: Params): Product {
    const now = nowSeconds();
    const product: Product = {
      id,
      object: "product",
      active: p.bool("active") ?? true,
      created: now,
      default_price: null,
      description: p.str("description") || null,
      images: p.strList("images"),
      livemode: false,
      marketing_features: [],
      metadata: p.metadata() ?? {},
      name: p.reqStr("name"),
      package_dimensions: null,
      shippable: null,
      statement_descriptor: null,
      tax_code: null,
      tax_details: null,
      type: "service",
      unit_label: null,
      updated: now,
      url: p.str("url") || null,
    };
    this.s.products[id] = product;
    this.emit("product.created", product);
    return product;
  }

  updateProduct(id: string, p: Params): Product {
    return this.update(this.product(id), "product.updated", (prod) => {
      if (p.has("name")) prod.name = p.reqStr("name");
      if (p.has("description")) prod.description = p.str("description") || null;
      if (p.has("active")) prod.active = p.bool("active") ?? prod.active;
      if (p.has("default_price")) prod.default_price = p.str("default_price") ? this.price(p.reqStr("default_price"), "default_price").id : null;
      prod.metadata = mergeMetadata(prod.metadata, p.metadata(), p.isEmpty("metadata"));
      prod.updated = nowSeconds();
    });
  }

  createPrice(p: Params): Price {
    const productId = p.str("product");
    const productData = p.obj("product_data");
    if (!productId && !productData) throw missingParam("product");
    const product = productId ? this.product(productId, "product") : this.newProduct(newId("prod", 14), productData as Params);
    return this.newPrice(p, product.id, p.bool("active") ?? true);
  }

  /** A price from `price_data`-style params (also used inline by Checkout, where it is inactive). */
  private newPrice(p: Params, productId: string, active: boolean): Price {
    const currency = p.reqStr("currency").toLowerCase();
    if (!/^[a-z]{3}$/.test(currency)) throw invalidParam(p.name("currency"), `Invalid currency: ${currency}`);
    let unitAmount = p.int("unit_amount");
    if (unitAmount === undefined) {
      const decimal = p.num("unit_amount_decimal");
      if (decimal === undefined) throw missingParam(p.name("unit_amount"));
      unitAmount = Math.round(decimal);
    }
    if (unitAmount < 0) throw invalidParam(p.name("unit_amount"), "This value must be greater than or equal to 0.");
    const r = p.obj("recurring");
    let recurring: Recurring | null = null;
    if (r) {
      const interval = r.oneOf("interval", ["day", "week", "month", "year"] as const);
      if (!interval) throw missingParam(r.name("interval"));
      recurring = { interval, interval_count: r.int("interval_count") ?? 1, meter: null, trial_period_days: null, usage_type: "licensed" };
    }
    const lookupKey = p.str("lookup_key") || null;
    if (lookupKey && p.bool("transfer_lookup_key") !== true) {
      const taken = Object.values(this.s.prices).find((x) => x.lookup_key === lookupKey);
      if (taken) throw invalidRequest(`A price (\`${taken.id}\`) already uses that lookup key.`, { param: "lookup_key" });
    } else if (lookupKey) {
      for (const x of Object.values(this.s.prices)) if (x.lookup_key === lookupKey) x.lookup_key = null;
    }
    const price: Price = {
      id: newId("price"),
      object: "price",
      active,
      billing_scheme: "per_unit",
      created: nowSeconds(),
      currency,
      custom_unit_amount: null,
      livemode: false,
      lookup_key: lookupKey,
      metadata: p.metadata() ?? {},
      nickname: p.str("nickname") || null,
      product: productId,
      recurring,
      tax_behavior: "unspecified",
      tiers_mode: null,
      transform_quantity: null,
      type: recurring ? "recurring" : "one_time",
      unit_amount: unitAmount,
      unit_amount_decimal: String(unitAmount),
    };
    this.s.prices[price.id] = price;
    this.emit("price.created", price);
    return price;
  }

  updatePrice(id: string, p: Params): Price {
    return this.update(this.price(id), "price.updated", (price) => {
      if (p.has("active")) price.active = p.bool("active") ?? price.active;
      if (p.has("nickname")) price.nickname = p.str("nickname") || null;
      if (p.has("lookup_key")) price.lookup_key = p.str("lookup_key") || null;
      price.metadata = mergeMetadata(price.metadata, p.metadata(), p.isEmpty("metadata"));
    });
  }

  // --- Checkout -------------------------------------------------------------------------------

  createCheckoutSession(p: Params): CheckoutSession {
    const mode = p.oneOf("mode", ["payment", "subscription", "setup"] as const);
    if (!mode) throw missingParam("mode");
    if (mode === "setup") throw invalidParam("mode", "stripe-local implements Checkout in `payment` and `subscription` mode only.");
    const customerId = p.str("customer");
    const customer = customerId ? this.customer(customerId, "customer") : null;
    const customerEmail = p.str("customer_email") || null;
    if (customer && customerEmail) throw invalidRequest("You may only specify one of these parameters: customer, customer_email.", { param: "customer_email", code: "parameters_exclusive" });
    const successUrl = p.str("success_url") || null;
    const cancelUrl = p.str("cancel_url") || null;
    for (const [name, url] of [["success_url", successUrl], ["cancel_url", cancelUrl]] as const) {
      if (url && !/^https?:\/\//.test(url)) throw invalidParam(name, `Not a valid URL`, "url_invalid");
    }

    const items = p.list("line_items");
    if (items.length === 0) throw missingParam("line_items");
    const lineItems: CheckoutLineItem[] = items.map((item) => {
      const quantity = item.int("quantity");
      if (quantity === undefined) throw missingParam(item.name("quantity"));
      if (quantity < 1) throw invalidParam(item.name("quantity"), "Quantity must be at least 1.");
      const priceId = item.str("price");
      const priceData = item.obj("price_data");
      let price: Price;
      if (priceId) {
        price = this.price(priceId, item.name("price"));
        if (!price.active) throw invalidParam(item.name("price"), `The price specified is inactive. This field only accepts active prices.`);
      } else if (priceData) {
        const productId = priceData.str("product");
        const productData = priceData.obj("product_data");
        if (!productId && !productData) throw missingParam(priceData.name("product_data"));
        const product = productId ? this.product(productId, priceData.name("product")) : this.newProduct(newId("prod", 14), productData as Params);
        price = this.newPrice(priceData, product.id, false);
      } else {
        throw missingParam(item.name("price"));
      }
      const amount = price.unit_amount * quantity;
      return {
        id: newId("li"),
        object: "item",
        adjustable_quantity: null,
        amount_discount: 0,
        amount_subtotal: amount,
        amount_tax: 0,
        amount_total: amount,
        currency: price.currency,
        description: this.s.products[price.product]?.name ?? null,
        metadata: item.metadata() ?? {},
        price,
        quantity,
      };
    });
    const currency = lineItems[0]?.price.currency ?? "usd";
    lineItems.forEach((li, i) => {
      if (li.currency !== currency) throw invalidParam(`line_items[${i}]`, "All line items must use the same currency.");
    });
    const recurring = lineItems.filter((li) => li.price.recurring);
    if (mode === "payment" && recurring.length > 0) {
      const i = lineItems.indexOf(recurring[0] as CheckoutLineItem);
      throw invalidParam(`line_items[${i}]`, "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.");
    }
    if (mode === "subscription") {
      if (recurring.length === 0) throw invalidParam("line_items", "You must specify at least one recurring price in `subscription` mode when using prices.");
      const [first] = recurring;
      recurring.forEach((li) => {
        if (li.price.recurring?.interval !== first?.price.recurring?.interval || li.price.recurring?.interval_count !== first?.price.recurring?.interval_count) {
          throw invalidParam("line_items", "Checkout does not support multiple prices with different billing intervals.");
        }
      });
    }
    const total = lineItems.reduce((sum, li) => sum + li.amount_total, 0);

    const pid = p.obj("payment_intent_data");
    const sd = p.obj("subscription_data");
    if (mode === "subscription" && pid) throw invalidParam("payment_intent_data", "You can not pass `payment_intent_data` in `subscription` mode.");
    if (mode === "payment" && sd) throw invalidParam("subscription_data", "You can not pass `subscription_data` in `payment` mode.");
    const piDestination = this.destination(pid?.obj("transfer_data"));
    const fee = pid?.int("application_fee_amount") ?? null;
    if (fee !== null) {
      if (!piDestination) {
        throw invalidParam(
          "payment_intent_data[application_fee_amount]",
          "Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).",
        );
      }
      if (fee < 0 || fee > total) throw invalidParam("payment_intent_data[application_fee_amount]", "The application fee must be between 0 and the amount of the payment.");
    }
    const subDestination = this.destination(sd?.obj("transfer_data"));
    const feePercent = sd?.num("application_fee_percent") ?? null;
    if (feePercent !== null) {
      if (!subDestination) throw invalidParam("subscription_data[application_fee_percent]", "application_fee_percent requires `transfer_data[destination]` (or a Stripe-Account header), which stripe-local does not support.");
      if (feePercent < 0 || feePercent > 100) throw invalidParam("subscription_data[application_fee_percent]", "application_fee_percent must be between 0 and 100.");
    }

    const now = nowSeconds();
    const expiresAt = p.int("expires_at") ?? now + 24 * 3600;
    const id = newId("cs_test", 58);
    const session: CheckoutSession = {
      id,
      object: "checkout.session",
      after_expiration: null,
      allow_promotion_codes: null,
      amount_subtotal: total,
      amount_total: total,
      automatic_tax: { enabled: false, liability: null, provider: null, status: null },
      billing_address_collection: null,
      cancel_url: cancelUrl,
      client_reference_id: p.str("client_reference_id") || null,
      client_secret: null,
      consent: null,
      consent_collection: null,
      created: now,
      currency,
      custom_fields: [],
      custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
      customer: customer?.id ?? null,
      customer_creation: mode === "payment" && !customer ? (p.oneOf("customer_creation", ["always", "if_required"] as const) ?? "if_required") : null,
      customer_details: customer ? { address: null, business_name: null, email: customer.email, individual_name: null, name: customer.name, phone: null, tax_exempt: "none", tax_ids: [] } : null,
      customer_email: customerEmail,
      expires_at: expiresAt,
      invoice: null,
      livemode: false,
      locale: null,
      metadata: p.metadata() ?? {},
      mode,
      payment_intent: null,
      payment_link: null,
      payment_method_collection: mode === "subscription" ? "always" : null,
      payment_method_types: p.strList("payment_method_types").length > 0 ? p.strList("payment_method_types") : ["card"],
      payment_status: total === 0 ? "no_payment_required" : "unpaid",
      setup_intent: null,
      shipping_address_collection: null,
      shipping_cost: null,
      shipping_options: [],
      status: "open",
      submit_type: null,
      subscription: null,
      success_url: successUrl,
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
      ui_mode: "hosted",
      url: `${this.origin}/checkout/${id}`,
    };
    const plan: CheckoutPlan = {
      line_items: lineItems,
      payment_intent_data: {
        application_fee_amount: fee,
        transfer_destination: piDestination,
        metadata: pid?.metadata() ?? {},
        description: pid?.str("description") || null,
      },
      subscription_data: {
        application_fee_percent: feePercent,
        transfer_destination: subDestination,
        metadata: sd?.metadata() ?? {},
        description: sd?.str("description") || null,
      },
      customer_creation: p.str("customer_creation") === "always" ? "always" : "if_required",
    };
    this.s.checkoutSessions[id] = session;
    this.s.checkoutPlans[id] = plan;
    this.store.touch();
    return session;
  }

  /** Validates `transfer_data[destination]`: a connected account that can receive transfers. */
  private destination(td: Params | undefined): string | null {
    if (!td) return null;
    const id = td.reqStr("destination");
    const account = this.account(id, td.name("destination"));
    if (account.capabilities.transfers !== "active") {
      throw invalidParam(
        td.name("destination"),
        `Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments (${account.id} has not finished onboarding).`,
        "insufficient_capabilities_for_transfer",
      );
    }
    return account.id;
  }

  expireCheckoutSession(id: string): CheckoutSession {
    const session = this.checkoutSession(id);
    if (session.status !== "open") throw invalidRequest(`Only Checkout Sessions with a status in ["open"] can be expired.`, { code: "checkout_session_not_open" });
    this.expire(session);
    return session;
  }

  private expire(session: CheckoutSession): void {
    session.status = "expired";
    session.url = null;
    this.emit("checkout.session.expired", session);
  }

  /** Expires an open session whose expires_at has passed, as Stripe does in the background. */
  refreshSession(session: CheckoutSession): void {
    if (session.status === "open" && session.expires_at <= nowSeconds()) this.expire(session);
  }

  /**
   * The hosted page's "Pay": charges the test card. Returns where to send the browser, or the
   * error to show on the page (the session stays open, as on Stripe's page).
   */
  payCheckoutSession(id: string, input: { email: string; cardNumber: string; name?: string }): { redirect: string | null } | { error: string } {
    const session = this.checkoutSession(id);
    this.refreshSession(session);
    if (session.status === "complete") return { redirect: this.successUrl(session) };
    if (session.status === "expired") return { error: "This Checkout Session has expired." };
    const plan = this.s.checkoutPlans[id];
    if (!plan) throw new Error(`checkout plan missing for ${id}`);
    // An email given at creation (customer_email, or the customer's) is fixed on Stripe's page.
    const email = this.checkoutFixedEmail(session) ?? input.email.trim();
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) return { error: "Your email address is invalid." };
    const read = readCard(input.cardNumber);
    if ("error" in read) return { error: read.error };
    const name = input.name?.trim() || null;
    const details: CustomerDetails = { address: null, business_name: null, email, individual_name: null, name, phone: null, tax_exempt: "none", tax_ids: [] };

    if (session.mode === "payment") {
      let customer = session.customer ? (this.s.customers[session.customer] ?? null) : null;
      if (!customer && plan.customer_creation === "always") {
        customer = this.newCustomer({ email, name, description: null, phone: null, metadata: {} });
      }
      const pd = plan.payment_intent_data;
      const pi = session.payment_intent
        ? this.paymentIntent(session.payment_intent)
        : this.newPaymentIntent({
            amount: session.amount_total,
            currency: session.currency,
            customer: customer?.id ?? null,
            description: pd.description,
            metadata: pd.metadata,
            fee: pd.application_fee_amount,
            destination: pd.transfer_destination,
            receiptEmail: email,
          });
      if (customer && !pi.customer) pi.customer = customer.id;
      session.payment_intent = pi.id;
      const pm = this.newPaymentMethod(read.card, { email, name }, customer?.id ?? null);
      const charge = this.attemptPayment(pi, pm, read.outcome);
      if (charge.status === "failed") {
        this.store.touch();
        return { error: pi.last_payment_error?.message ?? "Your card was declined." };
      }
      session.customer = customer?.id ?? null;
      session.customer_details = { ...details, email };
      session.status = "complete";
      session.payment_status = "paid";
      session.url = null;
      this.emit("checkout.session.completed", session);
      return { redirect: this.successUrl(session) };
    }

    // Subscription mode: Stripe only creates the subscription once the first payment succeeds.
    if (!read.outcome.ok) return { error: read.outcome.message };
    const customer = session.customer ? this.customer(session.customer) : this.newCustomer({ email, name, description: null, phone: null, metadata: {} });
    const pm = this.newPaymentMethod(read.card, { email, name }, customer.id);
    this.emit("payment_method.attached", pm);
    const sd = plan.subscription_data;
    const sub = this.newSubscription({
      customer: customer.id,
      items: plan.line_items.filter((li) => li.price.recurring),
      metadata: sd.metadata,
      description: sd.description,
      feePercent: sd.application_fee_percent,
      destination: sd.transfer_destination,
      paymentMethod: pm.id,
    });
    const oneTime = plan.line_items.filter((li) => !li.price.recurring);
    const invoice = this.newSubscriptionInvoice(sub, "subscription_create", { oneTime });
    sub.latest_invoice = invoice.id;
    this.emit("customer.subscription.created", sub);
    this.emit("invoice.created", invoice);
    this.collectInvoice(invoice, { outcome: { ok: true } });
    session.customer = customer.id;
    session.customer_details = { ...details, email };
    session.subscription = sub.id;
    session.invoice = invoice.id;
    session.status = "complete";
    session.payment_status = "paid";
    session.url = null;
    this.emit("checkout.session.completed", session);
    return { redirect: this.successUrl(session) };
  }

  checkoutFixedEmail(session: CheckoutSession): string | null {
    return session.customer_email ?? (session.customer ? (this.s.customers[session.customer]?.email ?? null) : null);
  }

  private successUrl(session: CheckoutSession): string | null {
    return session.success_url ? session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", session.id) : null;
  }

  // --- payments -------------------------------------------------------------------------------

  private newPaymentMethod(card: CardDetails, billing: { email: string | null; name: string | null }, customer: string | null): PaymentMethod {
    const pm: PaymentMethod = {
      id: newId("pm"),
      object: "payment_method",
      allow_redisplay: "unspecified",
      billing_details: { address: null, email: billing.email, name: billing.name, phone: null, tax_id: null },
      card,
      created: nowSeconds(),
      customer,
      customer_account: null,
      livemode: false,
      metadata: {},
      type: "card",
    };
    this.s.paymentMethods[pm.id] = pm;
    return pm;
  }

  private newPaymentIntent(input: {
    amount: number;
    currency: string;
    customer: string | null;
    description: string | null;
    metadata: Metadata;
    fee: number | null;
    destination: string | null;
    receiptEmail: string | null;
  }): PaymentIntent {
    const id = newId("pi");
    const pi: PaymentIntent = {
      id,
      object: "payment_intent",
      amount: input.amount,
      amount_capturable: 0,
      amount_received: 0,
      application: null,
      application_fee_amount: input.fee,
      automatic_payment_methods: null,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: "automatic",
      client_secret: `${id}_secret_${newId("x").slice(2)}`,
      confirmation_method: "automatic",
      created: nowSeconds(),
      currency: input.currency,
      customer: input.customer,
      description: input.description,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: input.metadata,
      next_action: null,
      on_behalf_of: null,
      payment_method: null,
      payment_method_types: ["card"],
      processing: null,
      receipt_email: input.receiptEmail,
      review: null,
      setup_future_usage: null,
      shipping: null,
      source: null,
      statement_descriptor: null,
      statement_descriptor_suffix: null,
      status: "requires_payment_method",
      transfer_data: input.destination ? { destination: input.destination } : null,
      transfer_group: input.destination ? `group_${id}` : null,
    };
    this.s.paymentIntents[id] = pi;
    this.emit("payment_intent.created", pi);
    return pi;
  }

  /**
   * Charges `pm` for `pi`: a Charge (succeeded or failed) and, for destination charges, the
   * Transfer to the connected account and the platform's ApplicationFee.
   */
  private attemptPayment(pi: PaymentIntent, pm: PaymentMethod, outcome: CardOutcome): Charge {
    const id = newId("ch");
    const failed = !outcome.ok;
    const charge: Charge = {
      id,
      object: "charge",
      amount: pi.amount,
      amount_captured: failed ? 0 : pi.amount,
      amount_refunded: 0,
      application: null,
      application_fee: null,
      application_fee_amount: failed ? null : pi.application_fee_amount,
      balance_transaction: null,
      billing_details: { ...pm.billing_details },
      calculated_statement_descriptor: this.opts.businessName.toUpperCase().slice(0, 22),
      captured: !failed,
      created: nowSeconds(),
      currency: pi.currency,
      customer: pi.customer,
      description: pi.description,
      disputed: false,
      failure_balance_transaction: null,
      failure_code: outcome.ok ? null : outcome.code,
      failure_message: outcome.ok ? null : outcome.message,
      fraud_details: {},
      livemode: false,
      metadata: { ...pi.metadata },
      on_behalf_of: null,
      outcome: outcome.ok
        ? { advice_code: null, network_advice_code: null, network_decline_code: null, network_status: "approved_by_network", reason: null, risk_level: "normal", seller_message: "Payment complete.", type: "authorized" }
        : {
            advice_code: null,
            network_advice_code: null,
            network_decline_code: null,
            network_status: "declined_by_network",
            reason: outcome.declineCode ?? outcome.code,
            risk_level: "normal",
            seller_message: "The bank did not return any further details with this decline.",
            type: "issuer_declined",
          },
      paid: !failed,
      payment_intent: pi.id,
      payment_method: pm.id,
      payment_method_details: { type: "card", card: { ...pm.card } },
      receipt_email: pi.receipt_email,
      receipt_number: null,
      receipt_url: `${this.origin}/receipts/${id}`,
      refunded: false,
      review: null,
      shipping: null,
      source: null,
      source_transfer: null,
      statement_descriptor: null,
      statement_descriptor_suffix: null,
      status: failed ? "failed" : "succeeded",
      transfer_data: pi.transfer_data ? { amount: null, destination: pi.transfer_data.destination } : null,
      transfer_group: pi.transfer_group,
    };
    this.s.charges[id] = charge;
    pi.latest_charge = id;
    pi.payment_method = pm.id;
    if (!outcome.ok) {
      const error: PaymentError = {
        type: "card_error",
        code: outcome.code,
        ...(outcome.declineCode ? { decline_code: outcome.declineCode } : {}),
        message: outcome.message,
        charge: id,
        payment_method: deepClone(pm),
        doc_url: `https://docs.stripe.com/error-codes/${outcome.code.replace(/_/g, "-")}`,
      };
      pi.last_payment_error = error;
      pi.status = "requires_payment_method";
      pi.payment_method = null;
      this.emit("charge.failed", charge);
      this.emit("payment_intent.payment_failed", pi);
      return charge;
    }
    pi.status = "succeeded";
    pi.amount_received = pi.amount;
    pi.last_payment_error = null;
    this.emit("charge.succeeded", charge);
    this.emit("payment_intent.succeeded", pi);
    if (pi.transfer_data) this.payConnectedAccount(charge, pi.transfer_data.destination);
    return charge;
  }

  private payConnectedAccount(charge: Charge, destination: string): void {
    const fee = charge.application_fee_amount ?? 0;
    const transfer: Transfer = {
      id: newId("tr"),
      object: "transfer",
      amount: charge.amount - fee,
      amount_reversed: 0,
      balance_transaction: null,
      created: nowSeconds(),
      currency: charge.currency,
      description: null,
      destination,
      destination_payment: newId("py"),
      livemode: false,
      metadata: {},
      reversals: { object: "list", data: [], has_more: false, url: "" },
      reversed: false,
      source_transaction: charge.id,
      source_type: "card",
      transfer_group: charge.transfer_group,
    };
    transfer.reversals.url = `/v1/transfers/${transfer.id}/reversals`;
    this.s.transfers[transfer.id] = transfer;
    charge.transfer = transfer.id;
    this.emit("transfer.created", transfer);
    if (fee > 0) {
      const appFee: ApplicationFee = {
        id: newId("fee"),
        object: "application_fee",
        account: destination,
        amount: fee,
        amount_refunded: 0,
        application: PLATFORM_APPLICATION,
        balance_transaction: null,
        charge: transfer.destination_payment,
        created: nowSeconds(),
        currency: charge.currency,
        fee_source: { type: "charge", charge: charge.id },
        livemode: false,
        originating_transaction: charge.id,
        refunded: false,
        refunds: { object: "list", data: [], has_more: false, url: "" },
      };
      appFee.refunds.url = `/v1/application_fees/${appFee.id}/refunds`;
      this.s.applicationFees[appFee.id] = appFee;
      charge.application_fee = appFee.id;
      this.emit("application_fee.created", appFee);
    }
  }

  // --- refunds --------------------------------------------------------------------------------

  createRefund(p: Params): Refund {
    const chargeId = p.str("charge");
    const piId = p.str("payment_intent");
    if (!chargeId && !piId) throw invalidRequest("One of the following params should be provided for this request: payment_intent or charge.", { code: "parameter_missing" });
    let charge: Charge;
    if (chargeId) {
      charge = this.charge(chargeId, "charge");
    } else {
      const pi = this.paymentIntent(piId as string, "payment_intent");
      if (pi.status !== "succeeded" || !pi.latest_charge) {
        throw invalidRequest(`This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, { param: "payment_intent", code: "charge_not_refundable" });
      }
      charge = this.charge(pi.latest_charge);
    }
    if (charge.status !== "succeeded") throw invalidRequest(`Charge ${charge.id} has not succeeded and cannot be refunded.`, { param: "charge", code: "charge_not_refundable" });
    const remaining = charge.amount - charge.amount_refunded;
    if (remaining === 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: "charge_already_refunded" });
    const amount = p.int("amount") ?? remaining;
    if (amount <= 0) throw invalidParam("amount", "Invalid positive integer", "parameter_invalid_integer");
    if (amount > remaining) {
      throw invalidRequest(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, { param: "amount", code: "amount_too_large" });
    }
    const reason = p.oneOf("reason", ["duplicate", "fraudulent", "requested_by_customer"] as const) ?? null;
    const refund: Refund = {
      id: newId("re"),
      object: "refund",
      amount,
      balance_transaction: null,
      charge: charge.id,
      created: nowSeconds(),
      currency: charge.currency,
      customer: charge.customer,
      customer_account: null,
      metadata: p.metadata() ?? {},
      payment_intent: charge.payment_intent,
      payment_method: charge.payment_method,
      reason,
      receipt_number: null,
      source_transfer_reversal: null,
      status: "succeeded",
      transfer_reversal: null,
    };
    this.s.refunds[refund.id] = refund;

    // Destination charges: reverse the author's transfer / refund the platform fee only when asked,
    // proportionally to the refunded share (Stripe's rule).
    if (p.bool("reverse_transfer") && charge.transfer) {
      const transfer = this.transfer(charge.transfer);
      const share = Math.min(Math.round((amount * transfer.amount) / charge.amount), transfer.amount - transfer.amount_reversed);
      if (share > 0) {
        const reversal = {
          id: newId("trr"),
          object: "transfer_reversal" as const,
          amount: share,
          balance_transaction: null,
          created: nowSeconds(),
          currency: transfer.currency,
          destination_payment_refund: null,
          metadata: {},
          source_refund: refund.id,
          transfer: transfer.id,
        };
        transfer.reversals.data.unshift(reversal);
        transfer.amount_reversed += share;
        transfer.reversed = transfer.amount_reversed >= transfer.amount;
        refund.transfer_reversal = reversal.id;
        this.emit("transfer.reversed", transfer);
      }
    }
    if (p.bool("refund_application_fee") && charge.application_fee) {
      const fee = this.applicationFee(charge.application_fee);
      const share = Math.min(Math.round((amount * fee.amount) / charge.amount), fee.amount - fee.amount_refunded);
      if (share > 0) {
        fee.refunds.data.unshift({
          id: newId("fr"),
          object: "fee_refund",
          amount: share,
          balance_transaction: null,
          created: nowSeconds(),
          currency: fee.currency,
          fee: fee.id,
          metadata: {},
        });
        fee.amount_refunded += share;
        fee.refunded = fee.amount_refunded >= fee.amount;
        this.emit("application_fee.refunded", fee);
      }
    }
    this.update(charge, "charge.refunded", (c) => {
      c.amount_refunded += amount;
      c.refunded = c.amount_refunded === c.amount;
    });
    this.emit("refund.created", refund);
    return refund;
  }

  // --- subscriptions and invoices -------------------------------------------------------------

  private newSubscription(input: {
    customer: string;
    items: CheckoutLineItem[];
    metadata: Metadata;
    description: string | null;
    feePercent: number | null;
    destination: string | null;
    paymentMethod: string;
  }): Subscription {
    const now = nowSeconds();
    const id = newId("sub");
    const first = input.items[0];
    if (!first?.price.recurring) throw new Error("a subscription needs a recurring price");
    const end = addInterval(now, first.price.recurring.interval, first.price.recurring.interval_count);
    const items: SubscriptionItem[] = input.items.map((li) => ({
      id: newId("si", 14),
      object: "subscription_item",
      billing_thresholds: null,
      created: now,
      current_period_end: end,
      current_period_start: now,
      current_trial: null,
      discounts: [],
      metadata: {},
      plan: planOf(li.price),
      price: deepClone(li.price),
      quantity: li.quantity,
      subscription: id,
      tax_rates: [],
    }));
    const sub: Subscription = {
      id,
      object: "subscription",
      application: null,
      application_fee_percent: input.feePercent,
      automatic_tax: { disabled_reason: null, enabled: false, liability: null },
      billing_cycle_anchor: now,
      billing_cycle_anchor_config: null,
      billing_mode: { flexible: null, type: "classic" },
      billing_thresholds: null,
      cancel_at: null,
      cancel_at_period_end: false,
      canceled_at: null,
      cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
      collection_method: "charge_automatically",
      created: now,
      currency: first.currency,
      customer: input.customer,
      customer_account: null,
      days_until_due: null,
      default_payment_method: input.paymentMethod,
      default_source: null,
      description: input.description,
      discounts: [],
      ended_at: null,
      invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: "self" } },
      items: { object: "list", data: items, has_more: false, url: `/v1/subscription_items?subscription=${id}` },
      latest_invoice: null,
      livemode: false,
      managed_payments: null,
      metadata: input.metadata,
      next_pending_invoice_item_invoice: null,
      on_behalf_of: null,
      pause_collection: null,
      payment_settings: null,
      pending_invoice_item_interval: null,
      pending_setup_intent: null,
      pending_update: null,
      schedule: null,
      start_date: now,
      status: "active",
      test_clock: null,
      transfer_data: input.destination ? { amount_percent: null, destination: input.destination } : null,
      trial_end: null,
      trial_settings: null,
      trial_start: null,
    };
    this.s.subscriptions[id] = sub;
    return sub;
  }

  /** A draft invoice for the subscription's current period (plus one-time items on the first). */
  private newSubscriptionInvoice(sub: Subscription, reason: Invoice["billing_reason"], opts: { oneTime?: CheckoutLineItem[]; previousPeriodStart?: number } = {}): Invoice {
    const oneTime = opts.oneTime ?? [];
    const customer = this.s.customers[sub.customer];
    const id = newId("in");
    const now = nowSeconds();
    const lines: InvoiceLineItem[] = [
      ...sub.items.data.map((item) => {
        const amount = item.price.unit_amount * item.quantity;
        const product = this.s.products[item.price.product];
        const interval = item.price.recurring?.interval ?? "month";
        return {
          id: newId("il"),
          object: "line_item" as const,
          amount,
          currency: sub.currency,
          description: `${item.quantity} × ${product?.name ?? item.price.product} (at ${item.price.unit_amount / 100} ${sub.currency.toUpperCase()} / ${interval})`,
          discount_amounts: [] as [],
          discountable: true,
          discounts: [] as [],
          invoice: id,
          livemode: false as const,
          metadata: { ...sub.metadata },
          parent: {
            type: "subscription_item_details" as const,
            invoice_item_details: null,
            subscription_item_details: { invoice_item: null, proration: false as const, proration_details: { credited_items: null }, subscription: sub.id, subscription_item: item.id },
          },
          period: { start: item.current_period_start, end: item.current_period_end },
          pretax_credit_amounts: [] as [],
          pricing: { type: "price_details" as const, price_details: { price: item.price.id, product: item.price.product }, unit_amount_decimal: String(item.price.unit_amount) },
          quantity: item.quantity,
          subscription: sub.id,
          subtotal: amount,
          taxes: [] as [],
        };
      }),
      ...oneTime.map((li) => ({
        id: newId("il"),
        object: "line_item" as const,
        amount: li.amount_total,
        currency: li.currency,
        description: li.description ?? li.price.product,
        discount_amounts: [] as [],
        discountable: true,
        discounts: [] as [],
        invoice: id,
        livemode: false as const,
        metadata: {},
        parent: null,
        period: { start: now, end: now },
        pretax_credit_amounts: [] as [],
        pricing: { type: "price_details" as const, price_details: { price: li.price.id, product: li.price.product }, unit_amount_decimal: String(li.price.unit_amount) },
        quantity: li.quantity,
        subscription: null,
        subtotal: li.amount_total,
        taxes: [] as [],
      })),
    ];
    const total = lines.reduce((sum, l) => sum + l.amount, 0);
    // Like Stripe: a renewal invoice's period is the period just ended (its lines carry the new
    // one); the first invoice's period is a point in time.
    const cycle = reason === "subscription_cycle";
    const newPeriodStart = sub.items.data[0]?.current_period_start ?? now;
    const invoice: Invoice = {
      id,
      object: "invoice",
      account_country: "US",
      account_name: this.opts.businessName,
      account_tax_ids: null,
      amount_due: total,
      amount_overpaid: 0,
      amount_paid: 0,
      amount_remaining: total,
      amount_shipping: 0,
      application: null,
      attempt_count: 0,
      attempted: false,
      auto_advance: true,
      automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
      automatically_finalizes_at: null,
      billing_reason: reason,
      collection_method: "charge_automatically",
      created: now,
      currency: sub.currency,
      custom_fields: null,
      customer: sub.customer,
      customer_account: null,
      customer_address: null,
      customer_email: customer?.email ?? null,
      customer_name: customer?.name ?? null,
      customer_phone: null,
      customer_shipping: null,
      customer_tax_exempt: "none",
      default_payment_method: null,
      default_source: null,
      default_tax_rates: [],
      description: null,
      discounts: [],
      due_date: null,
      effective_at: null,
      ending_balance: null,
      footer: null,
      from_invoice: null,
      hosted_invoice_url: `${this.origin}/invoices/${id}`,
      invoice_pdf: `${this.origin}/invoices/${id}?format=print`,
      issuer: { type: "self" },
      last_finalization_error: null,
      latest_revision: null,
      lines: { object: "list", data: lines, has_more: false, url: `/v1/invoices/${id}/lines` },
      livemode: false,
      metadata: {},
      next_payment_attempt: null,
      number: null,
      on_behalf_of: null,
      parent: { type: "subscription_details", quote_details: null, subscription_details: { metadata: { ...sub.metadata }, subscription: sub.id } },
      period_end: cycle ? newPeriodStart : now,
      period_start: cycle ? (opts.previousPeriodStart ?? newPeriodStart) : now,
      post_payment_credit_notes_amount: 0,
      pre_payment_credit_notes_amount: 0,
      receipt_number: null,
      rendering: null,
      shipping_cost: null,
      shipping_details: null,
      starting_balance: 0,
      statement_descriptor: null,
      status: "draft",
      status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
      subtotal: total,
      subtotal_excluding_tax: total,
      test_clock: null,
      total,
      total_discount_amounts: [],
      total_excluding_tax: total,
      total_pretax_credit_amounts: [],
      total_taxes: [],
      webhooks_delivered_at: null,
    };
    this.s.invoices[id] = invoice;
    return invoice;
  }

  /** Finalizes (if draft) and tries to collect an invoice with the subscription's card. */
  private collectInvoice(invoice: Invoice, opts: { outcome: CardOutcome }): boolean {
    const subId = invoice.parent.subscription_details.subscription;
    const sub = this.subscription(subId);
    if (invoice.status === "draft") {
      const customer = this.s.customers[invoice.customer];
      const seq = customer ? customer.next_invoice_sequence++ : ++this.s.invoiceSequence;
      invoice.number = `${customer?.invoice_prefix ?? "LOCAL"}-${String(seq).padStart(4, "0")}`;
      invoice.status = "open";
      invoice.status_transitions.finalized_at = nowSeconds();
      invoice.effective_at = nowSeconds();
      this.emit("invoice.finalized", invoice);
    }
    if (invoice.status !== "open") throw invalidRequest(`Invoice is already ${invoice.status}.`, { code: "invoice_not_editable" });

    const existing = Object.values(this.s.invoicePayments).find((x) => x.invoice === invoice.id && x.status === "open");
    let payment: InvoicePayment;
    let pi: PaymentIntent;
    if (existing) {
      payment = existing;
      pi = this.paymentIntent(existing.payment.payment_intent);
    } else {
      const fee = sub.application_fee_percent !== null && sub.transfer_data ? Math.round((invoice.amount_due * sub.application_fee_percent) / 100) : null;
      pi = this.newPaymentIntent({
        amount: invoice.amount_due,
        currency: invoice.currency,
        customer: invoice.customer,
        description: invoice.billing_reason === "subscription_create" ? "Subscription creation" : "Subscription update",
        metadata: {},
        fee,
        destination: sub.transfer_data?.destination ?? null,
        receiptEmail: invoice.customer_email,
      });
      payment = {
        id: newId("inpay"),
        object: "invoice_payment",
        amount_paid: null,
        amount_requested: invoice.amount_due,
        created: nowSeconds(),
        currency: invoice.currency,
        invoice: invoice.id,
        is_default: true,
        livemode: false,
        payment: { type: "payment_intent", payment_intent: pi.id },
        status: "open",
        status_transitions: { canceled_at: null, paid_at: null },
      };
      this.s.invoicePayments[payment.id] = payment;
    }
    const pmId = sub.default_payment_method ?? this.s.customers[sub.customer]?.invoice_settings.default_payment_method;
    const pm = pmId ? this.s.paymentMethods[pmId] : undefined;
    if (!pm) throw invalidRequest("This customer has no attached payment source or default payment method.", { code: "resource_missing" });
    const charge = this.attemptPayment(pi, pm, opts.outcome);
    invoice.attempted = true;
    invoice.attempt_count += 1;
    if (charge.status === "succeeded") {
      const now = nowSeconds();
      invoice.amount_paid = invoice.amount_due;
      invoice.amount_remaining = 0;
      invoice.status = "paid";
      invoice.status_transitions.paid_at = now;
      invoice.next_payment_attempt = null;
      payment.status = "paid";
      payment.amount_paid = invoice.amount_due;
      payment.status_transitions.paid_at = now;
      this.emit("invoice_payment.paid", payment);
      this.emit("invoice.paid", invoice);
      this.emit("invoice.payment_succeeded", invoice);
      const stillOpen = Object.values(this.s.invoices).some((i) => i.parent.subscription_details.subscription === sub.id && i.status === "open");
      if (sub.status === "past_due" && !stillOpen) this.update(sub, "customer.subscription.updated", (x) => (x.status = "active"));
      return true;
    }
    invoice.next_payment_attempt = nowSeconds() + 3 * 86_400;
    this.emit("invoice.payment_failed", invoice);
    if (sub.status === "active") this.update(sub, "customer.subscription.updated", (x) => (x.status = "past_due"));
    return false;
  }

  updateSubscription(id: string, p: Params): Subscription {
    const sub = this.subscription(id);
    if (p.has("items")) throw invalidParam("items", "stripe-local does not implement changing a subscription's items (upgrades, downgrades, quantity changes).");
    const allowedWhenCanceled = new Set(["metadata", "cancellation_details", "expand"]);
    if (sub.status === "canceled" && Object.keys(p.data).some((k) => !allowedWhenCanceled.has(k))) {
      throw invalidRequest("A canceled subscription can only update its cancellation_details and metadata.");
    }
    return this.update(sub, "customer.subscription.updated", (s) => {
      const atPeriodEnd = p.bool("cancel_at_period_end");
      const periodEnd = s.items.data[0]?.current_period_end ?? null;
      if (atPeriodEnd === true) {
        s.cancel_at_period_end = true;
        s.cancel_at = periodEnd;
        s.canceled_at = nowSeconds();
        s.cancellation_details.reason = "cancellation_requested";
      } else if (atPeriodEnd === false) {
        s.cancel_at_period_end = false;
        s.cancel_at = null;
        s.canceled_at = null;
        s.cancellation_details.reason = null;
      }
      if (p.has("cancel_at")) {
        const at = p.int("cancel_at") ?? null;
        s.cancel_at = at;
        s.cancel_at_period_end = at !== null && at === periodEnd;
        s.canceled_at = at === null ? null : nowSeconds();
        s.cancellation_details.reason = at === null ? null : "cancellation_requested";
      }
      const cd = p.obj("cancellation_details");
      if (cd?.has("comment")) s.cancellation_details.comment = cd.str("comment") || null;
      if (cd?.has("feedback")) s.cancellation_details.feedback = cd.str("feedback") || null;
      if (p.has("description")) s.description = p.str("description") || null;
      if (p.has("default_payment_method")) s.default_payment_method = p.str("default_payment_method") ? this.paymentMethod(p.reqStr("default_payment_method")).id : null;
      s.metadata = mergeMetadata(s.metadata, p.metadata(), p.isEmpty("metadata"));
    });
  }

  /** DELETE /v1/subscriptions/:id: cancels immediately. */
  cancelSubscription(id: string, p: Params): Subscription {
    const sub = this.subscription(id);
    if (sub.status === "canceled") throw invalidRequest(`Subscription ${id} has already been canceled.`);
    const cd = p.obj("cancellation_details");
    if (cd?.has("comment")) sub.cancellation_details.comment = cd.str("comment") || null;
    this.endSubscription(sub, "cancellation_requested");
    return sub;
  }

  private endSubscription(sub: Subscription, reason: "cancellation_requested" | "payment_failed"): void {
    const now = nowSeconds();
    sub.status = "canceled";
    sub.canceled_at ??= now;
    sub.ended_at = now;
    sub.cancellation_details.reason ??= reason;
    this.emit("customer.subscription.deleted", sub);
  }

  /**
   * Test helper: move the subscription to its next billing period. A subscription set to cancel
   * at period end ends instead (customer.subscription.deleted); otherwise the renewal invoice is
   * created and charged, succeeding (invoice.paid) or, with `fail`, failing (invoice.payment_failed,
   * status past_due).
   */
  advanceSubscription(id: string, opts: { fail?: boolean } = {}): { subscription: Subscription; invoice: Invoice | null } {
    const sub = this.subscription(id, "subscription");
    if (sub.status === "canceled") throw invalidRequest(`Subscription ${id} is canceled.`, { param: "subscription" });
    const item = sub.items.data[0];
    if (!item) throw new Error(`subscription ${id} has no items`);
    if (sub.cancel_at_period_end || (sub.cancel_at !== null && sub.cancel_at <= item.current_period_end)) {
      this.endSubscription(sub, "cancellation_requested");
      return { subscription: sub, invoice: null };
    }
    const previousPeriodStart = item.current_period_start;
    this.update(sub, "customer.subscription.updated", (s) => {
      for (const it of s.items.data) {
        const r = it.price.recurring;
        if (!r) continue;
        it.current_period_start = it.current_period_end;
        it.current_period_end = addInterval(it.current_period_start, r.interval, r.interval_count);
      }
    });
    const invoice = this.newSubscriptionInvoice(sub, "subscription_cycle", { previousPeriodStart });
    this.update(sub, null, (s) => (s.latest_invoice = invoice.id));
    this.emit("invoice.created", invoice);
    this.collectInvoice(invoice, { outcome: opts.fail ? { ok: false, code: "card_declined", declineCode: "generic_decline", message: "Your card was declined." } : { ok: true } });
    return { subscription: sub, invoice };
  }

  /** Test helper: the period of a subscription set to cancel at period end is over. */
  endSubscriptionPeriod(id: string): Subscription {
    const sub = this.subscription(id, "subscription");
    if (sub.status === "canceled") throw invalidRequest(`Subscription ${id} is canceled.`, { param: "subscription" });
    if (!sub.cancel_at_period_end && sub.cancel_at === null) {
      throw invalidRequest(`Subscription ${id} is not set to cancel; use advance to renew it.`, { param: "subscription" });
    }
    this.endSubscription(sub, "cancellation_requested");
    return sub;
  }

  /** POST /v1/invoices/:id/pay (and the hosted invoice page's "Pay"): retries an open invoice. */
  payInvoice(id: string, opts: { fail?: boolean } = {}): Invoice {
    const invoice = this.invoice(id);
    if (invoice.status === "paid") throw invalidRequest("Invoice is already paid", { code: "invoice_not_editable" });
    if (invoice.status !== "open" && invoice.status !== "draft") throw invalidRequest(`You can only pay an open invoice (this one is ${invoice.status}).`);
    const ok = this.collectInvoice(invoice, { outcome: opts.fail ? { ok: false, code: "card_declined", declineCode: "generic_decline", message: "Your card was declined." } : { ok: true } });
    // Over the API a failed attempt is a 402 card error (the events above are still sent).
    if (!ok && this.request.id) {
      throw new StripeLocalError(402, { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." });
    }
    return invoice;
  }

  // --- billing portal -------------------------------------------------------------------------

  createPortalSession(p: Params): PortalSession {
    const customer = this.customer(p.reqStr("customer"), "customer");
    const returnUrl = p.str("return_url") || null;
    if (returnUrl && !/^https?:\/\//.test(returnUrl)) throw invalidParam("return_url", "Not a valid URL", "url_invalid");
    const id = newId("bps");
    const session: PortalSession = {
      id,
      object: "billing_portal.session",
      configuration: p.str("configuration") ?? "bpc_localdefault",
      created: nowSeconds(),
      customer: customer.id,
      customer_account: null,
      flow: null,
      livemode: false,
      locale: null,
      on_behalf_of: null,
      return_url: returnUrl,
      url: `${this.origin}/billing_portal/${id}`,
    };
    this.s.portalSessions[id] = session;
    this.store.touch();
    return session;
  }

  /** The portal's cancel (at period end, Stripe's default portal setting) and "Don't cancel". */
  portalSetCancelAtPeriodEnd(sessionId: string, subscriptionId: string, cancel: boolean): void {
    const session = this.portalSession(sessionId);
    const sub = this.s.subscriptions[subscriptionId];
    if (!session || !sub || sub.customer !== session.customer) throw noSuch("subscription", subscriptionId);
    if (sub.status === "canceled") return;
    this.update(sub, "customer.subscription.updated", (s) => {
      s.cancel_at_period_end = cancel;
      s.cancel_at = cancel ? (s.items.data[0]?.current_period_end ?? null) : null;
      s.canceled_at = cancel ? nowSeconds() : null;
      s.cancellation_details.reason = cancel ? "cancellation_requested" : null;
    });
  }

  // --- Connect --------------------------------------------------------------------------------

  createAccount(p: Params): Account {
    const type = p.oneOf("type", ["express", "standard", "custom"] as const) ?? "express";
    const due = ["business_profile.url", "business_type", "external_account", "individual.first_name", "individual.last_name", "tos_acceptance.date"];
    const bp = p.obj("business_profile");
    const account: Account = {
      id: newId("acct", 16),
      object: "account",
      business_profile: { name: bp?.str("name") || null, url: bp?.str("url") || null, mcc: null, product_description: null, support_email: null, support_phone: null, support_url: null },
      business_type: p.oneOf("business_type", ["individual", "company"] as const) ?? null,
      capabilities: { card_payments: "inactive", transfers: "inactive" },
      charges_enabled: false,
      controller: { type: "application", is_controller: true, fees: { payer: "application" }, losses: { payments: "application" }, requirement_collection: "stripe", stripe_dashboard: { type: "express" } },
      country: (p.str("country") ?? "US").toUpperCase(),
      created: nowSeconds(),
      default_currency: (p.str("default_currency") ?? "usd").toLowerCase(),
      details_submitted: false,
      email: p.str("email") || null,
      external_accounts: { object: "list", data: [], has_more: false, url: "" },
      future_requirements: { alternatives: [], current_deadline: null, currently_due: [], disabled_reason: null, errors: [], eventually_due: [], past_due: [], pending_verification: [] },
      metadata: p.metadata() ?? {},
      payouts_enabled: false,
      requirements: { alternatives: [], current_deadline: null, currently_due: due, disabled_reason: "requirements.past_due", errors: [], eventually_due: due, past_due: due, pending_verification: [] },
      tos_acceptance: { date: null },
      type,
    };
    account.external_accounts.url = `/v1/accounts/${account.id}/external_accounts`;
    this.s.accounts[account.id] = account;
    this.store.touch();
    return account;
  }

  updateAccount(id: string, p: Params): Account {
    return this.update(
      this.account(id),
      "account.updated",
      (a) => {
        if (p.has("email")) a.email = p.str("email") || null;
        const bp = p.obj("business_profile");
        if (bp?.has("name")) a.business_profile.name = bp.str("name") || null;
        if (bp?.has("url")) a.business_profile.url = bp.str("url") || null;
        a.metadata = mergeMetadata(a.metadata, p.metadata(), p.isEmpty("metadata"));
      },
      id,
    );
  }

  deleteAccount(id: string): { id: string; object: "account"; deleted: true } {
    this.account(id);
    delete this.s.accounts[id];
    this.store.touch();
    return { id, object: "account", deleted: true };
  }

  createAccountLink(p: Params): { object: "account_link"; created: number; expires_at: number; url: string } {
    const account = this.account(p.reqStr("account"), "account");
    const type = p.oneOf("type", ["account_onboarding", "account_update"] as const);
    if (!type) throw missingParam("type");
    const refreshUrl = p.reqStr("refresh_url");
    const returnUrl = p.reqStr("return_url");
    for (const [name, url] of [["refresh_url", refreshUrl], ["return_url", returnUrl]] as const) {
      if (!/^https?:\/\//.test(url)) throw invalidParam(name, "Not a valid URL", "url_invalid");
    }
    const created = nowSeconds();
    const link: AccountLinkRecord = {
      token: newId("al", 32).slice(3),
      account: account.id,
      type,
      refresh_url: refreshUrl,
      return_url: returnUrl,
      created,
      expires_at: created + 300,
      used: false,
    };
    this.s.accountLinks[link.token] = link;
    this.store.touch();
    return { object: "account_link", created, expires_at: link.expires_at, url: `${this.origin}/connect/onboarding/${link.token}` };
  }

  createLoginLink(accountId: string): { object: "login_link"; created: number; url: string } {
    const account = this.account(accountId);
    if (!account.details_submitted) throw invalidRequest("Cannot create a login link for an account that has not completed onboarding.", { param: "account" });
    return { object: "login_link", created: nowSeconds(), url: `${this.origin}/connect/dashboard/${account.id}` };
  }

  /** The onboarding page's submit (or the test helper): the account can now take payments. */
  completeOnboarding(accountId: string, input: { businessName?: string } = {}): Account {
    return this.update(
      this.account(accountId),
      "account.updated",
      (a) => {
        a.details_submitted = true;
        a.charges_enabled = true;
        a.payouts_enabled = true;
        a.capabilities = { card_payments: "active", transfers: "active" };
        a.business_type ??= "individual";
        if (input.businessName) a.business_profile.name = input.businessName;
        a.business_profile.url ??= "https://example.com";
        a.requirements = { ...a.requirements, currently_due: [], eventually_due: [], past_due: [], disabled_reason: null };
        a.tos_acceptance = { date: nowSeconds() };
      },
      accountId,
    );
  }

  /** Marks an account link used; returns it unless unknown, used or expired. */
  consumeAccountLink(token: string): AccountLinkRecord | { expired: AccountLinkRecord } | undefined {
    const link = this.s.accountLinks[token];
    if (!link) return undefined;
    if (link.used || link.expires_at < nowSeconds()) return { expired: link };
    link.used = true;
    this.store.touch();
    return link;
  }
}

function planOf(price: Price): Plan {
  const r = price.recurring;
  if (!r) throw new Error(`price ${price.id} is not recurring`);
  return {
    id: price.id,
    object: "plan",
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: String(price.unit_amount),
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: r.interval,
    interval_count: r.interval_count,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
}
