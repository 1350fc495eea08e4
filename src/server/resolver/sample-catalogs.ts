import type { TCatalog, TCatalogVersion } from "./resolver.schemas";

// Catalogs for tests and benchmarks: the real Odoo 19 addon graph (../shared/data/odoo-graph.json)
// and a deterministic generated catalog of any size.

export type TOdooGraph = { modules: { name: string; depends_effective: string[] }[] };

/** Each Odoo addon becomes a module; with `versionCount` 3 it has 1.0.0, 1.1.0 and 1.2.0, all needing `^1.0.0` of each dependency. */
export function odooCatalog(graph: TOdooGraph, versionCount = 1): TCatalog {
  return {
    modules: graph.modules.map((m) => ({
      slug: m.name,
      versions: Array.from({ length: versionCount }, (_, i) => ({
        version: `1.${i}.0`,
        dependencies: Object.fromEntries(m.depends_effective.map((d) => [d, "^1.0.0"])),
      })),
    })),
  };
}

/** Every module reachable from `slug` through its (single-version) dependencies, itself included. */
export function odooClosure(graph: TOdooGraph, slug: string): Set<string> {
  const bySlug = new Map(graph.modules.map((m) => [m.name, m.depends_effective]));
  const seen = new Set<string>();
  const queue = [slug];
  while (queue.length > 0) {
    const s = queue.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    queue.push(...(bySlug.get(s) ?? []));
  }
  return seen;
}

/** mulberry32: a small deterministic PRNG, so generated catalogs are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generated catalog: module i has 1–5 versions and depends on 0–6 lower-indexed modules (so it is
 * acyclic) with caret ranges, mostly on the target's newest major, sometimes on an older version. Most dependencies point at
 * nearby modules, some at the first (popular, foundational) modules.
 */
export function generateCatalog(moduleCount: number, seed = 1): TCatalog {
  const random = prng(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const versionsOf: string[][] = [];
  const modules: TCatalog["modules"] = [];
  for (let i = 0; i < moduleCount; i++) {
    const count = 1 + pick(5);
    const versions: string[] = [];
    let major = 1 + pick(2);
    let minor = 0;
    for (let k = 0; k < count; k++) {
      versions.push(`${major}.${minor}.0`);
      if (random() < 0.3) {
        major++;
        minor = 0;
      } else {
        minor++;
      }
    }
    versionsOf.push(versions);
    const entries: TCatalogVersion[] = versions.map((version) => {
      const dependencies: Record<string, string> = {};
      const depCount = i === 0 ? 0 : pick(7);
      for (let d = 0; d < depCount; d++) {
        const target = random() < 0.2 ? pick(Math.min(i, 50)) : Math.max(0, i - 1 - pick(Math.min(i, 200)));
        const targetVersions = versionsOf[target]!;
        // Mostly the target's newest major (as authors keep up), sometimes an older version.
        const newest = targetVersions.at(-1)!;
        const newestMajorFirst = targetVersions.find((v) => v.split(".")[0] === newest.split(".")[0])!;
        dependencies[`m${target}`] = `^${random() < 0.85 ? newestMajorFirst : targetVersions[pick(targetVersions.length)]}`;
      }
      return { version, dependencies };
    });
    modules.push({ slug: `m${i}`, versions: entries });
  }
  return { modules };
}
