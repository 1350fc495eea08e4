// Guards issue 4 "Resolver": plans in dependency order, highest versions, complete search, errors that explain themselves.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ResolverInputError } from "./prepare-catalog";
import { resolve } from "./resolve";
import type { TCatalog, TCatalogVersion } from "./resolver.schemas";
import { generateCatalog, odooCatalog, odooClosure, type TOdooGraph } from "./sample-catalogs";

type TVersionSpec = Omit<TCatalogVersion, "version" | "dependencies"> & { deps?: Record<string, string> };

/** catalog({ a: { "1.0.0": { deps: { b: "^1.0.0" } } } }) */
function catalog(spec: Record<string, Record<string, TVersionSpec>>): TCatalog {
  return {
    modules: Object.entries(spec).map(([slug, versions]) => ({
      slug,
      versions: Object.entries(versions).map(([version, { deps, ...rest }]) => ({ version, dependencies: deps ?? {}, ...rest })),
    })),
  };
}

const install = (slug: string, version: string) => ({ slug, version, action: "install" });
const upgrade = (slug: string, version: string) => ({ slug, version, action: "upgrade" });

describe("resolve: plans", () => {
  it("installs a simple chain dependencies first", () => {
    const c = catalog({ a: { "1.0.0": { deps: { b: "^1.0.0" } } }, b: { "1.0.0": { deps: { c: "^1.0.0" } } }, c: { "1.0.0": {}, "1.2.0": {} } });
    expect(resolve(c, {}, [{ slug: "a" }])).toEqual({ ok: true, plan: [install("c", "1.2.0"), install("b", "1.0.0"), install("a", "1.0.0")] });
  });

  it("picks the highest common version in a diamond", () => {
    const c = catalog({
      app: { "1.0.0": { deps: { left: "^1.0.0", right: "^1.0.0" } } },
      left: { "1.0.0": { deps: { base: "^1.0.0" } } },
      right: { "1.0.0": { deps: { base: ">=1.2.0 <1.5.0" } } },
      base: { "1.0.0": {}, "1.2.0": {}, "1.4.3": {}, "1.5.0": {}, "2.0.0": {} },
    });
    const result = resolve(c, {}, [{ slug: "app" }]);
    expect(result.ok && result.plan.find((s) => s.slug === "base")).toEqual(install("base", "1.4.3"));
    expect(result.ok && result.plan.map((s) => s.slug).at(0)).toBe("base");
    expect(result.ok && result.plan.at(-1)?.slug).toBe("app");
  });

  it("backtracks where a greedy highest-first pass fails", () => {
    const c = catalog({
      a: { "2.0.0": { deps: { c: "^1.0.0" } }, "1.0.0": { deps: { c: "^2.0.0" } } },
      b: { "2.0.0": { deps: { c: "^2.0.0" } } },
      c: { "1.0.0": {}, "1.5.0": {}, "2.0.0": {}, "2.1.0": {} },
    });
    const result = resolve(c, {}, [{ slug: "a" }, { slug: "b" }]);
    expect(result.ok).toBe(true);
    expect(result.ok && [...result.plan].sort((x, y) => x.slug.localeCompare(y.slug))).toEqual([install("a", "1.0.0"), install("b", "2.0.0"), install("c", "2.1.0")]);
    expect(result.ok && result.plan[0]?.slug).toBe("c");
  });

  it("respects a requested range", () => {
    const c = catalog({ a: { "1.0.0": {}, "1.5.0": {}, "2.0.0": {} } });
    expect(resolve(c, {}, [{ slug: "a", range: "~1.0.0" }])).toEqual({ ok: true, plan: [install("a", "1.0.0")] });
    expect(resolve(c, {}, [{ slug: "a", range: "^1.0.0" }])).toEqual({ ok: true, plan: [install("a", "1.5.0")] });
  });

  it("leaves out installed modules that already satisfy every range", () => {
    const c = catalog({ a: { "1.0.0": { deps: { b: "^1.0.0" } } }, b: { "1.0.0": {}, "1.9.0": {} } });
    expect(resolve(c, { b: "1.0.0" }, [{ slug: "a" }])).toEqual({ ok: true, plan: [install("a", "1.0.0")] });
  });

  it("returns an empty plan for a module already installed at a satisfying version", () => {
    const c = catalog({ a: { "1.0.0": {}, "2.0.0": {} } });
    expect(resolve(c, { a: "1.0.0" }, [{ slug: "a" }])).toEqual({ ok: true, plan: [] });
    expect(resolve(c, { a: "1.0.0" }, [{ slug: "a", range: "^1.0.0" }])).toEqual({ ok: true, plan: [] });
  });

  it("upgrades an installed module on request", () => {
    const c = catalog({ a: { "1.0.0": {}, "2.0.0": {}, "2.1.0": {} } });
    expect(resolve(c, { a: "1.0.0" }, [{ slug: "a", range: "^2.0.0" }])).toEqual({ ok: true, plan: [upgrade("a", "2.1.0")] });
  });

  it("upgrades an installed module that a new module needs at a newer version", () => {
    const c = catalog({ invoices: { "2.1.0": { deps: { clients: "^1.4.0" } } }, clients: { "1.2.0": {}, "1.4.0": {}, "1.6.0": {} } });
    expect(resolve(c, { clients: "1.2.0" }, [{ slug: "invoices" }])).toEqual({ ok: true, plan: [upgrade("clients", "1.6.0"), install("invoices", "2.1.0")] });
  });

  it("skips yanked versions for new installs but keeps an installed yanked version", () => {
    const c = catalog({ a: { "1.0.0": {}, "1.1.0": { yanked: true } }, app: { "1.0.0": { deps: { a: "^1.0.0" } } } });
    expect(resolve(c, {}, [{ slug: "app" }])).toEqual({ ok: true, plan: [install("a", "1.0.0"), install("app", "1.0.0")] });
    expect(resolve(c, { a: "1.1.0" }, [{ slug: "app" }])).toEqual({ ok: true, plan: [install("app", "1.0.0")] });
  });

  it("never chooses versions whose core range excludes the tenant's core", () => {
    const c = catalog({ a: { "1.0.0": { core: ">=2.0.0" }, "1.1.0": { core: ">=3.0.0" } } });
    expect(resolve(c, {}, [{ slug: "a" }], { coreVersion: "2.3.0" })).toEqual({ ok: true, plan: [install("a", "1.0.0")] });
    expect(resolve(c, {}, [{ slug: "a" }])).toEqual({ ok: true, plan: [install("a", "1.1.0")] });
  });

  it("skips an optional dependency that is not present", () => {
    const c = catalog({ a: { "1.0.0": { optionalDependencies: { extras: "^1.0.0" } } }, extras: { "1.0.0": {} } });
    expect(resolve(c, {}, [{ slug: "a" }])).toEqual({ ok: true, plan: [install("a", "1.0.0")] });
  });

  it("upgrades an installed optional dependency to the range asked for", () => {
    const c = catalog({ a: { "1.0.0": { optionalDependencies: { extras: "^2.0.0" } } }, extras: { "1.0.0": {}, "2.0.0": {} } });
    expect(resolve(c, { extras: "1.0.0" }, [{ slug: "a" }])).toEqual({ ok: true, plan: [upgrade("extras", "2.0.0"), install("a", "1.0.0")] });
  });

  it("binds a requested optional dependency and orders it first", () => {
    const c = catalog({ a: { "1.0.0": { optionalDependencies: { extras: "^1.0.0" } } }, extras: { "1.0.0": {}, "2.0.0": {} } });
    expect(resolve(c, {}, [{ slug: "a" }, { slug: "extras" }])).toEqual({ ok: true, plan: [install("extras", "1.0.0"), install("a", "1.0.0")] });
  });

  it("chooses prereleases only when a range names them", () => {
    const c = catalog({ a: { "1.0.0": {}, "1.1.0-beta.1": {}, "2.0.0-rc.1": {} }, app: { "1.0.0": { deps: { a: "^1.0.0" } } } });
    expect(resolve(c, {}, [{ slug: "app" }])).toEqual({ ok: true, plan: [install("a", "1.0.0"), install("app", "1.0.0")] });
    expect(resolve(c, {}, [{ slug: "a" }])).toEqual({ ok: true, plan: [install("a", "1.0.0")] });
    expect(resolve(c, {}, [{ slug: "a", range: "^2.0.0-rc.0" }])).toEqual({ ok: true, plan: [install("a", "2.0.0-rc.1")] });
    expect(resolve(c, {}, [{ slug: "a", range: ">=1.1.0-beta.0 <1.2.0" }])).toEqual({ ok: true, plan: [install("a", "1.1.0-beta.1")] });
    // An installed prerelease stays when the request names the module without a range.
    expect(resolve(c, { a: "2.0.0-rc.1" }, [{ slug: "a" }])).toEqual({ ok: true, plan: [] });
  });
});

