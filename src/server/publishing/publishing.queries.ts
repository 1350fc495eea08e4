import semver from "semver";
import type { Prisma } from "~/generated/prisma/client";
import type { VersionState } from "~/generated/prisma/enums";
import type { Db } from "~/server/db";

/** States in which a version is or was public: what "published versions" means for ordering and diffs. */
export const RELEASED_STATES = ["PUBLISHED", "DEPRECATED", "YANKED"] as const satisfies VersionState[];

export const VERSION_SUMMARY_SELECT = {
  id: true,
  version: true,
  state: true,
  permissions: true,
  optionalPermissions: true,
  coreRange: true,
  manifest: true,
  migrations: true,
  dependencies: { select: { moduleSlug: true, range: true, isOptional: true }, orderBy: { moduleSlug: "asc" } },
} satisfies Prisma.ModuleVersionSelect;

export type VersionSummary = Prisma.ModuleVersionGetPayload<{ select: typeof VERSION_SUMMARY_SELECT }>;

/** The released version just below `version` (the one a review diffs against), or null. */
export async function findPreviousReleasedVersion(db: Db, moduleId: string, version: string): Promise<VersionSummary | null> {
  const rows = await db.moduleVersion.findMany({
    where: { moduleId, state: { in: [...RELEASED_STATES] } },
    select: VERSION_SUMMARY_SELECT,
  });
  return rows.filter((r) => semver.lt(r.version, version)).sort((a, b) => semver.rcompare(a.version, b.version))[0] ?? null;
}

/**
 * Points the module at its newest PUBLISHED version (deprecated and yanked ones are never offered
 * to new installs) and keeps the module's status in step: a module with a published version is
 * PUBLISHED unless a moderator took it down.
 */
export async function refreshLatestVersion(db: Db, moduleId: string) {
  const [module, published] = await Promise.all([
    db.module.findUniqueOrThrow({ where: { id: moduleId }, select: { status: true, publishedAt: true } }),
    db.moduleVersion.findMany({ where: { moduleId, state: "PUBLISHED" }, select: { id: true, version: true } }),
  ]);
  const latest = published.sort((a, b) => semver.rcompare(a.version, b.version))[0] ?? null;
  await db.module.update({
    where: { id: moduleId },
    data: {
      latestVersionId: latest?.id ?? null,
      ...(latest && module.status === "DRAFT" ? { status: "PUBLISHED", publishedAt: module.publishedAt ?? new Date() } : {}),
    },
  });
  return latest;
}
