// Guards the module runtime's sandbox (DESIGN.md "Module runtime"): hooks run in QuickJS with memory and time limits, reach the host only through ctx, and every run is cleaned up.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HOOK_LIMITS } from "../publishing/manifest/manifest.schema";
import { HOOK_DEFAULTS, HOOK_LOG_LIMITS, MIN_HOOK_MEMORY_BYTES, hookLimitsFor, runHook, type THookApi, type THookLimits, type THookLog, type THookResult } from "./sandbox";

const MODULES_DIR = path.join(import.meta.dirname, "../../../modules");
const MiB = 1024 * 1024;
/** Generous: these tests never depend on how fast the machine is, only on the kind of outcome. */
const LIMITS = { memoryBytes: 32 * MiB, timeoutMs: 5000 };

type TCall = { fn: string; args: unknown[] };

/** A host with a fake `ctx.db.query` (rows chosen by the first matching SQL pattern) and `ctx.emit`, both async. */
function fakeHost(options: { config?: Record<string, unknown>; rows?: [RegExp, unknown[]][]; api?: THookApi } = {}) {
  const calls: TCall[] = [];
  const hostLogs: THookLog[] = [];
  const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 1));
  const api: THookApi = {
    db: {
      query: (sql, params) => {
        calls.push({ fn: "db.query", args: [sql, params] });
        const match = (options.rows ?? []).find(([pattern]) => pattern.test(String(sql)));
        return later(match ? match[1] : []);
      },
    },
    emit: (name, payload) => {
      calls.push({ fn: "emit", args: [name, payload] });
      return later(undefined);
    },
    ...options.api,
  };
  const host = {
    config: options.config ?? {},
    api,
    log: (level: THookLog["level"], message: string, data?: unknown) => {
      hostLogs.push(data === undefined ? { level, message } : { level, message, data });
    },
  };
  return { host, calls, hostLogs };
}

async function run(code: string, options: { args?: unknown[]; limits?: THookLimits } & Parameters<typeof fakeHost>[0] = {}) {
  const { host, calls, hostLogs } = fakeHost(options);
  const result = await runHook({ code, filename: "hooks/test.js", args: options.args ?? [], host, limits: options.limits ?? LIMITS });
  return { result, calls, hostLogs };
}

