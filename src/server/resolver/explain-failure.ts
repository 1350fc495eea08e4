import semver from "semver";
import { rangeTest, type TPreparedModule, type TPreparedVersion } from "./prepare-catalog";
import type { TRequirement, TResolveError } from "./resolver.schemas";

/** A range some party puts on a module: `by` is "request", or the module version asking ("sales@2.1.0"). */
export type TConstraint = { owner: string | null; by: string; range: string | null; isOptional: boolean };

export type TDomainFacts = {
  slug: string;
  module: TPreparedModule | undefined;
  installed: TPreparedVersion | undefined;
  constraints: TConstraint[];
  coreVersion: string | undefined;
};

export const INSTALLED_BY = "installed";
export const REQUEST_BY = "request";

const CORE_VERSIONS = new Map<string, semver.SemVer>();

export function isCoreCompatible(v: TPreparedVersion, coreVersion: string | undefined): boolean {
  if (coreVersion === undefined || v.core === undefined) return true;
  let core = CORE_VERSIONS.get(coreVersion);
  if (!core) {
    core = new semver.SemVer(coreVersion);
    CORE_VERSIONS.set(coreVersion, core);
  }
  return rangeTest(v.core, core);
}

/** Whether `v` (a version of the module `facts` describes) meets `c`. No range means "any released version, or the installed one". */
export function meets(c: TConstraint, v: TPreparedVersion, installed: TPreparedVersion | undefined): boolean {
  if (c.range === null) return v === installed || v.semver.prerelease.length === 0;
  return rangeTest(c.range, v.semver);
}

function pretty(by: string): string {
  const at = by.lastIndexOf("@");
  return at > 0 ? `${by.slice(0, at)} ${by.slice(at + 1)}` : by;
}

function describe(r: TRequirement): string {
  if (r.by === REQUEST_BY) return `you asked for ${r.slug} ${r.range === "*" ? "(any version)" : r.range}`;
  if (r.by === INSTALLED_BY) return `${r.slug} ${r.range.slice(2)} is installed and modules are never downgraded`;
  return `${pretty(r.by)} needs ${r.slug} ${r.range}`;
}

/** Capitalize a sentence start, but never a module slug (they are lower-case names). */
function capitalize(s: string, by = REQUEST_BY) {
  return by === REQUEST_BY ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

function toRequirement(slug: string, c: TConstraint): TRequirement {
  return { by: c.by, slug, range: c.range ?? "*" };
}

/** The first party that needs the module (a required dependency or the request), for "missing" errors. */
function firstNeeder(constraints: TConstraint[]): TConstraint | undefined {
  return constraints.find((c) => !c.isOptional) ?? constraints[0];
}

export function missingModuleError(slug: string, by: string): TResolveError {
  const message =
    by === REQUEST_BY
      ? `The module ${slug} is not in the catalog.`
      : `${pretty(by)} needs the module ${slug}, which is not in the catalog.`;
  return { kind: "missing", message, slug, by };
}

/**
 * Explain why no version of a module can be chosen under its constraints: a module or version that
 * does not exist (missing), versions excluded by the tenant's core version (core), or the two
 * requirements that cannot hold together (conflict; all of them when no pair alone clashes).
 */
export function explainEmptyDomain(facts: TDomainFacts): TResolveError {
  const { slug, module, installed, constraints, coreVersion } = facts;
  if (!module && !installed) return missingModuleError(slug, firstNeeder(constraints)?.by ?? REQUEST_BY);

  const universe = [...(module?.versions ?? [])];
  if (installed && !module?.byVersion.has(installed.version)) universe.push(installed);
  const isUsable = (v: TPreparedVersion) => v === installed || (!v.isYanked && isCoreCompatible(v, coreVersion));

  for (const c of constraints) {
    const matching = universe.filter((v) => meets(c, v, installed));
    const by = c.by;
    if (matching.length === 0) {
      const available = universe.map((v) => v.version).join(", ") || "none";
      const who = by === REQUEST_BY ? "You asked for" : `${pretty(by)} needs`;
      return {
        kind: "missing",
        message: `${who} ${slug} ${c.range ?? "(any version)"}, but no published version of ${slug} matches (available: ${available}).`,
        slug,
        by,
        range: c.range ?? "*",
      };
    }
    if (!matching.some(isUsable)) {
      const coreBlocked = matching.find((v) => !v.isYanked && !isCoreCompatible(v, coreVersion));
      if (coreBlocked && coreVersion !== undefined) {
        const needed = by === REQUEST_BY ? "" : ` (needed by ${pretty(by)})`;
        return {
          kind: "core",
          message: `${slug} ${coreBlocked.version}${needed} requires core ${coreBlocked.core}, but this workspace runs core ${coreVersion}.`,
          slug,
          version: coreBlocked.version,
          coreRange: coreBlocked.core ?? "*",
          coreVersion,
          by,
        };
      }
      return {
        kind: "missing",
        message: `Every version of ${slug} matching ${c.range ?? "(any version)"} has been withdrawn by its publisher${by === REQUEST_BY ? "" : ` (needed by ${pretty(by)})`}.`,
        slug,
        by,
        range: c.range ?? "*",
      };
    }
  }

  const requirements: { req: TRequirement; test: (v: TPreparedVersion) => boolean }[] = [];
  if (installed) {
    requirements.push({
      req: { by: INSTALLED_BY, slug, range: `>=${installed.version}` },
      test: (v) => v === installed || semver.gt(v.semver, installed.semver),
    });
  }
  for (const c of constraints) requirements.push({ req: toRequirement(slug, c), test: (v) => meets(c, v, installed) });
  const usable = universe.filter(isUsable);
  for (let i = 0; i < requirements.length; i++) {
    for (let j = i + 1; j < requirements.length; j++) {
      const a = requirements[i]!;
      const b = requirements[j]!;
      if (!usable.some((v) => a.test(v) && b.test(v))) {
        return {
          kind: "conflict",
          message: `${capitalize(describe(a.req), a.req.by)}, but ${describe(b.req)}. No version of ${slug} satisfies both.`,
          slug,
          requirements: [a.req, b.req],
        };
      }
    }
  }
  const all = requirements.map((r) => r.req);
  return {
    kind: "conflict",
    message: `No version of ${slug} satisfies all of these together: ${all.map(describe).join("; ")}.`,
    slug,
    requirements: all,
  };
}
