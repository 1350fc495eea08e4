// stripe-local: a Stripe-compatible HTTP server for the demo and the tests. The app keeps using
// the official `stripe` SDK, pointed here with `{ host, port, protocol: "http" }`.
//
//   /v1/...      the Stripe API subset (see api.ts), form-encoded, Bearer sk_test_… auth
//   /_local/...  test controls (webhook delivery modes, subscription clock, onboarding), JSON
//   /checkout/…, /billing_portal/…, /connect/…, /invoices/…, /receipts/…  hosted pages
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { matchRoute } from "./api";
import { DEFAULT_API_VERSION, Engine } from "./engine";
import { invalidRequest, StripeLocalError, unauthorized } from "./errors";
import { render } from "./expand";
import { type FormValue, parseForm, Params } from "./form";
import type { Event } from "./objects";
import { handlePage } from "./pages";
import { Store } from "./store";
import { newId } from "./util";
import { type DeliveryMode, type DeliveryRecord, type ForgeKind, type RetryPolicy, signPayload, WebhookDispatcher, type WebhookEndpoint } from "./webhooks";

export type { DeliveryMode, DeliveryRecord, ForgeKind, RetryPolicy, WebhookEndpoint } from "./webhooks";
export { signPayload } from "./webhooks";

export type StripeLocalOptions = {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback by default; the server has no real security and must not face a network. */
  host?: string;
  /** Where events are POSTed; without it events are only recorded (GET /v1/events). */
  webhookUrl?: string;
  /** The endpoint's signing secret (`whsec_…`), the app's STRIPE_WEBHOOK_SECRET. */
  webhookSecret: string;
  /** Persist state to this JSON file (loaded at start, rewritten after changes). */
  dataFile?: string;
  apiVersion?: string;
  /** Shown on the hosted pages and as the invoices' account name. */
  businessName?: string;
  retry?: Partial<RetryPolicy>;
  deliveryTimeoutMs?: number;
  /** Base URL used in hosted-page links (`session.url`…); defaults to http://host:port. */
  publicUrl?: string;
  /** One line per API request and webhook delivery; silent by default. */
  log?: (line: string) => void;
};

export type StripeLocal = {
  url: string;
  host: string;
  port: number;
  engine: Engine;
  close(): Promise<void>;
  /** Events in the order they happened, optionally of one type. */
  events(type?: string): Event[];
  // Webhook controls
  pauseWebhooks(): void;
  resumeWebhooks(): void;
  deliverQueued(opts?: { order?: "fifo" | "reverse" | "shuffle" }): Promise<DeliveryRecord[]>;
  setDeliveryMode(mode: Partial<DeliveryMode>): DeliveryMode;
  queuedEvents(): string[];
  deliveries(): DeliveryRecord[];
  /** Resolves when nothing is in flight, waiting for a retry, or queued (unless paused). */
  waitForWebhooks(): Promise<void>;
  retryEvent(eventId: string): Promise<DeliveryRecord>;
  sendForgedEvent(eventId: string, kind: ForgeKind): Promise<DeliveryRecord>;
  /**
   * The exact body and Stripe-Signature header a delivery of this event would carry, without
   * sending it: for tests that call the app's webhook handler directly.
   */
  signEvent(eventId: string, opts?: { timestamp?: number }): { payload: string; header: string };
  setWebhookEndpoint(endpoint: WebhookEndpoint | null): void;
  // Test helpers (Stripe would need test clocks or the dashboard for these)
  advanceSubscription(id: string, opts?: { fail?: boolean }): void;
  endSubscriptionPeriod(id: string): void;
  attemptInvoice(id: string, opts?: { fail?: boolean }): void;
  completeOnboarding(accountId: string, opts?: { businessName?: string }): void;
  reset(): void;
};

