// Search benchmark (`npm run bench`, issue 5): prints figures and never fails on timing.
//
// 1. Starts a throw-away PostgreSQL server (as `npm test` does), migrates it and seeds 10,000
//    generated modules (deterministic: names, summaries, descriptions, tags, categories, prices,
//    ratings, installs, core ranges; 95 % published).
// 2. Serves search over HTTP with the embedded default backend (PostgreSQL full-text search):
//    the built app (`next start`, tRPC `GET /api/trpc/search.find`, trivial route `/api/health`)
//    when a build newer than the sources exists (`npm run build`); otherwise, or with --minimal, a
//    small node:http server around the same capability (scripts/bench-search-server.ts: `/search`,
//    trivial `/ping`).
// 3. Measures p50/p95 latency of a mix of search requests (queries, typos, prefixes, filters,
//    sorts, pages) and of the trivial JSON route at 1 and 20 concurrent clients, in the same run.
//
//   node scripts/bench-search.mjs [--minimal] [--requests=N]
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { adminQuery, ensurePostgresInstalled, findPgBin, freePort, log, startSystemPostgres, waitForPort, withDatabase } from "./lib/services.mjs";

const MODULE_COUNT = 10_000;
const args = process.argv.slice(2);
const minimal = args.includes("--minimal");
const REQUESTS = Number(args.find((a) => a.startsWith("--requests="))?.split("=")[1] ?? 600);

// ---- generated catalog ------------------------------------------------------------------------

function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ["Finance", "Sales", "Marketing", "Projects", "Human Resources", "Support", "Operations", "Analytics", "Communication", "Productivity", "Commerce", "Security"];
const DOMAINS = [
  ["Invoice", "invoices", "billing"], ["Billing", "bills", "billing"], ["Project", "projects", "projects"], ["Task", "tasks", "projects"],
  ["Time", "timesheets", "projects"], ["CRM", "customers", "sales"], ["Sales", "deals", "sales"], ["Lead", "leads", "sales"],
  ["Inventory", "stock levels", "operations"], ["Warehouse", "shipments", "operations"], ["Payroll", "salaries", "hr"], ["Recruiting", "candidates", "hr"],
  ["Helpdesk", "tickets", "support"], ["Chat", "conversations", "communication"], ["Calendar", "meetings", "productivity"], ["Booking", "appointments", "productivity"],
  ["Analytics", "metrics", "analytics"], ["Report", "reports", "analytics"], ["Dashboard", "KPIs", "analytics"], ["Document", "documents", "productivity"],
  ["Contract", "contracts", "sales"], ["Expense", "expenses", "finance"], ["Budget", "budgets", "finance"], ["Survey", "surveys", "marketing"],
  ["Email", "newsletters", "marketing"], ["Campaign", "campaigns", "marketing"], ["Shipping", "parcels", "commerce"], ["Asset", "equipment", "operations"],
  ["Fleet", "vehicles", "operations"], ["Wiki", "articles", "productivity"], ["Portal", "customer accounts", "support"], ["Quote", "quotes", "sales"],
  ["Subscription", "subscriptions", "billing"], ["Loyalty", "rewards", "commerce"], ["Tax", "tax returns", "finance"], ["Ledger", "journal entries", "finance"],
];
const SUFFIXES = ["Manager", "Pro", "Sync", "Hub", "Tracker", "Suite", "Connector", "Assistant", "Studio", "Lite", "Plus", "Center", "Automation", "Insights", "Board", "Flow"];
const BRANDS = ["Acme", "Nimbus", "Quartz", "Orbit", "Maple", "Cobalt", "Juniper", "Atlas", "Falcon", "Harbor", "Pioneer", "Summit", "Vertex", "Willow", "Zephyr", "Beacon"];
const VERBS = ["track", "automate", "organise", "share", "approve", "export", "analyse", "schedule", "reconcile", "sync"];
const CORE_RANGES = [">=2.0.0", ">=2.0.0 <3.0.0", "^2.1.0", "^2.4.0", ">=3.0.0", "~2.3.0", "*"];
const CURATED = ["Invoices", "Invoice Reminders", "Project Management", "CRM", "Time Tracking", "Helpdesk", "Inventory", "Payroll"];