describe("resolve: errors", () => {
  it("reports a cycle with its path", () => {
    const c = catalog({ a: { "1.0.0": { deps: { b: "^1.0.0" } } }, b: { "1.0.0": { deps: { c: "^1.0.0" } } }, c: { "1.0.0": { deps: { a: "^1.0.0" } } } });
    const result = resolve(c, {}, [{ slug: "a" }]);
    expect(result).toEqual({ ok: false, error: { kind: "cycle", path: ["a", "b", "c", "a"], message: expect.stringContaining("a → b → c → a") } });
  });

  it("names who asked for each side of a conflict between the request and an installed module", () => {
    const c = catalog({ clients: { "1.0.0": {}, "2.0.0": {} }, invoices: { "2.1.0": { deps: { clients: "^1.0.0" } } } });
    const result = resolve(c, { clients: "1.0.0", invoices: "2.1.0" }, [{ slug: "clients", range: "^2.0.0" }]);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "conflict",
        slug: "clients",
        requirements: [
          { by: "request", slug: "clients", range: "^2.0.0" },
          { by: "invoices@2.1.0", slug: "clients", range: "^1.0.0" },
        ],
        message: "You asked for clients ^2.0.0, but invoices 2.1.0 needs clients ^1.0.0. No version of clients satisfies both.",
      },
    });
  });

  it("names both modules when two dependencies clash", () => {
    const c = catalog({
      a: { "1.0.0": { deps: { c: "^1.0.0" } } },
      b: { "1.0.0": { deps: { c: "^2.0.0" } }, "1.1.0": { deps: { c: "^2.1.0" } } },
      c: { "1.0.0": {}, "2.0.0": {}, "2.1.0": {} },
    });
    const result = resolve(c, {}, [{ slug: "a" }, { slug: "b" }]);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== "conflict") throw new Error("expected a conflict");
    expect(result.error.slug).toBe("c");
    expect(result.error.requirements.map((r) => r.by).sort()).toEqual(["a@1.0.0", "b@1.1.0"]);
  });

  it("refuses a downgrade", () => {
    const c = catalog({ a: { "1.0.0": {}, "2.0.0": {} } });
    const result = resolve(c, { a: "2.0.0" }, [{ slug: "a", range: "^1.0.0" }]);
    expect(result.ok === false && result.error.kind).toBe("conflict");
    expect(result.ok === false && result.error.message).toContain("never downgraded");
  });

  it("reports a missing dependency and who needs it", () => {
    const c = catalog({ invoices: { "1.0.0": { deps: { ledger: "^1.0.0" } } } });
    expect(resolve(c, {}, [{ slug: "invoices" }])).toEqual({
      ok: false,
      error: { kind: "missing", slug: "ledger", by: "invoices@1.0.0", message: "invoices 1.0.0 needs the module ledger, which is not in the catalog." },
    });
    expect(resolve(c, {}, [{ slug: "nothing" }])).toMatchObject({ ok: false, error: { kind: "missing", slug: "nothing", by: "request" } });
  });

  it("reports a range no version matches as missing", () => {
    const c = catalog({ invoices: { "1.0.0": { deps: { ledger: "^3.0.0" } } }, ledger: { "1.0.0": {} } });
    expect(resolve(c, {}, [{ slug: "invoices" }])).toMatchObject({ ok: false, error: { kind: "missing", slug: "ledger", by: "invoices@1.0.0", range: "^3.0.0" } });
  });

  it("reports a core incompatibility", () => {
    const c = catalog({ a: { "1.0.0": { core: ">=3.0.0" } } });
    expect(resolve(c, {}, [{ slug: "a" }], { coreVersion: "2.3.0" })).toEqual({
      ok: false,
      error: { kind: "core", slug: "a", version: "1.0.0", coreRange: ">=3.0.0", coreVersion: "2.3.0", by: "request", message: "a 1.0.0 requires core >=3.0.0, but this workspace runs core 2.3.0." },
    });
  });

  it("reports an installed optional dependency that cannot reach the range asked for", () => {
    const c = catalog({ a: { "1.0.0": { optionalDependencies: { extras: "^2.0.0" } } }, extras: { "1.0.0": {}, "2.0.0": { yanked: true } } });
    expect(resolve(c, { extras: "1.0.0" }, [{ slug: "a" }])).toMatchObject({ ok: false, error: { slug: "extras", by: "a@1.0.0" } });
  });

  it("throws on invalid versions and ranges, naming them all", () => {
    const bad = catalog({ a: { "1.0": { deps: { b: "^^1" } } }, b: { "1.0.0": { deps: { c: "not a range" } } } });
    expect(() => resolve(bad, {}, [{ slug: "a" }])).toThrow(ResolverInputError);
    expect(() => resolve(bad, {}, [{ slug: "a" }])).toThrow(/a: "1\.0" is not a valid semver version.*b@1\.0\.0 dependencies: "not a range"/);
    const good = catalog({ a: { "1.0.0": {} } });
    expect(() => resolve(good, { a: "one" }, [{ slug: "a", range: "^^" }])).toThrow(/installed a: "one".*a: "\^\^" is not a valid semver range/);
    expect(() => resolve(good, {}, [{ slug: "a" }], { coreVersion: "2.3" })).toThrow(/core version "2\.3"/);
  });
});