function expectOk(result: THookResult): unknown {
  if (!result.ok) throw new Error(`expected the hook to succeed, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

function expectFailure(result: THookResult, kind: string): string {
  if (result.ok) throw new Error(`expected a ${kind} failure, the hook returned ${JSON.stringify(result.value)}`);
  expect(result.error.kind).toBe(kind);
  return result.error.message;
}

type TReferenceCase = {
  name: string;
  config?: Record<string, unknown>;
  args: unknown[];
  rows?: [RegExp, unknown[]][];
  value: unknown;
  calls?: TCall[];
  logs?: THookLog[];
};

/** The example modules' real hooks, with the ctx and arguments the platform gives them. */
const REFERENCE_CASES: Record<string, TReferenceCase[]> = {
  "client-management/hooks/create-client.js": [
    {
      name: "adds a client and announces it",
      args: [{ name: "  Ada Lovelace ", email: " ADA@Example.test", company: "Engines Ltd" }],
      rows: [
        [/^SELECT id FROM client_mgmt_clients/, []],
        [/^INSERT INTO client_mgmt_clients/, [{ id: "c1", name: "Ada Lovelace" }]],
      ],
      value: { ok: true, id: "c1", message: "Ada Lovelace was added." },
      calls: [
        { fn: "db.query", args: ["SELECT id FROM client_mgmt_clients WHERE lower(email) = $1", ["ada@example.test"]] },
        {
          fn: "db.query",
          args: [
            "INSERT INTO client_mgmt_clients (name, email, phone, company, notes) VALUES ($1, $2, $3, $4, $5) RETURNING id, name",
            ["Ada Lovelace", "ada@example.test", null, "Engines Ltd", ""],
          ],
        },
        { fn: "emit", args: ["client.created", { id: "c1", name: "Ada Lovelace" }] },
      ],
    },
    { name: "refuses an empty name", args: [{ name: "  " }], value: { ok: false, errors: { name: "Enter the client's name." } }, calls: [] },
    {
      name: "refuses a duplicate email",
      args: [{ name: "Ada", email: "ada@example.test" }],
      rows: [[/^SELECT id FROM client_mgmt_clients/, [{ id: "c0" }]]],
      value: { ok: false, errors: { email: "A client with this email already exists." } },
    },
  ],
  "client-management/hooks/format-display-name.js": [
    { name: "adds the company when configured", config: { displayNameFormat: "name-and-company" }, args: ["Ada", { company: "Engines Ltd" }], value: "Ada (Engines Ltd)" },
    { name: "keeps the name by default", args: ["Ada", { company: "Engines Ltd" }], value: "Ada" },
  ],
  "client-management/hooks/on-client-created.js": [
    {
      name: "records the activity and welcomes the client",
      config: { notifyOnNewClient: true },
      args: [{ id: "c1", name: "Ada", createdBy: "Grace" }],
      value: undefined,
      calls: [
        { fn: "db.query", args: ["INSERT INTO client_mgmt_activities (client_id, kind, summary) VALUES ($1, 'created', $2)", ["c1", "Client added by Grace"]] },
        { fn: "emit", args: ["client_mgmt.client_welcomed", { clientId: "c1", name: "Ada" }] },
      ],
    },
    { name: "ignores a payload without an id", args: [{}], value: undefined, calls: [], logs: [{ level: "warn", message: "client.created without an id; ignored" }] },
  ],
  "client-management/hooks/post-install.js": [
    {
      name: "creates the sample client",
      args: [],
      rows: [[/^INSERT INTO client_mgmt_clients/, [{ id: "c1" }]]],
      value: { created: 1 },
      logs: [{ level: "info", message: "post-install: sample client created", data: { count: 1 } }],
    },
    {
      name: "skips the sample client when the admin opted out",
      config: { createSampleClient: false },
      args: [],
      value: { created: 0 },
      calls: [],
      logs: [{ level: "info", message: "post-install: sample client skipped by configuration" }],
    },
  ],
  "crm/hooks/create-deal.js": [
    {
      name: "adds a deal in cents",
      args: [{ title: "Big deal", value: "12.5", client_id: "c1" }],
      rows: [[/^INSERT INTO crm_deals/, [{ id: "d1" }]]],
      value: { ok: true, id: "d1", message: "Deal Big deal added to the pipeline." },
      calls: [
        {
          fn: "db.query",
          args: [
            "INSERT INTO crm_deals (client_id, title, stage, value_cents, owner_email, expected_close_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            ["c1", "Big deal", "lead", 1250, null, null],
          ],
        },
        { fn: "emit", args: ["deal.created", { id: "d1", title: "Big deal", valueCents: 1250 }] },
      ],
    },
    { name: "refuses a negative value", args: [{ title: "x", value: -1 }], value: { ok: false, errors: { value: "Enter a value of zero or more." } }, calls: [] },
  ],
  "crm/hooks/deal-stages.js": [
    { name: "uses the tenant's stages", config: { stages: ["new", "won"] }, args: [["lead", "qualified", "won"]], value: ["new", "won"] },
    { name: "keeps the default stages", args: [["lead", "qualified", "won"]], value: ["lead", "qualified", "won"] },
  ],
  "crm/hooks/on-client-created.js": [
    {
      name: "opens a lead when enabled",
      config: { createLeadForNewClients: true },
      args: [{ id: "c1", name: "Ada" }],
      rows: [[/^INSERT INTO crm_deals/, [{ id: "d7" }]]],
      value: undefined,
      calls: [
        { fn: "db.query", args: ["INSERT INTO crm_deals (client_id, title, stage) VALUES ($1, $2, 'lead') RETURNING id", ["c1", "New business: Ada"]] },
        {
          fn: "db.query",
          args: ["INSERT INTO crm_activities (deal_id, client_id, kind, note) VALUES ($1, $2, 'system', 'Lead opened automatically for a new client')", ["d7", "c1"]],
        },
      ],
    },
    { name: "does nothing when disabled", args: [{ id: "c1", name: "Ada" }], value: undefined, calls: [] },
  ],
  "crm/hooks/post-install.js": [
    { name: "logs the stages", config: { stages: ["a", "b", "c"] }, args: [], value: { created: 0 }, logs: [{ level: "info", message: "crm installed", data: { stages: 3 } }] },
  ],
  "invoices/hooks/create-invoice.js": [
    {
      name: "numbers the invoice and saves a draft",
      config: { numberPrefix: "ACME-", currency: "EUR", paymentTermsDays: 14 },
      args: [{ client_id: "c1", amount: "99.99", description: "Consulting" }],
      rows: [
        [/^SELECT count/, [{ n: 42 }]],
        [/^INSERT INTO invoices_invoices/, [{ id: "i1" }]],
      ],
      value: { ok: true, id: "i1", message: "Invoice ACME-00042 saved as a draft." },
      calls: [
        { fn: "db.query", args: ["SELECT count(*)::int + 1 AS n FROM invoices_invoices", []] },
        {
          fn: "db.query",
          args: [
            "INSERT INTO invoices_invoices (number, client_id, currency, issued_on, due_on, total_cents) VALUES ($1, $2, $3, current_date, current_date + $4::int, $5) RETURNING id",
            ["ACME-00042", "c1", "EUR", 14, 9999],
          ],
        },
        { fn: "db.query", args: ["INSERT INTO invoices_lines (invoice_id, description, unit_price_cents) VALUES ($1, $2, $3)", ["i1", "Consulting", 9999]] },
        { fn: "emit", args: ["invoice.created", { id: "i1", number: "ACME-00042", clientId: "c1", totalCents: 9999 }] },
      ],
    },
    { name: "asks for a client", args: [{ amount: 10 }], value: { ok: false, errors: { client_id: "Choose the client to invoice." } }, calls: [] },
  ],
  "invoices/hooks/format-invoice-number.js": [
    { name: "adds the year when configured", config: { includeYear: true }, args: ["INV-00042", { issued_on: "2025-03-01" }], value: "INV-2025-00042" },
    { name: "keeps the number by default", args: ["INV-00042", { issued_on: "2025-03-01" }], value: "INV-00042" },
  ],
  "invoices/hooks/on-invoice-paid.js": [
    {
      name: "marks the invoice paid and thanks the client",
      config: { thankClientOnPayment: true },
      args: [{ invoiceId: "i1" }],
      rows: [[/^UPDATE invoices_invoices/, [{ number: "INV-00042" }]]],
      value: undefined,
      calls: [
        { fn: "db.query", args: ["UPDATE invoices_invoices SET status = 'paid', paid_at = now() WHERE id = $1 AND status <> 'paid' RETURNING number", ["i1"]] },
        { fn: "emit", args: ["notification.requested", { template: "invoice-paid", invoiceId: "i1" }] },
      ],
      logs: [{ level: "info", message: "invoice paid", data: { number: "INV-00042" } }],
    },
    { name: "ignores a repeated payment", config: { thankClientOnPayment: true }, args: [{ invoiceId: "i1" }], value: undefined, logs: [] },
  ],
  "invoices/hooks/post-install.js": [
    { name: "logs the numbering", args: [], value: { created: 0 }, logs: [{ level: "info", message: "invoices installed", data: { prefix: "INV-", currency: "USD" } }] },
  ],
  "project-management/hooks/add-open-projects.js": [
    {
      name: "adds the open project count",
      args: [{ invoices: 3 }, { id: "c1" }],
      rows: [[/^SELECT count/, [{ n: 2 }]]],
      value: { invoices: 3, openProjects: 2 },
      calls: [{ fn: "db.query", args: ["SELECT count(*)::int AS n FROM pm_projects WHERE client_id = $1 AND status <> 'done'", ["c1"]] }],
    },
  ],
  "project-management/hooks/create-project.js": [
    {
      name: "creates a project",
      args: [{ name: "Website", client_id: "c1", starts_on: "2025-01-01", due_on: "2025-02-01" }],
      rows: [[/^INSERT INTO pm_projects/, [{ id: "p1" }]]],
      value: { ok: true, id: "p1", message: "Project Website created." },
    },
    {
      name: "refuses a due date before the start",
      args: [{ name: "Website", starts_on: "2025-02-01", due_on: "2025-01-01" }],
      value: { ok: false, errors: { due_on: "The due date is before the start date." } },
      calls: [],
    },
  ],
  "project-management/hooks/on-task-completed.js": [
    {
      name: "completes the project after its last task",
      args: [{ projectId: "p1" }],
      rows: [[/^SELECT count/, [{ n: 0 }]]],
      value: undefined,
      calls: [
        { fn: "db.query", args: ["SELECT count(*)::int AS n FROM pm_tasks WHERE project_id = $1 AND done_at IS NULL", ["p1"]] },
        { fn: "db.query", args: ["UPDATE pm_projects SET status = 'done', updated_at = now() WHERE id = $1", ["p1"]] },
        { fn: "emit", args: ["project.completed", { id: "p1" }] },
      ],
    },
  ],
  "project-management/hooks/post-install.js": [
    { name: "logs the default view", args: [], value: { created: 0 }, logs: [{ level: "info", message: "project-management installed", data: { defaultView: "list" } }] },
  ],
};

describe("runHook: the example modules' hooks", () => {
  it("has a case for every hook file in modules/", () => {
    const files = readdirSync(MODULES_DIR).flatMap((slug) => {
      const dir = path.join(MODULES_DIR, slug, "hooks");
      try {
        return readdirSync(dir).filter((f) => f.endsWith(".js")).map((f) => `${slug}/hooks/${f}`);
      } catch {
        return [];
      }
    });
    expect(files.length).toBeGreaterThan(0);
    expect(Object.keys(REFERENCE_CASES).sort()).toEqual(files.sort());
  });

  for (const [file, cases] of Object.entries(REFERENCE_CASES)) {
    for (const c of cases) {
      it(`${file}: ${c.name}`, async () => {
        const { host, calls, hostLogs } = fakeHost({ config: c.config, rows: c.rows });
        const code = readFileSync(path.join(MODULES_DIR, file), "utf8");
        const result = await runHook({ code, filename: file, args: c.args, host, limits: hookLimitsFor({ max_memory: "64MB", timeout_ms: 5000 }) });
        expect(expectOk(result)).toEqual(c.value);
        if (c.calls) expect(calls).toEqual(c.calls);
        if (c.logs) {
          expect(result.logs).toEqual(c.logs);
          expect(hostLogs).toEqual(c.logs);
        }
      });
    }
  }
});

describe("runHook: limits", () => {
  it("stops an endless loop with a timeout", async () => {
    const { result } = await run("export default function () { while (true) {} }", { limits: { memoryBytes: 8 * MiB, timeoutMs: 50 } });
    expect(expectFailure(result, "timeout")).toBe("hooks/test.js did not finish within 50 ms");
  });

  it("stops an endless loop at the module's top level, and one the hook tries to catch", async () => {
    const limits = { memoryBytes: 8 * MiB, timeoutMs: 50 };
    expectFailure((await run("for (;;) {} export default () => 1;", { limits })).result, "timeout");
    const catching = "export default function () { for (;;) { try { while (true) {} } catch (e) { /* keep going */ } } }";
    expectFailure((await run(catching, { limits })).result, "timeout");
  });

  it("stops an endless chain of promise jobs", async () => {
    const code = "export default async function () { for (;;) await null; }";
    expectFailure((await run(code, { limits: { memoryBytes: 8 * MiB, timeoutMs: 50 } })).result, "timeout");
  });

  it("ends a run whose host call never returns, at the host-wait limit", async () => {
    const code = "export default async function (ctx) { await ctx.wait(); return 'done'; }";
    const { result } = await run(code, { api: { wait: () => new Promise(() => {}) }, limits: { memoryBytes: 8 * MiB, timeoutMs: 50, hostWaitMs: 100 } });
    expectFailure(result, "timeout");
  });

  it("does not count waiting for a slow host call against the hook's own time", async () => {
    // The host answers after 3x the hook's time limit (a busy database): the hook still succeeds.
    const code = "export default async function (ctx) { const a = await ctx.slow(); const b = await ctx.slow(); return a + b; }";
    const slow = () => new Promise((resolve) => setTimeout(() => resolve(1), 150));
    const { result } = await run(code, { api: { slow }, limits: { memoryBytes: 8 * MiB, timeoutMs: 50 } });
    expect(result).toMatchObject({ ok: true, value: 2 });
  });

  it("still stops a hook that loops after its host call returned", async () => {
    const code = "export default async function (ctx) { await ctx.slow(); for (;;) {} }";
    const slow = () => new Promise((resolve) => setTimeout(() => resolve(1), 100));
    const { result } = await run(code, { api: { slow }, limits: { memoryBytes: 8 * MiB, timeoutMs: 50 } });
    expectFailure(result, "timeout");
  });

  it("stops an allocation bomb with out of memory", async () => {
    const code = "export default function () { const a = []; for (;;) a.push([a.length, { n: a.length }]); }";
    const { result } = await run(code, { limits: { memoryBytes: 4 * MiB, timeoutMs: 5000 } });
    expect(expectFailure(result, "memory")).toBe("hooks/test.js ran out of memory (limit 4 MiB)");
  });

  it("stops ArrayBuffers that QuickJS's own limit does not count, at the WebAssembly ceiling", async () => {
    const code = "export default function () { const a = []; for (;;) a.push(new ArrayBuffer(1 << 20)); }";
    const { result } = await run(code, { limits: { memoryBytes: 4 * MiB, timeoutMs: 5000 } });
    expectFailure(result, "memory");
  });

  it("reports a hook that catches out-of-memory and goes on as the error it throws next", async () => {
    const code = `export default function () {
      let a = [];
      try { for (;;) a.push(new ArrayBuffer(1 << 20)); } catch (e) { a = null; return "recovered: " + e.message; }
    }`;
    const { result } = await run(code, { limits: { memoryBytes: 4 * MiB, timeoutMs: 5000 } });
    expect(expectOk(result)).toBe("recovered: out of memory");
  });

  it("reports `throw null` as out of memory: it is how QuickJS signals a heap full to the last bytes", async () => {
    expectFailure((await run("export default () => { throw null; };")).result, "memory");
  });

  it("turns runaway recursion into an error, not a crash of the host", async () => {
    const { result } = await run("export default function f(n = 0) { return f(n + 1) + 1; }");
    expect(expectFailure(result, "error")).toMatch(/^InternalError: stack overflow\n {4}at f \(hooks\/test\.js/);
  });

  it("keeps each run's memory to itself: a run after a memory bomb works", async () => {
    await run("export default function () { const a = []; for (;;) a.push(new ArrayBuffer(1 << 20)); }", { limits: { memoryBytes: 4 * MiB, timeoutMs: 5000 } });
    expect(expectOk((await run("export default () => 'fine'")).result)).toBe("fine");
  });
});

describe("runHook: errors and invalid hooks", () => {
  it("reports a thrown error with its message and where it was thrown", async () => {
    const code = "export default function hook(ctx) {\n  throw new TypeError('boom ' + ctx.config.n);\n}";
    const { result } = await run(code, { config: { n: 7 } });
    const message = expectFailure(result, "error");
    expect(message).toMatch(/^TypeError: boom 7\n {4}at hook \(hooks\/test\.js:2/);
    expect(!result.ok && result.error.stack).toContain("hooks/test.js");
  });

  it("reports a rejected promise, a top-level throw and a thrown non-Error", async () => {
    expect(expectFailure((await run("export default async () => { await null; throw new Error('later'); }")).result, "error")).toMatch(/^Error: later/);
    expect(expectFailure((await run("throw new RangeError('at load'); export default () => 1;")).result, "error")).toMatch(/^RangeError: at load/);
    expect(expectFailure((await run("export default () => { throw 'oops'; }")).result, "error")).toBe('the hook threw "oops"');
  });

  it("refuses a module without a default export function", async () => {
    expect(expectFailure((await run("export const x = 1;")).result, "invalid")).toMatch(/has no default export/);
    expect(expectFailure((await run("export default 42;")).result, "invalid")).toMatch(/does not export a function as default/);
  });

  it("refuses invalid JavaScript", async () => {
    expect(expectFailure((await run("export default function ( {")).result, "invalid")).toMatch(/^hooks\/test\.js is not valid JavaScript: /);
  });

  it("refuses imports, static and dynamic, with a clear message", async () => {
    const staticImport = expectFailure((await run("import fs from 'node:fs'; export default () => fs;")).result, "invalid");
    expect(staticImport).toBe('hooks cannot import other modules (tried "node:fs"); everything a hook needs comes through ctx');
    const dynamicImport = expectFailure((await run("export default async () => (await import('./other.js')).default;")).result, "invalid");
    expect(dynamicImport).toContain('tried "./other.js"');
  });

  it("refuses a result that is not JSON", async () => {
    expect(expectFailure((await run("export default () => () => 1;")).result, "invalid")).toBe("the hook returned a function, which cannot be sent as JSON");
    expect(expectFailure((await run("export default () => { const a = {}; a.self = a; return a; };")).result, "invalid")).toMatch(/cannot be sent as JSON/);
    expect(expectFailure((await run("export default () => 10n;")).result, "invalid")).toMatch(/cannot be sent as JSON/);
  });

  it("returns JSON clones: undefined stays undefined, dates become strings, functions in objects drop out", async () => {
    expect(expectOk((await run("export default () => {};")).result)).toBeUndefined();
    const value = expectOk((await run("export default () => ({ at: new Date(0), f() {}, n: [1, 'two', null] });")).result);
    expect(value).toEqual({ at: "1970-01-01T00:00:00.000Z", n: [1, "two", null] });
  });

  it("reports a promise that nothing will ever settle", async () => {
    expect(expectFailure((await run("export default () => new Promise(() => {});")).result, "error")).toMatch(/never settles/);
  });

  it("refuses bad limits, reserved API names and arguments that are not JSON", async () => {
    const host = { config: {}, log: () => {} };
    const base = { code: "export default () => 1;", filename: "x.js", args: [], host, limits: LIMITS };
    expect((await runHook({ ...base, limits: { memoryBytes: 0, timeoutMs: 10 } })).ok).toBe(false);
    expect((await runHook({ ...base, limits: { memoryBytes: MiB, timeoutMs: Number.NaN } })).ok).toBe(false);
    expectFailure(await runHook({ ...base, host: { ...host, api: { log: () => 1 } } }), "invalid");
    expectFailure(await runHook({ ...base, args: [10n] }), "invalid");
  });
});

describe("runHook: nothing of the host but ctx", () => {
  it("has no process, require, fetch, timers or other host globals", async () => {
    const names = ["process", "require", "module", "fetch", "XMLHttpRequest", "WebSocket", "setTimeout", "setInterval", "Buffer", "std", "os", "Deno", "Bun"];
    const code = `export default () => (${JSON.stringify(names)}).filter((n) => typeof globalThis[n] !== "undefined");`;
    expect(expectOk((await run(code)).result)).toEqual([]);
  });

  it("passes config and arguments as copies the hook cannot change on the host", async () => {
    const config = { list: [1] };
    const arg = { n: 1 };
    const { host } = fakeHost({ config });
    const code = "export default (ctx, a) => { ctx.config.list.push(2); a.n = 2; return [ctx.config.list, a.n]; };";
    const result = await runHook({ code, filename: "x.js", args: [arg], host, limits: LIMITS });
    expect(expectOk(result)).toEqual([[1, 2], 2]);
    expect(config).toEqual({ list: [1] });
    expect(arg).toEqual({ n: 1 });
  });

  it("awaits an async host function and uses its result", async () => {
    const code = "export default async (ctx) => { const rows = await ctx.db.query('SELECT 1', []); return rows.length * (await ctx.double(21)); };";
    const { result, calls } = await run(code, {
      rows: [[/SELECT 1/, [{ a: 1 }, { a: 2 }]]],
      api: { double: (n) => new Promise((resolve) => setTimeout(() => resolve(Number(n) * 2), 1)) },
    });
    expect(expectOk(result)).toBe(84);
    expect(calls).toEqual([{ fn: "db.query", args: ["SELECT 1", []] }]);
  });

  it("returns a sync host function's value directly", async () => {
    expect(expectOk((await run("export default (ctx) => ctx.now().year + 1;", { api: { now: () => ({ year: 2025 }) } })).result)).toBe(2026);
  });

  it("turns a host function's error into one the hook can catch, without the host's stack", async () => {
    const code = `export default async (ctx) => {
      const seen = [];
      try { ctx.denied(); } catch (e) { seen.push(e.name + ": " + e.message, String(e.stack).includes("sandbox.test")); }
      try { await ctx.later(); } catch (e) { seen.push(e.message); }
      try { ctx.bigint(); } catch (e) { seen.push(e.message); }
      return seen;
    };`;
    const { result } = await run(code, {
      api: {
        denied: () => {
          throw new Error("permission client.write was not granted");
        },
        later: () => Promise.reject(new Error("database is down")),
        bigint: () => 10n,
      },
    });
    expect(expectOk(result)).toEqual(["Error: permission client.write was not granted", false, "database is down", "ctx.bigint returned a value that is not JSON"]);
  });

  it("waits for host calls the hook did not await before the run ends", async () => {
    const { result, calls } = await run("export default (ctx) => { ctx.emit('a.sent', { n: 1 }); return 'returned first'; };");
    expect(expectOk(result)).toBe("returned first");
    expect(calls).toEqual([{ fn: "emit", args: ["a.sent", { n: 1 }] }]);
  });

  it("captures ctx.log and console lines, and hands them to the host", async () => {
    const code = `export default (ctx) => {
      ctx.log.debug("d");
      ctx.log.info("saved", { id: 1 });
      ctx.log.warn("careful", () => 1);
      ctx.log.error({ not: "a string" });
      console.log("from console", { x: 1 }, 2);
    };`;
    const { result, hostLogs } = await run(code);
    const expected: THookLog[] = [
      { level: "debug", message: "d" },
      { level: "info", message: "saved", data: { id: 1 } },
      { level: "warn", message: "careful" },
      { level: "error", message: '{"not":"a string"}' },
      { level: "info", message: 'from console {"x":1} 2' },
    ];
    expect(result.logs).toEqual(expected);
    expect(hostLogs).toEqual(expected);
  });

  it("caps how much one run may log", async () => {
    const { result, hostLogs } = await run("export default (ctx) => { for (let i = 0; i < 300; i++) ctx.log.info('line ' + i, { big: 'x'.repeat(12000) }); };");
    expect(result.logs).toHaveLength(HOOK_LOG_LIMITS.entries + 1);
    expect(result.logs[0]?.data).toBe("[12010 characters of data omitted]");
    expect(result.logs.at(-1)?.message).toMatch(/log limit of 100 lines reached/);
    expect(hostLogs).toHaveLength(HOOK_LOG_LIMITS.entries);
  });

  it("runs hooks side by side without mixing them up", async () => {
    const code = "export default async (ctx, n) => { const a = await ctx.echo(n); const b = await ctx.echo(a + 1); return [ctx.config.name, b]; };";
    const echo = (v: unknown) => new Promise((resolve) => setTimeout(() => resolve(v), 1));
    const results = await Promise.all([1, 10, 100].map((n) => run(code, { args: [n], config: { name: `run ${n}` }, api: { echo } })));
    expect(results.map((r) => expectOk(r.result))).toEqual([
      ["run 1", 2],
      ["run 10", 11],
      ["run 100", 101],
    ]);
  });

  // Handle leaks need no test of their own: QuickJS asserts on them when a runtime is freed, and
  // its abort message goes to console.error, which fails whichever test leaked.
  it("cleans up after every run: 200 runs in a row do not pile up memory", async () => {
    const code = "export default async (ctx) => { ctx.log.info('x', { a: [1, 2, 3] }); return (await ctx.db.query('SELECT', [])).length + ctx.config.n; };";
    await run(code, { config: { n: 1 } }); // warm-up: the compiled WebAssembly module is cached
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 200; i++) {
      expect(expectOk((await run(code, { config: { n: i } })).result)).toBe(i);
    }
    // Each run touches several MiB of its own WebAssembly memory; kept alive, 200 would be far more.
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * MiB);
  }, 60_000);
});

describe("hookLimitsFor", () => {
  it("uses the manifest's resources", () => {
    expect(hookLimitsFor({ max_memory: "64MB", timeout_ms: 200 })).toEqual({ memoryBytes: 64_000_000, timeoutMs: 200 });
    expect(hookLimitsFor({ max_memory: "16MiB" })).toEqual({ memoryBytes: 16 * MiB, timeoutMs: HOOK_DEFAULTS.timeoutMs });
  });

  it("falls back to the platform's defaults", () => {
    expect(hookLimitsFor(undefined)).toEqual(HOOK_DEFAULTS);
    expect(hookLimitsFor({})).toEqual(HOOK_DEFAULTS);
  });

  it("keeps limits within the platform's ceilings and the engine's floor", () => {
    expect(hookLimitsFor({ max_memory: "1GB", timeout_ms: 60_000 })).toEqual({ memoryBytes: HOOK_LIMITS.maxMemoryBytes, timeoutMs: HOOK_LIMITS.maxTimeoutMs });
    expect(hookLimitsFor({ max_memory: "1KB", timeout_ms: 0 })).toEqual({ memoryBytes: MIN_HOOK_MEMORY_BYTES, timeoutMs: HOOK_LIMITS.minTimeoutMs });
  });
});
