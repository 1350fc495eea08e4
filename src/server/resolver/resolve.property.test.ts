// Guards issue 4 "Resolver" properties: every plan satisfies every range, is in dependency order,
// installs nothing not needed, and a solvable request is never reported unsolvable (checked
// against a brute-force solver that tries every assignment).
import fc from "fast-check";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { resolve } from "./resolve";
import type { TCatalog, TCatalogVersion, TInstalled, TPlanStep, TResolveOptions, TResolveRequest } from "./resolver.schemas";

const VERSIONS = ["1.0.0", "1.1.0", "1.2.0", "2.0.0-beta.1", "2.0.0", "2.1.0", "3.0.0"];
const RANGES = ["^1.0.0", "^1.1.0", "~1.1.0", "^2.0.0", ">=1.1.0 <2.1.0", ">=2.0.0", "*", "^2.0.0-beta.0", "1.2.0 || 3.0.0"];
const CORE_RANGES = [">=2.0.0", "<2.0.0", "^2.3.0"];
const CORE_VERSIONS = [undefined, "1.5.0", "2.3.0"];

type TProblem = { catalog: TCatalog; installed: TInstalled; request: TResolveRequest; options: TResolveOptions };

const versionArb = (index: number) =>
  fc.record({
    deps: index === 0 ? fc.constant([]) : fc.array(fc.tuple(fc.nat(index - 1), fc.constantFrom(...RANGES), fc.boolean()), { maxLength: 3 }),
    isYanked: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
    core: fc.option(fc.constantFrom(...CORE_RANGES), { freq: 4 }),
  });

/** A catalog of ≤ maxModules modules with ≤ 4 versions each; module i depends only on modules < i, so it is acyclic. */
function problemArb(maxModules: number): fc.Arbitrary<TProblem> {
  return fc.integer({ min: 1, max: maxModules }).chain((n) =>
    fc
      .tuple(
        fc.tuple(
          ...Array.from({ length: n }, (_, i) =>
            fc.uniqueArray(fc.constantFrom(...VERSIONS), { minLength: 1, maxLength: 4 }).chain((versions) => fc.tuple(fc.constant(versions), fc.tuple(...versions.map(() => versionArb(i))))),
          ),
        ),
        fc.array(fc.tuple(fc.nat(n - 1), fc.nat(3)), { maxLength: n }),
        fc.array(fc.tuple(fc.nat(n - 1), fc.option(fc.constantFrom(...RANGES), { freq: 2 })), { minLength: 1, maxLength: 2 }),
        fc.constantFrom(...CORE_VERSIONS),
      )
      .map(([mods, installedPicks, requestPicks, coreVersion]) => {
        const catalog: TCatalog = {
          modules: mods.map(([versions, specs], i) => ({
            slug: `m${i}`,
            versions: versions.map((version, k): TCatalogVersion => {
              const spec = specs[k]!;
              const dependencies: Record<string, string> = {};
              const optionalDependencies: Record<string, string> = {};
              for (const [t, range, isOptional] of spec.deps) (isOptional ? optionalDependencies : dependencies)[`m${t}`] = range;
              return { version, dependencies, optionalDependencies, ...(spec.core ? { core: spec.core } : {}), ...(spec.isYanked ? { yanked: true } : {}) };
            }),
          })),
        };
        const installed: TInstalled = {};
        for (const [i, k] of installedPicks) {
          const versions = mods[i]![0];
          installed[`m${i}`] = versions[k % versions.length]!;
        }
        const request = requestPicks.map(([i, range]) => (range ? { slug: `m${i}`, range } : { slug: `m${i}` }));
        return { catalog, installed, request, options: coreVersion ? { coreVersion } : {} };
      }),
  );
}

// ---- an independent statement of the semantics ------------------------------------------------

type TState = Map<string, string>;

function versionOf(p: TProblem, slug: string, version: string) {
  return p.catalog.modules.find((m) => m.slug === slug)?.versions.find((v) => v.version === version);
}

function isUsable(p: TProblem, v: TCatalogVersion) {
  return !v.yanked && (p.options.coreVersion === undefined || v.core === undefined || semver.satisfies(p.options.coreVersion, v.core));
}

