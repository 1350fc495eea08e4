import semver from "semver";
import type { Db } from "~/server/db";

export type DependencyRequirement = { moduleSlug: string; range: string; isOptional: boolean };
export type CheckResult = { name: string; status: "passed" | "failed" | "warning"; problems: string[] };

/**
 * Every dependency must exist in the catalog and have a published version that satisfies its
 * range (a missing optional dependency is only a warning: the module works without it).
 */
export async function checkDependencies(db: Db, deps: DependencyRequirement[]): Promise<CheckResult> {
  if (deps.length === 0) return { name: "dependencies", status: "passed", problems: [] };
  const modules = await db.module.findMany({
    where: { slug: { in: deps.map((d) => d.moduleSlug) }, status: "PUBLISHED" },
    select: { slug: true, versions: { where: { state: "PUBLISHED" }, select: { version: true } } },
  });
  const published = new Map(modules.map((m) => [m.slug, m.versions.map((v) => v.version)]));
  const failed: string[] = [];
  const warnings: string[] = [];
  for (const dep of deps) {
    const versions = published.get(dep.moduleSlug);
    const bucket = dep.isOptional ? warnings : failed;
    if (!versions) {
      bucket.push(`${dep.moduleSlug}: no published module has this slug${dep.isOptional ? " (optional dependency)" : ""}`);
    } else if (!versions.some((v) => semver.satisfies(v, dep.range))) {
      const list = versions.sort(semver.compare).join(", ") || "none";
      bucket.push(`${dep.moduleSlug}: no published version satisfies ${dep.range} (published: ${list})`);
    }
  }
  return {
    name: "dependencies",
    status: failed.length ? "failed" : warnings.length ? "warning" : "passed",
    problems: [...failed, ...warnings],
  };
}

/** Permissions added or removed since the previous released version (added ones need fresh consent). */
export function permissionChanges(previous: string[] | null, next: string[]) {
  const before = new Set(previous ?? []);
  const after = new Set(next);
  return {
    added: [...after].filter((p) => !before.has(p)).sort(),
    removed: [...before].filter((p) => !after.has(p)).sort(),
  };
}

export function permissionsCheck(previousVersion: string | null, previous: string[] | null, next: string[]): CheckResult {
  const { added, removed } = permissionChanges(previous, next);
  const problems = [
    ...added.map((p) => `+ ${p}${previousVersion ? ` (new since ${previousVersion})` : ""}`),
    ...removed.map((p) => `- ${p}`),
  ];
  return { name: "permissions", status: previousVersion && added.length ? "warning" : "passed", problems };
}
