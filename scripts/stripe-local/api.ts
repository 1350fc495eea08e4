// The /v1 routes the local server answers, each a thin mapping from the request to the engine.
// Lists are newest first with Stripe's filters for the resources the marketplace reads.
import type { Engine } from "./engine";
import { paginate } from "./expand";
import type { Params } from "./form";

export type ApiContext = { engine: Engine; params: Params; path: Record<string, string>; url: string };
type Method = "GET" | "POST" | "DELETE";
type Route = { method: Method; pattern: string; handler: (ctx: ApiContext) => unknown };

const eq = (value: string | undefined, actual: string | null | undefined) => value === undefined || value === actual;

const ROUTES: Route[] = [
  // Customers
  { method: "POST", pattern: "/v1/customers", handler: ({ engine, params }) => engine.createCustomer(params) },
  {
    method: "GET",
    pattern: "/v1/customers",
    handler: ({ engine, params, url }) => paginate(engine.all(engine.store.state.customers, (c) => eq(params.str("email"), c.email)), params, url, "customer"),
  },
  { method: "GET", pattern: "/v1/customers/:id", handler: ({ engine, path }) => engine.customer(path.id as string) },
  { method: "POST", pattern: "/v1/customers/:id", handler: ({ engine, path, params }) => engine.updateCustomer(path.id as string, params) },
  { method: "DELETE", pattern: "/v1/customers/:id", handler: ({ engine, path }) => engine.deleteCustomer(path.id as string) },

  // Products and prices
  { method: "POST", pattern: "/v1/products", handler: ({ engine, params }) => engine.createProduct(params) },
  {
    method: "GET",
    pattern: "/v1/products",
    handler: ({ engine, params, url }) => {
      const active = params.bool("active");
      return paginate(engine.all(engine.store.state.products, (x) => active === undefined || x.active === active), params, url, "product");
    },
  },
  { method: "GET", pattern: "/v1/products/:id", handler: ({ engine, path }) => engine.product(path.id as string) },
  { method: "POST", pattern: "/v1/products/:id", handler: ({ engine, path, params }) => engine.updateProduct(path.id as string, params) },
  { method: "POST", pattern: "/v1/prices", handler: ({ engine, params }) => engine.createPrice(params) },
  {
    method: "GET",
    pattern: "/v1/prices",
    handler: ({ engine, params, url }) => {
      const active = params.bool("active");
      const lookupKeys = params.strList("lookup_keys");
      return paginate(
        engine.all(
          engine.store.state.prices,
          (x) =>
            (active === undefined || x.active === active) &&
            eq(params.str("product"), x.product) &&
            eq(params.str("type"), x.type) &&
            (lookupKeys.length === 0 || (x.lookup_key !== null && lookupKeys.includes(x.lookup_key))),
        ),
        params,
        url,
        "price",
      );
    },
  },
  { method: "GET", pattern: "/v1/prices/:id", handler: ({ engine, path }) => engine.price(path.id as string) },
  { method: "POST", pattern: "/v1/prices/:id", handler: ({ engine, path, params }) => engine.updatePrice(path.id as string, params) },

  // Checkout
  { method: "POST", pattern: "/v1/checkout/sessions", handler: ({ engine, params }) => engine.createCheckoutSession(params) },
  {
    method: "GET",
    pattern: "/v1/checkout/sessions",
    handler: ({ engine, params, url }) =>
      paginate(
        engine.all(
          engine.store.state.checkoutSessions,
          (x) => eq(params.str("customer"), x.customer) && eq(params.str("payment_intent"), x.payment_intent) && eq(params.str("subscription"), x.subscription) && eq(params.str("status"), x.status),
        ),
        params,
        url,
        "checkout.session",
      ),
  },
  {
    method: "GET",
    pattern: "/v1/checkout/sessions/:id",
    handler: ({ engine, path }) => {
      const session = engine.checkoutSession(path.id as string);
      engine.refreshSession(session);
      return session;
    },
  },
  {
    method: "GET",
    pattern: "/v1/checkout/sessions/:id/line_items",
    handler: ({ engine, path, params, url }) => paginate(engine.lineItemsOf(engine.checkoutSession(path.id as string).id), params, url, "line item"),
  },
  { method: "POST", pattern: "/v1/checkout/sessions/:id/expire", handler: ({ engine, path }) => engine.expireCheckoutSession(path.id as string) },

  // Payments
  {
    method: "GET",
    pattern: "/v1/payment_intents",
    handler: ({ engine, params, url }) => paginate(engine.all(engine.store.state.paymentIntents, (x) => eq(params.str("customer"), x.customer)), params, url, "payment_intent"),
  },
  { method: "GET", pattern: "/v1/payment_intents/:id", handler: ({ engine, path }) => engine.paymentIntent(path.id as string) },
  { method: "GET", pattern: "/v1/payment_methods/:id", handler: ({ engine, path }) => engine.paymentMethod(path.id as string) },
  {
    method: "GET",
    pattern: "/v1/charges",
    handler: ({ engine, params, url }) =>
      paginate(engine.all(engine.store.state.charges, (x) => eq(params.str("customer"), x.customer) && eq(params.str("payment_intent"), x.payment_intent)), params, url, "charge"),
  },
  { method: "GET", pattern: "/v1/charges/:id", handler: ({ engine, path }) => engine.charge(path.id as string) },
  {
    method: "GET",
    pattern: "/v1/charges/:id/refunds",
    handler: ({ engine, path, params, url }) => {
      const charge = engine.charge(path.id as string);
      return paginate(engine.all(engine.store.state.refunds, (r) => r.charge === charge.id), params, url, "refund");
    },
  },
  { method: "POST", pattern: "/v1/refunds", handler: ({ engine, params }) => engine.createRefund(params) },
  {
    method: "GET",
    pattern: "/v1/refunds",
    handler: ({ engine, params, url }) =>
      paginate(engine.all(engine.store.state.refunds, (x) => eq(params.str("charge"), x.charge) && eq(params.str("payment_intent"), x.payment_intent)), params, url, "refund"),
  },
  { method: "GET", pattern: "/v1/refunds/:id", handler: ({ engine, path }) => engine.refund(path.id as string) },

  // Subscriptions and invoices
  {
    method: "GET",
    pattern: "/v1/subscriptions",
    handler: ({ engine, params, url }) => {
      // Stripe's default leaves canceled subscriptions out; `status=all` includes them.
      const status = params.str("status");
      return paginate(
        engine.all(
          engine.store.state.subscriptions,
          (x) =>
            eq(params.str("customer"), x.customer) &&
            (params.str("price") === undefined || x.items.data.some((i) => i.price.id === params.str("price"))) &&
            (status === "all" || (status === undefined ? x.status !== "canceled" : x.status === status)),
        ),
        params,
        url,
        "subscription",
      );
    },
  },
  { method: "GET", pattern: "/v1/subscriptions/:id", handler: ({ engine, path }) => engine.subscription(path.id as string) },
  { method: "POST", pattern: "/v1/subscriptions/:id", handler: ({ engine, path, params }) => engine.updateSubscription(path.id as string, params) },
  { method: "DELETE", pattern: "/v1/subscriptions/:id", handler: ({ engine, path, params }) => engine.cancelSubscription(path.id as string, params) },
  {
    method: "GET",
    pattern: "/v1/invoices",
    handler: ({ engine, params, url }) =>
      paginate(
        engine.all(
          engine.store.state.invoices,
          (x) => eq(params.str("customer"), x.customer) && eq(params.str("subscription"), x.parent.subscription_details.subscription) && eq(params.str("status"), x.status),
        ),
        params,
        url,
        "invoice",
      ),
  },
  { method: "GET", pattern: "/v1/invoices/:id", handler: ({ engine, path }) => engine.invoice(path.id as string) },
  {
    method: "GET",
    pattern: "/v1/invoices/:id/lines",
    handler: ({ engine, path, params, url }) => paginate([...engine.invoice(path.id as string).lines.data], params, url, "line item"),
  },
  { method: "POST", pattern: "/v1/invoices/:id/pay", handler: ({ engine, path }) => engine.payInvoice(path.id as string) },
  {
    method: "GET",
    pattern: "/v1/invoice_payments",
    handler: ({ engine, params, url }) => {
      const pi = params.obj("payment")?.str("payment_intent");
      return paginate(
        engine.all(engine.store.state.invoicePayments, (x) => eq(params.str("invoice"), x.invoice) && eq(pi, x.payment.payment_intent) && eq(params.str("status"), x.status)),
        params,
        url,
        "invoice payment",
      );
    },
  },
  { method: "GET", pattern: "/v1/invoice_payments/:id", handler: ({ engine, path }) => engine.invoicePayment(path.id as string) },

  // Billing portal
  { method: "POST", pattern: "/v1/billing_portal/sessions", handler: ({ engine, params }) => engine.createPortalSession(params) },

  // Connect
  { method: "POST", pattern: "/v1/accounts", handler: ({ engine, params }) => engine.createAccount(params) },
  { method: "GET", pattern: "/v1/accounts", handler: ({ engine, params, url }) => paginate(engine.all(engine.store.state.accounts), params, url, "account") },
  { method: "GET", pattern: "/v1/accounts/:id", handler: ({ engine, path }) => engine.account(path.id as string) },
  { method: "POST", pattern: "/v1/accounts/:id", handler: ({ engine, path, params }) => engine.updateAccount(path.id as string, params) },
  { method: "DELETE", pattern: "/v1/accounts/:id", handler: ({ engine, path }) => engine.deleteAccount(path.id as string) },
  { method: "POST", pattern: "/v1/accounts/:id/login_links", handler: ({ engine, path }) => engine.createLoginLink(path.id as string) },
  { method: "POST", pattern: "/v1/account_links", handler: ({ engine, params }) => engine.createAccountLink(params) },
  {
    method: "GET",
    pattern: "/v1/transfers",
    handler: ({ engine, params, url }) =>
      paginate(
        engine.all(engine.store.state.transfers, (x) => eq(params.str("destination"), x.destination) && eq(params.str("transfer_group"), x.transfer_group)),
        params,
        url,
        "transfer",
      ),
  },
  { method: "GET", pattern: "/v1/transfers/:id", handler: ({ engine, path }) => engine.transfer(path.id as string) },
  {
    method: "GET",
    pattern: "/v1/application_fees",
    handler: ({ engine, params, url }) => {
      const charge = params.str("charge");
      return paginate(
        engine.all(engine.store.state.applicationFees, (x) => charge === undefined || x.charge === charge || x.originating_transaction === charge),
        params,
        url,
        "application fee",
      );
    },
  },
  { method: "GET", pattern: "/v1/application_fees/:id", handler: ({ engine, path }) => engine.applicationFee(path.id as string) },

  // Events
  {
    method: "GET",
    pattern: "/v1/events",
    handler: ({ engine, params, url }) => {
      const types = params.strList("types");
      const type = params.str("type");
      // `type` accepts a `*` wildcard (`invoice.*`), as on Stripe.
      const typeMatches = (t: string) => type === undefined || (type.endsWith("*") ? t.startsWith(type.slice(0, -1)) : t === type);
      return paginate(
        engine.all(engine.store.state.events, (e) => typeMatches(e.type) && (types.length === 0 || types.includes(e.type))),
        params,
        url,
        "event",
      );
    },
  },
  { method: "GET", pattern: "/v1/events/:id", handler: ({ engine, path }) => engine.event(path.id as string) },
];

const compiled = ROUTES.map((route) => {
  const names: string[] = [];
  const source = route.pattern.replace(/:(\w+)/g, (_m, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { route, names, re: new RegExp(`^${source}$`) };
});

export type RouteMatch = { handler: Route["handler"]; path: Record<string, string>; url: string };

/** Finds the route; `undefined` is Stripe's "Unrecognized request URL". */
export function matchRoute(method: string, pathname: string): RouteMatch | undefined {
  for (const { route, names, re } of compiled) {
    if (route.method !== method) continue;
    const m = re.exec(pathname);
    if (!m) continue;
    const path: Record<string, string> = {};
    names.forEach((name, i) => (path[name] = decodeURIComponent(m[i + 1] ?? "")));
    return { handler: route.handler, path, url: pathname };
  }
  return undefined;
}