const MAX_BODY = 1024 * 1024;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(invalidRequest("Request body too large."));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** `Authorization: Bearer sk_test_…` (or Basic with the key as user name, as curl -u sends). */
function apiKeyOf(req: http.IncomingMessage): string {
  const header = req.headers.authorization;
  if (!header) {
    throw unauthorized(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    );
  }
  let key = "";
  const [scheme, value = ""] = header.split(" ", 2);
  if (scheme?.toLowerCase() === "bearer") key = value.trim();
  else if (scheme?.toLowerCase() === "basic") key = Buffer.from(value, "base64").toString("utf8").split(":")[0] ?? "";
  if (!/^(sk|rk)_test_\S+$/.test(key)) {
    const shown = key.length > 8 ? `${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)}` : key;
    throw unauthorized(`Invalid API Key provided: ${shown}. stripe-local accepts any test-mode secret key (sk_test_…).`);
  }
  return key;
}

/** JSON (or form) bodies of the /_local controls, read through the same Params helper. */
function controlParams(body: string, contentType: string | undefined): Params {
  if (contentType?.includes("application/json") && body.trim()) {
    const toForm = (v: unknown): FormValue =>
      Array.isArray(v)
        ? v.map(toForm)
        : typeof v === "object" && v !== null
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toForm(x)]))
          : String(v);
    const parsed = toForm(JSON.parse(body));
    return new Params(typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {});
  }
  return new Params(parseForm(body));
}

type IdempotentResult = { fingerprint: string; status: number; body: string; at: number };

