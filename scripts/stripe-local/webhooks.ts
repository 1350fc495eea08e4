// Webhook delivery, signed exactly as Stripe signs: header `Stripe-Signature: t=<unix>,v1=<hex>`
// where v1 = HMAC-SHA256(secret, `${t}.${payload}`) and the payload is the event's JSON. Failed
// deliveries (non-2xx or network error) are retried with exponential backoff, a bounded number of
// times. Test controls: hold and release, deliver every event twice, shuffle the order, delay each
// delivery, re-send one event, and send deliberately bad signatures.
import crypto from "node:crypto";
import type { Event } from "./objects";
import { seededRandom } from "./util";

export type DeliveryMode = {
  /** Send every event twice (the second copy is queued like any other event). */
  duplicate: boolean;
  /** Deliver queued events in random order instead of the order they happened. */
  reorder: boolean;
  /** Wait this long before each delivery. */
  delayMs: number;
  /** Seed for `reorder`, so a shuffled run can be reproduced. */
  seed?: number;
};

export type RetryPolicy = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };

export type DeliveryKind = "normal" | "duplicate" | "retry" | "resend" | "forged";

export type ForgeKind = "bad_signature" | "wrong_secret" | "stale_timestamp" | "missing_header" | "malformed_header" | "tampered_payload";

export type DeliveryRecord = {
  id: string;
  eventId: string;
  eventType: string;
  kind: DeliveryKind;
  forgery?: ForgeKind;
  attempt: number;
  /** HTTP status, or null when the request failed (connection refused, timeout). */
  status: number | null;
  ok: boolean;
  error: string | null;
  responseBody: string;
};

export type WebhookEndpoint = { url: string; secret: string };

