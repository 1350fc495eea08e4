import semver from "semver";
import { type Db, prisma } from "~/server/db";
import { describePermission } from "~/server/publishing/permissions";
import { parseScreenshots } from "~/server/publishing/stored-json";
import { type Actor, isModerator } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { MODULE_DETAIL_SELECT, VERSION_DETAIL_SELECT } from "./catalog.queries";
import type { TModuleDetail } from "./catalog.schemas";
import { toModuleCard } from "./to-module-card";

const PUBLIC_VERSION_STATES = ["PUBLISHED", "DEPRECATED", "YANKED"] as const;

/**
 * A module's public page. Published modules are visible to everyone; drafts and taken-down
 * modules only to their publisher's members and to moderators (everyone else gets NOT_FOUND).
 */
export async function getModule(actor: Actor, slug: string, db: Db = prisma): Promise<TModuleDetail> {
  const module = await db.module.findUnique({
    where: { slug },
    select: {
      ...MODULE_DETAIL_SELECT,
      versions: { where: { state: { in: [...PUBLIC_VERSION_STATES] } }, select: VERSION_DETAIL_SELECT },
    },
  });
  if (!module) throw new AppError("NOT_FOUND", { userMessage: `There is no module called "${slug}".` });

  const isMember = actor
    ? (await db.publisherMember.count({ where: { publisherId: module.publisherId, userId: actor.userId } })) > 0
    : false;
  if (module.status !== "PUBLISHED" && !isMember && !isModerator(actor)) {
    throw new AppError("NOT_FOUND", { userMessage: `There is no module called "${slug}".` });
  }

  const versions = [...module.versions].sort((a, b) => semver.rcompare(a.version, b.version));
  // What a new install would get: the newest published version (deprecated and yanked ones are not offered).
  const current = versions.find((v) => v.state === "PUBLISHED") ?? null;
  const depSlugs = current?.dependencies.map((d) => d.moduleSlug) ?? [];
  const depNames = new Map(
    (await db.module.findMany({ where: { slug: { in: depSlugs } }, select: { slug: true, name: true } })).map(
      (m) => [m.slug, m.name] as const,
    ),
  );

  return {
    ...toModuleCard(module),
    latestVersion: current?.version ?? null,
    description: module.description,
    tags: module.tags,
    screenshots: parseScreenshots(module.screenshots),
    status: module.status,
    takenDownReason: module.takenDownReason,
    installCount: module.installCount,
    ratingHistogram: module.ratingHistogram.length === 5 ? module.ratingHistogram : [0, 0, 0, 0, 0],
    publishedAt: module.publishedAt,
    versions: versions.map((v) => ({
      version: v.version,
      state: v.state,
      changelog: v.changelog,
      coreRange: v.coreRange,
      sizeBytes: v.sizeBytes,
      publishedAt: v.publishedAt,
      yankReason: v.yankReason,
      dependencies: v.dependencies.map((d) => ({ slug: d.moduleSlug, range: d.range, isOptional: d.isOptional })),
    })),
    permissions: current
      ? [
          ...current.permissions.map((name) => ({ name, description: describePermission(name), isOptional: false })),
          ...current.optionalPermissions.map((name) => ({ name, description: describePermission(name), isOptional: true })),
        ]
      : [],
    dependencies: (current?.dependencies ?? []).map((d) => ({
      slug: d.moduleSlug,
      range: d.range,
      isOptional: d.isOptional,
      name: depNames.get(d.moduleSlug) ?? null,
    })),
    coreRange: current?.coreRange ?? null,
    canEdit: isMember,
  };
}
