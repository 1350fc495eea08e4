// In-memory state of the local Stripe server, optionally persisted to one JSON file so
// `npm run demo` keeps its customers, subscriptions and events across restarts.
import fs from "node:fs";
import path from "node:path";
import { emptyState, type State, type StoredObject } from "./objects";

/** Id prefix → the collection holding such objects (longest prefixes first). */
const PREFIXES: ReadonlyArray<readonly [string, keyof State, string]> = [
  ["inpay_", "invoicePayments", "invoice payment"],
  ["price_", "prices", "price"],
  ["prod_", "products", "product"],
  ["cus_", "customers", "customer"],
  ["cs_", "checkoutSessions", "checkout.session"],
  ["pm_", "paymentMethods", "payment method"],
  ["pi_", "paymentIntents", "payment_intent"],
  ["ch_", "charges", "charge"],
  ["re_", "refunds", "refund"],
  ["sub_", "subscriptions", "subscription"],
  ["in_", "invoices", "invoice"],
  ["acct_", "accounts", "account"],
  ["bps_", "portalSessions", "billing_portal.session"],
  ["tr_", "transfers", "transfer"],
  ["fee_", "applicationFees", "application fee"],
  ["evt_", "events", "event"],
];

export class Store {
  state: State;
  private readonly dataFile: string | undefined;
  private saveTimer: NodeJS.Timeout | undefined;

  constructor(dataFile?: string) {
    this.dataFile = dataFile ? path.resolve(dataFile) : undefined;
    this.state = this.load();
  }

  private load(): State {
    if (!this.dataFile || !fs.existsSync(this.dataFile)) return emptyState();
    const parsed = JSON.parse(fs.readFileSync(this.dataFile, "utf8")) as Partial<State>;
    // Collections added in later versions start empty in older files.
    return { ...emptyState(), ...parsed };
  }

  /** Marks the state dirty; the file is rewritten shortly after (and on flush()). */
  touch(): void {
    if (!this.dataFile || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.flush(), 50);
    this.saveTimer.unref();
  }

  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.dataFile) return;
    fs.mkdirSync(path.dirname(this.dataFile), { recursive: true });
    // Write-then-rename so a crash mid-write never leaves half a file.
    const tmp = `${this.dataFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.state));
    fs.renameSync(tmp, this.dataFile);
  }

  reset(): void {
    this.state = emptyState();
    this.touch();
  }

  /** Finds any stored object by id, using Stripe's id prefixes. */
  lookup(id: string): StoredObject | undefined {
    for (const [prefix, key] of PREFIXES) {
      if (id.startsWith(prefix)) {
        const collection = this.state[key] as Record<string, StoredObject>;
        return collection[id];
      }
    }
    return undefined;
  }

  kindOf(id: string): string | undefined {
    return PREFIXES.find(([prefix]) => id.startsWith(prefix))?.[2];
  }
}