function generateCatalog() {
  const rand = prng(20261122);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const categories = CATEGORIES.map((name, i) => ({ id: `bench-cat-${i}`, slug: name.toLowerCase().replaceAll(" ", "-"), name, sortOrder: i }));
  const publishers = Array.from({ length: 300 }, (_, i) => ({ id: `bench-pub-${i}`, slug: `bench-publisher-${i}`, name: `${pick(BRANDS)} Labs ${i}`, isVerified: rand() < 0.3 }));
  const modules = [];
  for (let i = 0; i < MODULE_COUNT; i += 1) {
    const [domain, things, topic] = pick(DOMAINS);
    const name = i < CURATED.length ? CURATED[i] : `${pick(BRANDS)} ${domain} ${pick(SUFFIXES)}`;
    const verb = pick(VERBS);
    const roll = rand();
    const status = roll < 0.95 ? "PUBLISHED" : roll < 0.98 ? "DRAFT" : "TAKEN_DOWN";
    const pricing = rand() < 0.6 ? "FREE" : rand() < 0.5 ? "ONE_TIME" : "SUBSCRIPTION";
    const ratingCount = rand() < 0.3 ? 0 : Math.floor(rand() ** 3 * 400) + 1;
    const ratingAverage = ratingCount ? Math.round((1 + rand() * 4) * 10) / 10 : 0;
    modules.push({
      id: `bench-mod-${i}`,
      slug: `${name.toLowerCase().replaceAll(/[^a-z0-9]+/g, "-")}-${i}`,
      name,
      summary: `${verb[0].toUpperCase()}${verb.slice(1)} your ${things} and keep every ${topic} detail in one place`,
      description: `## ${name}\n\n${name} helps teams ${verb} ${things}. It connects ${pick(DOMAINS)[1]} with ${pick(DOMAINS)[1]}, sends reminders and exports to CSV.\n\n- ${pick(VERBS)} ${things}\n- ${pick(VERBS)} ${pick(DOMAINS)[1]}\n- reports for ${topic}`,
      categoryId: categories[CATEGORIES.indexOf(pick(CATEGORIES))].id,
      publisherId: pick(publishers).id,
      tags: [topic, domain.toLowerCase(), pick(VERBS)].join(","),
      pricingModel: pricing,
      priceCents: pricing === "FREE" ? 0 : 500 + Math.floor(rand() * 100) * 100,
      status,
      ratingAverage,
      ratingCount,
      ratingSum: Math.round(ratingAverage * ratingCount),
      activeInstalls: Math.floor(rand() ** 4 * 20_000),
      updatedAt: new Date(Date.now() - Math.floor(rand() * 400) * 86_400_000),
      coreRange: pick(CORE_RANGES),
    });
  }
  return { categories, publishers, modules };
}

