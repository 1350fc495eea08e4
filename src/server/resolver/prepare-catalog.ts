import semver, { type Range, type SemVer } from "semver";
import type { TCatalog } from "./resolver.schemas";

/** A catalog, validated and indexed once so that many resolutions against it stay cheap. */
export type TPreparedVersion = {
  version: string;
  semver: SemVer;
  dependencies: [slug: string, range: string][];
  optionalDependencies: [slug: string, range: string][];
  core: string | undefined;
  isYanked: boolean;
};
export type TPreparedModule = { slug: string; versions: TPreparedVersion[] /* highest first */; byVersion: Map<string, TPreparedVersion> };
export type TPreparedCatalog = { modules: Map<string, TPreparedModule> };

/** Bad input (an invalid version or range): the CLI maps it to `{ ok: false, error: { kind: "invalid" } }`. */
export class ResolverInputError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [message],
  ) {
    super(message);
    this.name = "ResolverInputError";
  }
}

const RANGE_CACHE = new Map<string, Range>();
const MAX_SHOWN_PROBLEMS = 20;

/** `semver.satisfies` with the range parsed once; prereleases match only when the range names them (semver's default). */
export function rangeTest(range: string, version: SemVer): boolean {
  let parsed = RANGE_CACHE.get(range);
  if (!parsed) {
    parsed = new semver.Range(range, { includePrerelease: false });
    RANGE_CACHE.set(range, parsed);
  }
  return parsed.test(version);
}

export function isValidVersion(version: string): boolean {
  return semver.valid(version) === version;
}

export function isValidRange(range: string): boolean {
  return semver.validRange(range) !== null;
}

export function throwProblems(what: string, problems: string[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, MAX_SHOWN_PROBLEMS).join("; ");
  const more = problems.length > MAX_SHOWN_PROBLEMS ? ` (and ${problems.length - MAX_SHOWN_PROBLEMS} more)` : "";
  throw new ResolverInputError(`${what}: ${shown}${more}`, problems);
}

function prepareDependencies(owner: string, field: string, deps: Record<string, string> | undefined, problems: string[]) {
  const out: [string, string][] = [];
  for (const [slug, range] of Object.entries(deps ?? {})) {
    if (!isValidRange(range)) problems.push(`${owner} ${field}: "${range}" is not a valid semver range for ${slug}`);
    else out.push([slug, range]);
  }
  return out;
}

const PREPARED = new WeakMap<TCatalog, TPreparedCatalog>();

/**
 * Validate and index a catalog. Every invalid version or range is reported at once in one
 * ResolverInputError. Results are cached per catalog object (the catalog must not be mutated afterwards).
 */
export function prepareCatalog(catalog: TCatalog): TPreparedCatalog {
  const cached = PREPARED.get(catalog);
  if (cached) return cached;
  const problems: string[] = [];
  const modules = new Map<string, TPreparedModule>();
  for (const mod of catalog.modules) {
    if (modules.has(mod.slug)) {
      problems.push(`module ${mod.slug} is listed twice`);
      continue;
    }
    const byVersion = new Map<string, TPreparedVersion>();
    for (const v of mod.versions) {
      const owner = `${mod.slug}@${v.version}`;
      if (!isValidVersion(v.version)) {
        problems.push(`${mod.slug}: "${v.version}" is not a valid semver version`);
        continue;
      }
      if (byVersion.has(v.version)) {
        problems.push(`${owner} is listed twice`);
        continue;
      }
      if (v.core !== undefined && !isValidRange(v.core)) problems.push(`${owner} core: "${v.core}" is not a valid semver range`);
      byVersion.set(v.version, {
        version: v.version,
        semver: new semver.SemVer(v.version),
        dependencies: prepareDependencies(owner, "dependencies", v.dependencies, problems),
        optionalDependencies: prepareDependencies(owner, "optionalDependencies", v.optionalDependencies, problems),
        core: v.core,
        isYanked: v.yanked === true,
      });
    }
    const versions = [...byVersion.values()].sort((a, b) => semver.rcompare(a.semver, b.semver));
    modules.set(mod.slug, { slug: mod.slug, versions, byVersion });
  }
  throwProblems("Invalid catalog", problems);
  const prepared = { modules };
  PREPARED.set(catalog, prepared);
  return prepared;
}