describe("resolve: the Odoo 19 addon graph", () => {
  const graph = JSON.parse(readFileSync("/work/shared/data/odoo-graph.json", "utf8")) as TOdooGraph;
  const biggest = graph.modules
    .map((m) => ({ slug: m.name, closure: odooClosure(graph, m.name) }))
    .sort((a, b) => b.closure.size - a.closure.size || a.slug.localeCompare(b.slug))
    .slice(0, 10);
  const depsOf = new Map(graph.modules.map((m) => [m.name, m.depends_effective]));

  for (const versionCount of [1, 3]) {
    it(`installs exactly the closure in dependency order (${versionCount} version(s) per addon)`, () => {
      const c = odooCatalog(graph, versionCount);
      for (const { slug, closure } of biggest) {
        const started = performance.now();
        const result = resolve(c, {}, [{ slug }]);
        expect(performance.now() - started).toBeLessThan(1000);
        if (!result.ok) throw new Error(result.error.message);
        expect(new Set(result.plan.map((s) => s.slug))).toEqual(closure);
        expect(result.plan).toHaveLength(closure.size);
        expect(result.plan.every((s) => s.version === `1.${versionCount - 1}.0` && s.action === "install")).toBe(true);
        const position = new Map(result.plan.map((s, i) => [s.slug, i]));
        for (const step of result.plan) for (const dep of depsOf.get(step.slug) ?? []) expect(position.get(dep)!).toBeLessThan(position.get(step.slug)!);
      }
    });
  }

  it("the biggest closure is the documented one (63 dependencies)", () => {
    expect(biggest[0]?.closure.size).toBe(64);
  });
});

describe("resolve: a generated 10,000-module catalog", () => {
  it("resolves requests with plans in dependency order", () => {
    const c = generateCatalog(10_000, 2024);
    const versions = new Map(c.modules.map((m) => [m.slug, new Map(m.versions.map((v) => [v.version, v]))]));
    for (const slug of ["m9999", "m5000", "m7321", "m120"]) {
      const result = resolve(c, {}, [{ slug }]);
      if (!result.ok) continue; // the generator makes some requests genuinely unsolvable
      const position = new Map(result.plan.map((s, i) => [s.slug, i]));
      for (const [i, step] of result.plan.entries()) {
        for (const dep of Object.keys(versions.get(step.slug)!.get(step.version)!.dependencies ?? {})) expect(position.get(dep)!).toBeLessThan(i);
      }
    }
  });
});