export function signPayload(payload: string, secret: string, timestamp: number): string {
  const signature = crypto.createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${signature}`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Item = { eventId: string; kind: "normal" | "duplicate" };

export class WebhookDispatcher {
  endpoint: WebhookEndpoint | null;
  readonly deliveries: DeliveryRecord[] = [];
  private readonly getEvent: (id: string) => Event | undefined;
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly log: (line: string) => void;
  private queue: Item[] = [];
  private paused = false;
  private closed = false;
  private pumping = false;
  private inflight = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly delivered = new Set<string>();
  private waiters: Array<() => void> = [];
  private mode: DeliveryMode = { duplicate: false, reorder: false, delayMs: 0 };
  private random: () => number = Math.random;
  private seq = 0;

  constructor(opts: {
    endpoint: WebhookEndpoint | null;
    getEvent: (id: string) => Event | undefined;
    retry?: Partial<RetryPolicy>;
    timeoutMs?: number;
    log?: (line: string) => void;
  }) {
    this.endpoint = opts.endpoint;
    this.getEvent = opts.getEvent;
    this.retry = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000, ...opts.retry };
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.log = opts.log ?? (() => {});
  }

  enqueue(event: Event): void {
    if (!this.endpoint || this.closed) return;
    this.queue.push({ eventId: event.id, kind: "normal" });
    if (this.mode.duplicate) this.queue.push({ eventId: event.id, kind: "duplicate" });
    this.schedulePump();
  }

  getMode(): DeliveryMode {
    return { ...this.mode };
  }

  setMode(mode: Partial<DeliveryMode>): DeliveryMode {
    this.mode = { ...this.mode, ...mode };
    if (mode.seed !== undefined) this.random = seededRandom(mode.seed);
    return this.getMode();
  }

  isPaused(): boolean {
    return this.paused;
  }

  /** Hold deliveries: events queue up until resume() or deliverQueued(). */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.schedulePump();
  }

  /** Ids of events waiting for their first delivery, in queue order. */
  queued(): string[] {
    return this.queue.map((i) => i.eventId);
  }

  /**
   * Sends everything queued now, one at a time, in the given order (default: as queued, shuffled
   * when reorder is on), even while paused. Resolves with each first attempt's record.
   */
  async deliverQueued(opts: { order?: "fifo" | "reverse" | "shuffle" } = {}): Promise<DeliveryRecord[]> {
    const items = this.queue;
    this.queue = [];
    const order = opts.order ?? (this.mode.reorder ? "shuffle" : "fifo");
    if (order === "reverse") items.reverse();
    if (order === "shuffle") {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(this.random() * (i + 1));
        [items[i], items[j]] = [items[j] as Item, items[i] as Item];
      }
    }
    const records: DeliveryRecord[] = [];
    for (const item of items) {
      if (this.mode.delayMs > 0) await sleep(this.mode.delayMs);
      records.push(await this.attempt(item.eventId, 1, item.kind));
    }
    this.checkIdle();
    return records;
  }

  /** Delivers one event again, now (Stripe dashboard's "Resend"); no automatic retries. */
  resend(eventId: string): Promise<DeliveryRecord> {
    return this.attempt(eventId, 1, "resend");
  }

  /** Sends an event with a signature the app must refuse (for its 400 tests). */
  async sendForged(eventId: string, forgery: ForgeKind): Promise<DeliveryRecord> {
    const event = this.getEvent(eventId);
    if (!event || !this.endpoint) return this.record(eventId, event?.type ?? "", "forged", 1, null, "no such event or no webhook endpoint", "", forgery);
    const { secret } = this.endpoint;
    let payload = JSON.stringify(event, null, 2);
    const now = Math.floor(Date.now() / 1000);
    let header: string | null;
    switch (forgery) {
      case "bad_signature":
        header = `t=${now},v1=${crypto.randomBytes(32).toString("hex")}`;
        break;
      case "wrong_secret":
        header = signPayload(payload, `whsec_${crypto.randomBytes(16).toString("hex")}`, now);
        break;
      case "stale_timestamp":
        // Correctly signed, but 10 minutes old: outside the SDK's default 300 s tolerance.
        header = signPayload(payload, secret, now - 600);
        break;
      case "missing_header":
        header = null;
        break;
      case "malformed_header":
        header = "this is not a stripe signature";
        break;
      case "tampered_payload":
        header = signPayload(payload, secret, now);
        payload = JSON.stringify({ ...event, livemode: true }, null, 2);
        break;
    }
    return this.post(event, payload, header, "forged", 1, forgery);
  }

  /** Resolves once nothing is being sent or waiting for a retry, and the queue is empty or held. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    this.queue = [];
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.checkIdle();
  }

  private isIdle(): boolean {
    return this.inflight === 0 && this.timers.size === 0 && !this.pumping && (this.queue.length === 0 || this.paused || this.closed);
  }

  private checkIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private schedulePump(): void {
    if (this.pumping || this.paused || this.closed || this.queue.length === 0) return;
    this.pumping = true;
    // Next turn: everything one API call emitted is queued before the first pick (so reorder can shuffle it).
    setImmediate(() => void this.pump());
  }

  private async pump(): Promise<void> {
    try {
      while (!this.paused && !this.closed && this.queue.length > 0) {
        const index = this.mode.reorder ? Math.floor(this.random() * this.queue.length) : 0;
        const [item] = this.queue.splice(index, 1);
        if (!item) break;
        if (this.mode.delayMs > 0) await sleep(this.mode.delayMs);
        await this.attempt(item.eventId, 1, item.kind);
      }
    } finally {
      this.pumping = false;
      this.schedulePump();
      this.checkIdle();
    }
  }

  private async attempt(eventId: string, attempt: number, kind: DeliveryKind): Promise<DeliveryRecord> {
    const event = this.getEvent(eventId);
    if (!event || !this.endpoint) return this.record(eventId, event?.type ?? "", kind, attempt, null, "no such event or no webhook endpoint", "");
    const payload = JSON.stringify(event, null, 2);
    const header = signPayload(payload, this.endpoint.secret, Math.floor(Date.now() / 1000));
    const record = await this.post(event, payload, header, kind, attempt);
    if (record.ok && !this.delivered.has(eventId)) {
      this.delivered.add(eventId);
      event.pending_webhooks = Math.max(0, event.pending_webhooks - 1);
    }
    const retriable = kind === "normal" || kind === "duplicate" || kind === "retry";
    if (!record.ok && retriable && attempt < this.retry.maxAttempts && !this.closed) {
      const delay = Math.min(this.retry.baseDelayMs * 2 ** (attempt - 1), this.retry.maxDelayMs);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.attempt(eventId, attempt + 1, "retry").finally(() => this.checkIdle());
      }, delay);
      this.timers.add(timer);
    }
    return record;
  }

  private async post(event: Event, payload: string, header: string | null, kind: DeliveryKind, attempt: number, forgery?: ForgeKind): Promise<DeliveryRecord> {
    const endpoint = this.endpoint;
    if (!endpoint) return this.record(event.id, event.type, kind, attempt, null, "no webhook endpoint", "", forgery);
    this.inflight++;
    try {
      const headers: Record<string, string> = {
        "content-type": "application/json; charset=utf-8",
        "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        accept: "*/*; q=0.5, application/xml",
        "cache-control": "no-cache",
      };
      if (header !== null) headers["stripe-signature"] = header;
      const res = await fetch(endpoint.url, { method: "POST", headers, body: payload, signal: AbortSignal.timeout(this.timeoutMs) });
      const body = (await res.text()).slice(0, 1000);
      return this.record(event.id, event.type, kind, attempt, res.status, res.ok ? null : `HTTP ${res.status}`, body, forgery);
    } catch (err) {
      return this.record(event.id, event.type, kind, attempt, null, err instanceof Error ? err.message : String(err), "", forgery);
    } finally {
      this.inflight--;
    }
  }

  private record(
    eventId: string,
    eventType: string,
    kind: DeliveryKind,
    attempt: number,
    status: number | null,
    error: string | null,
    responseBody: string,
    forgery?: ForgeKind,
  ): DeliveryRecord {
    const record: DeliveryRecord = {
      id: `whd_${++this.seq}`,
      eventId,
      eventType,
      kind,
      ...(forgery ? { forgery } : {}),
      attempt,
      status,
      ok: status !== null && status >= 200 && status < 300,
      error,
      responseBody,
    };
    this.deliveries.push(record);
    this.log(`webhook ${record.ok ? "ok" : "FAILED"} ${eventType} ${eventId} (${kind}${forgery ? `:${forgery}` : ""}, attempt ${attempt}) → ${status ?? error}`);
    return record;
  }
}