/** Is `state` (slug → version, absent = not installed) an acceptable outcome? Returns the modules the request needs, or null. */
function check(p: TProblem, state: TState): Set<string> | null {
  for (const r of p.request) {
    const v = state.get(r.slug);
    if (v === undefined) return null;
    if (r.range !== undefined ? !semver.satisfies(v, r.range) : v !== p.installed[r.slug] && semver.prerelease(v) !== null) return null;
  }
  const needed = new Set<string>();
  const queue = p.request.map((r) => r.slug);
  while (queue.length > 0) {
    const slug = queue.pop()!;
    if (needed.has(slug)) continue;
    needed.add(slug);
    const v = versionOf(p, slug, state.get(slug)!)!;
    for (const [t, range] of Object.entries(v.dependencies ?? {})) {
      const tv = state.get(t);
      if (tv === undefined || !semver.satisfies(tv, range)) return null;
      queue.push(t);
    }
    for (const [t, range] of Object.entries(v.optionalDependencies ?? {})) {
      const tv = state.get(t);
      if (tv === undefined) continue;
      if (!semver.satisfies(tv, range)) return null;
      queue.push(t);
    }
  }
  for (const m of p.catalog.modules) {
    const now = state.get(m.slug);
    const before = p.installed[m.slug];
    if (needed.has(m.slug)) {
      // Changes are upgrades to usable versions; the installed version may stay whatever it is.
      if (now !== before && (!isUsable(p, versionOf(p, m.slug, now!)!) || (before !== undefined && !semver.gt(now!, before)))) return null;
      continue;
    }
    if (now !== before) return null;
    if (before === undefined) continue;
    const v = versionOf(p, m.slug, before)!;
    for (const [t, range] of [...Object.entries(v.dependencies ?? {}), ...Object.entries(v.optionalDependencies ?? {})]) {
      if (needed.has(t) && !semver.satisfies(state.get(t)!, range)) return null;
    }
  }
  return needed;
}

function bruteForceSolvable(p: TProblem): boolean {
  const slugs = p.catalog.modules.map((m) => m.slug);
  const options = p.catalog.modules.map((m) => [p.installed[m.slug], ...m.versions.map((v) => v.version).filter((v) => v !== p.installed[m.slug])]);
  const state: TState = new Map();
  const walk = (i: number): boolean => {
    if (i === slugs.length) return check(p, state) !== null;
    for (const option of options[i]!) {
      if (option === undefined) state.delete(slugs[i]!);
      else state.set(slugs[i]!, option);
      if (walk(i + 1)) return true;
    }
    state.delete(slugs[i]!);
    return false;
  };
  return walk(0);
}

function applyPlan(p: TProblem, plan: TPlanStep[]): TState {
  const state: TState = new Map(Object.entries(p.installed));
  for (const step of plan) state.set(step.slug, step.version);
  return state;
}

function isInDependencyOrder(p: TProblem, plan: TPlanStep[]): boolean {
  const position = new Map(plan.map((s, i) => [s.slug, i]));
  return plan.every((step, i) => {
    const v = versionOf(p, step.slug, step.version)!;
    return [...Object.keys(v.dependencies ?? {}), ...Object.keys(v.optionalDependencies ?? {})].every((t) => (position.get(t) ?? -1) < i);
  });
}

describe("resolve: properties on generated catalogs", () => {
  it("agrees with brute force on small catalogs, and every plan is valid, minimal and ordered", () => {
    let solved = 0;
    let unsolvable = 0;
    fc.assert(
      fc.property(problemArb(6), (p) => {
        const result = resolve(p.catalog, p.installed, p.request, p.options);
        const isSolvable = bruteForceSolvable(p);
        if (!result.ok) {
          expect(result.error.kind).not.toBe("cycle");
          expect(isSolvable).toBe(false);
          unsolvable++;
          return;
        }
        solved++;
        expect(isSolvable).toBe(true);
        const state = applyPlan(p, result.plan);
        // Every range holds; nothing outside what the request needs changes; upgrades only, never yanked or core-incompatible.
        const needed = check(p, state);
        expect(needed).not.toBeNull();
        for (const step of result.plan) {
          expect(needed!.has(step.slug)).toBe(true);
          expect(step.action).toBe(p.installed[step.slug] === undefined ? "install" : "upgrade");
        }
        expect(new Set(result.plan.map((s) => s.slug)).size).toBe(result.plan.length);
        expect(isInDependencyOrder(p, result.plan)).toBe(true);
      }),
      { numRuns: 300, seed: 4242 },
    );
    // The generator must exercise both outcomes.
    expect(solved).toBeGreaterThan(50);
    expect(unsolvable).toBeGreaterThan(20);
  });

  it("keeps plans valid on larger catalogs", () => {
    fc.assert(
      fc.property(problemArb(14), (p) => {
        const result = resolve(p.catalog, p.installed, p.request, p.options);
        if (!result.ok) return;
        const state = applyPlan(p, result.plan);
        expect(check(p, state)).not.toBeNull();
        expect(isInDependencyOrder(p, result.plan)).toBe(true);
      }),
      { numRuns: 200, seed: 777 },
    );
  });
});