async function seed(url) {
  const { categories, publishers, modules } = generateCatalog();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const col = (rows, key) => rows.map((r) => r[key]);
  try {
    await c.query("BEGIN");
    await c.query(`INSERT INTO "Category" (id, slug, name, "sortOrder") SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])`, [
      col(categories, "id"), col(categories, "slug"), col(categories, "name"), col(categories, "sortOrder"),
    ]);
    await c.query(`INSERT INTO "Publisher" (id, slug, name, "isVerified", "updatedAt") SELECT *, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::bool[])`, [
      col(publishers, "id"), col(publishers, "slug"), col(publishers, "name"), col(publishers, "isVerified"),
    ]);
    await c.query(
      `INSERT INTO "Module" (id, slug, name, summary, description, "categoryId", "publisherId", tags, "pricingModel", "priceCents", status,
                             "ratingAverage", "ratingCount", "ratingSum", "activeInstalls", "installCount", "publishedAt", "updatedAt")
       SELECT id, slug, name, summary, description, cat, pub, string_to_array(tags, ','), pricing::"PricingModel", price, status::"ModuleStatus",
              avg, cnt, sum, installs, installs, CASE WHEN status = 'DRAFT' THEN NULL ELSE updated END, updated
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::text[],
                   $12::float8[], $13::int[], $14::int[], $15::int[], $16::timestamptz[])
         AS t(id, slug, name, summary, description, cat, pub, tags, pricing, price, status, avg, cnt, sum, installs, updated)`,
      ["id", "slug", "name", "summary", "description", "categoryId", "publisherId", "tags", "pricingModel", "priceCents", "status", "ratingAverage", "ratingCount", "ratingSum", "activeInstalls", "updatedAt"].map((k) => col(modules, k)),
    );
    const released = modules.filter((m) => m.status !== "DRAFT");
    await c.query(
      `INSERT INTO "ModuleVersion" (id, "moduleId", version, major, minor, patch, manifest, sha256, "sizeBytes", state, "coreRange", permissions, "publishedAt", "updatedAt")
       SELECT 'v-' || mid, mid, '1.0.0', 1, 0, 0, '{}', md5(mid) || md5(mid), 1024, 'PUBLISHED', range, '{}', now(), now()
       FROM unnest($1::text[], $2::text[]) AS t(mid, range)`,
      [col(released, "id"), col(released, "coreRange")],
    );
    await c.query(`UPDATE "Module" m SET "latestVersionId" = v.id FROM "ModuleVersion" v WHERE v."moduleId" = m.id`);
    await c.query("COMMIT");
    // VACUUM sets the visibility map, so facet counts can use an index-only scan as in a settled database.
    await c.query("VACUUM ANALYZE");
  } finally {
    await c.end();
  }
  return { categories, published: modules.filter((m) => m.status === "PUBLISHED").length };
}

// ---- HTTP load ----------------------------------------------------------------------------------

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function get(url) {
  return new Promise((resolve) => {
    const started = performance.now();
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on("end", () => resolve({ ms: performance.now() - started, ok: res.statusCode === 200 }));
      })
      .on("error", () => resolve({ ms: performance.now() - started, ok: false }));
  });
}

async function measure(urls, clients, total) {
  let next = 0;
  let errors = 0;
  const times = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const url = urls[next % urls.length];
        next += 1;
        const r = await get(url);
        times.push(r.ms);
        if (!r.ok) errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
  return { p50: at(50), p95: at(95), max: times.at(-1) ?? 0, rps: total / seconds, errors };
}

function searchInputs(categories) {
  const cat = (i) => categories[i % categories.length].slug;
  return [
    {},
    { q: "invoice" },
    { q: "invoce" },
    { q: "project management", sort: "rating" },
    { q: "crm", pricing: "free" },
    { q: "ana" },
    { category: cat(3), sort: "updated" },
    { q: "time tracking", coreVersion: "2.3.0", compatibleOnly: true },
    { minRating: 4, verifiedOnly: true, sort: "rating" },
    { q: "sync", page: 3 },
    { q: "reconcile journal entries", category: cat(0) },
    { q: "acme dashboard insights", sort: "popular" },
  ];
}

// ---- servers ------------------------------------------------------------------------------------

function startProcess(cmd, argv, env) {
  // Its own process group, so stopping it stops what npx/next started below it.
  const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"], detached: true });
  return {
    child,
    stop() {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    },
  };
}

/** The newest modification time of the server's sources (what a build would contain). */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated") walk(file);
      } else newest = Math.max(newest, fs.statSync(file).mtimeMs);
    }
  };
  for (const dir of ["src", "inngest", "prisma"]) if (fs.existsSync(dir)) walk(dir);
  return newest;
}

