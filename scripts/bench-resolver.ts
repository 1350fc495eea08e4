// Resolver benchmark (`npm run bench`): prints figures, never fails on timing.
// 1. A generated catalog of 10,000 modules (deterministic): ~200 requests for random modules.
// 2. The real Odoo 19 addon graph (../shared/data/odoo-graph.json): its biggest closures, with 1 and 3 versions per addon.
import { readFileSync } from "node:fs";
import path from "node:path";
import { prepareCatalog } from "../src/server/resolver/prepare-catalog";
import { resolve } from "../src/server/resolver/resolve";
import { generateCatalog, odooCatalog, odooClosure, prng, type TOdooGraph } from "../src/server/resolver/sample-catalogs";

const MODULE_COUNT = 10_000;
const REQUESTS = 200;
const ODOO_GRAPH = path.join(import.meta.dirname, "../../shared/data/odoo-graph.json");

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summary(label: string, times: number[], extra = "") {
  const sorted = [...times].sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(2).padStart(8);
  console.log(`${label.padEnd(44)} p50 ${fmt(percentile(sorted, 50))} ms  p95 ${fmt(percentile(sorted, 95))} ms  max ${fmt(sorted.at(-1) ?? 0)} ms${extra}`);
}

function time<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const result = fn();
  return [result, performance.now() - started];
}

// ---- generated catalog ----------------------------------------------------------------------------
const [catalog, generateMs] = time(() => generateCatalog(MODULE_COUNT, 2024));
const [, prepareMs] = time(() => prepareCatalog(catalog));
const versionCount = catalog.modules.reduce((n, m) => n + m.versions.length, 0);
console.log(`resolver: generated ${MODULE_COUNT} modules / ${versionCount} versions in ${generateMs.toFixed(0)} ms, validated and indexed in ${prepareMs.toFixed(0)} ms`);

const random = prng(99);
const times: number[] = [];
const planSizes: number[] = [];
let failures = 0;
for (let i = 0; i < REQUESTS; i++) {
  const slug = `m${Math.floor(random() * MODULE_COUNT)}`;
  const [result, ms] = time(() => resolve(catalog, {}, [{ slug }]));
  times.push(ms);
  if (result.ok) planSizes.push(result.plan.length);
  else failures++;
}
const sizes = [...planSizes].sort((a, b) => a - b);
summary(`${REQUESTS} requests, ${MODULE_COUNT}-module catalog`, times, `  (plans: median ${percentile(sizes, 50)} / max ${sizes.at(-1) ?? 0} modules; ${failures} unsolvable)`);

// ---- the Odoo graph -----------------------------------------------------------------------------
const graph = JSON.parse(readFileSync(ODOO_GRAPH, "utf8")) as TOdooGraph;
const biggest = graph.modules
  .map((m) => ({ slug: m.name, size: odooClosure(graph, m.name).size }))
  .sort((a, b) => b.size - a.size || a.slug.localeCompare(b.slug))
  .slice(0, 10);
for (const versions of [1, 3]) {
  const odoo = odooCatalog(graph, versions);
  prepareCatalog(odoo);
  const odooTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const { slug } of biggest) odooTimes.push(time(() => resolve(odoo, {}, [{ slug }]))[1]);
  }
  summary(`Odoo 19, 10 biggest closures, ${versions} version(s)`, odooTimes, `  (${biggest[0]?.slug}: ${biggest[0]?.size} modules)`);
  const [all, allMs] = time(() => resolve(odoo, {}, biggest.map(({ slug }) => ({ slug }))));
  console.log(`${"  all 10 in one request".padEnd(44)} ${allMs.toFixed(2)} ms, plan of ${all.ok ? all.plan.length : "(failed)"} modules`);
}