export async function startStripeLocal(options: StripeLocalOptions): Promise<StripeLocal> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? (() => {});
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  const store = new Store(options.dataFile);
  const webhooks = new WebhookDispatcher({
    endpoint: options.webhookUrl ? { url: options.webhookUrl, secret: options.webhookSecret } : null,
    getEvent: (id) => store.state.events[id],
    retry: options.retry,
    timeoutMs: options.deliveryTimeoutMs,
    log,
  });
  const engine = new Engine({
    store,
    apiVersion,
    businessName: options.businessName ?? "ADX Module Marketplace",
    onEvent: (event) => webhooks.enqueue(event),
    endpointCount: () => (webhooks.endpoint ? 1 : 0),
  });
  const idempotency = new Map<string, IdempotentResult>();

  const sendJson = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = typeof body === "string" ? body : JSON.stringify(body, null, 2);
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-cache, no-store", ...headers });
    res.end(text);
  };

  const handleApi = (req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: string) => {
    const method = req.method ?? "GET";
    const requestId = newId("req", 14);
    const headers: Record<string, string> = { "request-id": requestId, "stripe-version": String(req.headers["stripe-version"] ?? apiVersion) };
    let status = 200;
    let payload: string;
    let idemKey: string | null = null;
    let idemSlot: string | null = null;
    let fingerprint = "";
    try {
      const apiKey = apiKeyOf(req);
      const query = parseForm(url.searchParams);
      const data = method === "POST" ? { ...query, ...parseForm(body) } : query;
      const params = new Params(data);
      const header = req.headers["idempotency-key"];
      idemKey = method === "POST" && typeof header === "string" && header !== "" ? header : null;
      if (idemKey) {
        idemSlot = `${apiKey}\u0000${idemKey}`;
        fingerprint = `${method} ${url.pathname} ${JSON.stringify(data)}`;
        const saved = idempotency.get(idemSlot);
        if (saved) {
          if (saved.fingerprint !== fingerprint) {
            throw new StripeLocalError(400, {
              type: "idempotency_error",
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idemKey}' if you meant to execute a different request.`,
            });
          }
          log(`${method} ${url.pathname} → ${saved.status} (idempotent replay)`);
          sendJson(res, saved.status, saved.body, { ...headers, "idempotency-key": idemKey, "idempotent-replayed": "true" });
          return;
        }
      }
      const match = matchRoute(method, url.pathname);
      if (!match) {
        throw invalidRequest(`Unrecognized request URL (${method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`, { status: 404 });
      }
      engine.request = { id: requestId, idempotencyKey: idemKey };
      try {
        const result = match.handler({ engine, params, path: match.path, url: match.url });
        payload = JSON.stringify(render(engine, result, params.strList("expand")), null, 2);
      } finally {
        engine.request = { id: null, idempotencyKey: null };
      }
      if (method !== "GET") store.touch();
    } catch (err) {
      if (err instanceof StripeLocalError) {
        status = err.status;
        payload = JSON.stringify(err.toJSON(), null, 2);
      } else {
        status = 500;
        const message = err instanceof Error ? err.message : String(err);
        log(`internal error on ${method} ${url.pathname}: ${err instanceof Error ? (err.stack ?? message) : message}`);
        payload = JSON.stringify({ error: { type: "api_error", message: `stripe-local internal error: ${message}` } }, null, 2);
      }
    }
    // Stripe saves the result once the endpoint started executing: successes, card errors and
    // server errors replay; validation errors (which change nothing) may be retried.
    if (idemSlot && (status < 400 || status === 402 || status >= 500)) {
      const now = Date.now();
      for (const [k, v] of idempotency) if (now - v.at > 24 * 3600 * 1000) idempotency.delete(k);
      idempotency.set(idemSlot, { fingerprint, status, body: payload, at: now });
    }
    if (idemKey) headers["idempotency-key"] = idemKey;
    log(`${method} ${url.pathname} → ${status}`);
    sendJson(res, status, payload, headers);
  };

  const handleControl = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: string) => {
    const method = req.method ?? "GET";
    const p = controlParams(body, req.headers["content-type"]);
    const parts = url.pathname.split("/").filter(Boolean).slice(1).map(decodeURIComponent);
    const [a, b, c] = parts;
    // `events/evt_1/resend` → `events/:id/resend`; two-part paths (`webhooks/pause`) are literal.
    const route = `${method} ${parts.length === 3 ? `${a}/:id/${c}` : parts.join("/")}`;
    const done = (result: unknown = { ok: true }) => {
      store.touch();
      sendJson(res, 200, result);
    };
    switch (route) {
      case "GET health":
        return sendJson(res, 200, { ok: true, apiVersion });
      case "GET events":
        return sendJson(res, 200, { data: events(p.str("type")) });
      case "GET webhooks":
        return sendJson(res, 200, {
          endpoint: webhooks.endpoint?.url ?? null,
          paused: webhooks.isPaused(),
          mode: webhooks.getMode(),
          queued: webhooks.queued(),
          deliveries: webhooks.deliveries,
        });
      case "POST webhooks/pause":
        webhooks.pause();
        return done();
      case "POST webhooks/resume":
        webhooks.resume();
        return done();
      case "POST webhooks/deliver":
        return done({ deliveries: await webhooks.deliverQueued({ order: p.oneOf("order", ["fifo", "reverse", "shuffle"] as const) }) });
      case "POST webhooks/wait":
        await webhooks.idle();
        return done();
      case "POST webhooks/mode":
        return done(
          webhooks.setMode({
            ...(p.has("duplicate") ? { duplicate: p.bool("duplicate") ?? false } : {}),
            ...(p.has("reorder") ? { reorder: p.bool("reorder") ?? false } : {}),
            ...(p.has("delayMs") ? { delayMs: p.int("delayMs") ?? 0 } : {}),
            ...(p.has("seed") ? { seed: p.int("seed") ?? 0 } : {}),
          }),
        );
      case "POST webhooks/endpoint":
        webhooks.endpoint = p.str("url") ? { url: p.reqStr("url"), secret: p.str("secret") ?? options.webhookSecret } : null;
        return done();
      case "POST events/:id/resend":
        engine.event(b as string);
        return done(await webhooks.resend(b as string));
      case "POST events/:id/forge":
        engine.event(b as string);
        return done(
          await webhooks.sendForged(
            b as string,
            p.oneOf("kind", ["bad_signature", "wrong_secret", "stale_timestamp", "missing_header", "malformed_header", "tampered_payload"] as const) ?? "bad_signature",
          ),
        );
      case "POST subscriptions/:id/advance": {
        const { subscription, invoice } = engine.advanceSubscription(b as string, { fail: p.bool("fail") ?? false });
        return done({ subscription, invoice });
      }
      case "POST subscriptions/:id/end_period":
        return done({ subscription: engine.endSubscriptionPeriod(b as string) });
      case "POST invoices/:id/attempt":
        return done({ invoice: engine.payInvoice(b as string, { fail: p.bool("fail") ?? false }) });
      case "POST accounts/:id/complete_onboarding":
        return done({ account: engine.completeOnboarding(b as string, { businessName: p.str("business_name") }) });
      case "POST reset":
        store.reset();
        return done();
      default:
        throw invalidRequest(`Unrecognized stripe-local control (${method}: ${url.pathname}).`, { status: 404 });
    }
  };

  const events = (type?: string): Event[] => Object.values(store.state.events).filter((e) => type === undefined || e.type === type);

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://stripe-local");
    const body = await readBody(req);
    if (url.pathname.startsWith("/v1/")) return handleApi(req, res, url, body);
    try {
      if (url.pathname.startsWith("/_local/")) return await handleControl(req, res, url, body);
      const form = new URLSearchParams(req.method === "POST" ? body : "");
      const page = handlePage(engine, req.method ?? "GET", url.pathname, form);
      if (!page) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
        res.end("Not found");
        return;
      }
      if (req.method === "POST") store.touch();
      if ("redirect" in page) {
        res.writeHead(303, { location: page.redirect });
        res.end();
        return;
      }
      res.writeHead(page.status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(page.html);
    } catch (err) {
      if (err instanceof StripeLocalError) return sendJson(res, err.status, err.toJSON());
      const message = err instanceof Error ? err.message : String(err);
      log(`internal error on ${req.method} ${url.pathname}: ${message}`);
      sendJson(res, 500, { error: { type: "api_error", message } });
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof StripeLocalError ? err.status : 500;
      const body = err instanceof StripeLocalError ? err.toJSON() : { error: { type: "api_error", message: String(err) } };
      if (!res.headersSent) sendJson(res, status, body);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  engine.origin = options.publicUrl?.replace(/\/$/, "") ?? url;

  return {
    url,
    host,
    port,
    engine,
    async close() {
      webhooks.close();
      store.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    events,
    pauseWebhooks: () => webhooks.pause(),
    resumeWebhooks: () => webhooks.resume(),
    deliverQueued: (opts) => webhooks.deliverQueued(opts),
    setDeliveryMode: (mode) => webhooks.setMode(mode),
    queuedEvents: () => webhooks.queued(),
    deliveries: () => [...webhooks.deliveries],
    waitForWebhooks: () => webhooks.idle(),
    retryEvent: (id) => webhooks.resend(id),
    sendForgedEvent: (id, kind) => webhooks.sendForged(id, kind),
    signEvent: (id, opts = {}) => {
      const payload = JSON.stringify(engine.event(id), null, 2);
      const secret = webhooks.endpoint?.secret ?? options.webhookSecret;
      return { payload, header: signPayload(payload, secret, opts.timestamp ?? Math.floor(Date.now() / 1000)) };
    },
    setWebhookEndpoint: (endpoint) => {
      webhooks.endpoint = endpoint;
    },
    advanceSubscription: (id, opts) => void engine.advanceSubscription(id, opts),
    endSubscriptionPeriod: (id) => void engine.endSubscriptionPeriod(id),
    attemptInvoice: (id, opts) => void engine.payInvoice(id, opts),
    completeOnboarding: (id, opts) => void engine.completeOnboarding(id, opts),
    reset: () => store.reset(),
  };
}

/** A random signing secret in Stripe's format, for tests that do not care which. */
export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(24).toString("base64url")}`;
}