async function startApp(dbUrl, port) {
  const env = {
    DATABASE_URL: dbUrl,
    AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    INNGEST_SIGNING_KEY: `signkey-local-${crypto.randomBytes(32).toString("hex")}`,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
    PACKAGE_STORE_DIR: path.join(dir, "packages"),
  };
  const built = fs.existsSync(".next/BUILD_ID") ? fs.statSync(".next/BUILD_ID").mtimeMs : 0;
  if (!minimal && built > 0 && newestSource() > built) {
    log("bench: the Next.js build is older than the sources, so it would measure old code; using the minimal server (`npm run build` first to measure the app)");
  } else if (!minimal && built > 0) {
    const app = startProcess(path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], env);
    try {
      await waitForPort(port, 60_000);
      const base = `http://127.0.0.1:${port}`;
      const probe = await get(`${base}/api/trpc/search.find?input=${encodeURIComponent(JSON.stringify({ json: { q: "invoice" } }))}`);
      if (probe.ok) {
        return {
          ...app,
          label: "the built app (next start), tRPC over HTTP",
          search: (input) => `${base}/api/trpc/search.find?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
          trivial: { label: "GET /api/health", url: `${base}/api/health` },
        };
      }
      log("bench: the build does not answer search.find (built before the search capability?); using the minimal server");
    } catch (e) {
      log(`bench: next start did not come up (${e.message}); using the minimal server`);
    }
    app.stop();
  }
  const server = startProcess(path.resolve("node_modules/.bin/tsx"), ["scripts/bench-search-server.ts", String(port)], env);
  await waitForPort(port, 60_000);
  const base = `http://127.0.0.1:${port}`;
  return {
    ...server,
    label: "node:http around searchModules (scripts/bench-search-server.ts; no current build, or --minimal)",
    search: (input) => `${base}/search?input=${encodeURIComponent(JSON.stringify(input))}`,
    trivial: { label: "GET /ping", url: `${base}/ping` },
  };
}

// ---- run ----------------------------------------------------------------------------------------

if (!ensurePostgresInstalled()) {
  console.log("search bench: skipped, it needs a PostgreSQL server (Debian's postgresql package)");
  process.exit(0);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adx-bench-pg-"));
let db = null;
let app = null;
const cleanup = () => {
  app?.stop();
  app = null;
  db?.stop();
  db = null;
  fs.rmSync(dir, { recursive: true, force: true });
};
process.on("SIGINT", () => (cleanup(), process.exit(130)));

try {
  db = await startSystemPostgres({ bin: findPgBin(), dir, port: await freePort() });
  await adminQuery(db.url, `CREATE DATABASE "adx_bench"`);
  const dbUrl = withDatabase(db.url, "adx_bench");
  const migrated = spawnSync(process.execPath, ["scripts/migrate.mjs", "deploy"], { env: { ...process.env, DATABASE_URL: dbUrl }, encoding: "utf8" });
  if (migrated.status !== 0) throw new Error(`migrating the bench database failed:\n${migrated.stderr}`);
  let started = performance.now();
  const { categories, published } = await seed(dbUrl);
  const seeded = ((performance.now() - started) / 1000).toFixed(1);

  app = await startApp(dbUrl, await freePort());
  const searchUrls = searchInputs(categories).map(app.search);
  const trivialUrls = [app.trivial.url];
  // Warm up: JIT, connection pool, PostgreSQL caches.
  await measure(searchUrls, 4, 120);
  await measure(trivialUrls, 4, 120);

  console.log(`\nsearch bench: ${MODULE_COUNT.toLocaleString("en")} generated modules (${published.toLocaleString("en")} published, seeded in ${seeded} s)`);
  console.log(`backend: PostgreSQL full-text search (embedded default); server: ${app.label}`);
  console.log(`machine: ${os.cpus().length} CPUs, Node ${process.version}; the load generator runs on the same machine\n`);
  console.log(`${"route".padEnd(44)}${"clients".padStart(8)}${"requests".padStart(10)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"max ms".padStart(9)}${"req/s".padStart(8)}${"errors".padStart(8)}`);
  for (const clients of [1, 20]) {
    for (const [label, urls] of [
      [`${app.trivial.label} (trivial JSON)`, trivialUrls],
      [`search (${searchUrls.length} mixed queries)`, searchUrls],
    ]) {
      started = performance.now();
      const r = await measure(urls, clients, REQUESTS);
      const f = (n) => n.toFixed(1).padStart(9);
      console.log(`${label.padEnd(44)}${String(clients).padStart(8)}${String(REQUESTS).padStart(10)}${f(r.p50)}${f(r.p95)}${f(r.max)}${r.rps.toFixed(0).padStart(8)}${String(r.errors).padStart(8)}`);
    }
  }
  console.log("\n(figures only: nothing here fails on timing; the aim is p95 < 50 ms at 20 clients on a 2-core machine)");
} catch (e) {
  console.log(`search bench: could not run: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  cleanup();
  agent.destroy();
}
