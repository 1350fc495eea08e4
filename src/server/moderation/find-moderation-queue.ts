import semver from "semver";
import { type Db, prisma } from "~/server/db";
import { type Actor, requireModerator } from "~/server/shared/actor";
import { pageArgs, paged, type TPagination } from "~/server/shared/pagination";
import { permissionChanges } from "~/server/publishing/check-dependencies";
import { ZCheckReportSchema } from "~/server/publishing/stored-json";
import type { TQueueItem } from "./moderation.schemas";

/** Submitted versions, oldest first, each with the risk signals a moderator triages by. */
export async function findModerationQueue(actor: Actor, pagination: TPagination, db: Db = prisma) {
  requireModerator(actor);
  const where = { state: "SUBMITTED" as const };
  const [rows, count] = await Promise.all([
    db.moduleVersion.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
      ...pageArgs(pagination),
      select: {
        id: true,
        version: true,
        submittedAt: true,
        createdAt: true,
        permissions: true,
        optionalPermissions: true,
        checkReport: true,
        module: {
          select: {
            slug: true,
            name: true,
            iconUrl: true,
            publisher: { select: { slug: true, name: true, isVerified: true } },
            versions: {
              // versions that were public at some point: the diff is against what tenants could install
              where: { state: { in: ["PUBLISHED", "DEPRECATED", "YANKED"] } },
              select: { version: true, permissions: true, optionalPermissions: true },
            },
          },
        },
      },
    }),
    db.moduleVersion.count({ where }),
  ]);
  const items: TQueueItem[] = rows.map((v) => {
    const previous =
      v.module.versions
        .filter((p) => semver.lt(p.version, v.version))
        .sort((a, b) => semver.rcompare(a.version, b.version))[0] ?? null;
    const permissions = permissionChanges(
      previous ? [...previous.permissions, ...previous.optionalPermissions] : null,
      [...v.permissions, ...v.optionalPermissions],
    );
    const report = ZCheckReportSchema.safeParse(v.checkReport);
    const checks = report.success ? report.data.checks : [];
    return {
      versionId: v.id,
      version: v.version,
      submittedAt: v.submittedAt ?? v.createdAt,
      module: { slug: v.module.slug, name: v.module.name, iconUrl: v.module.iconUrl, isNew: v.module.versions.length === 0 },
      publisher: v.module.publisher,
      previousVersion: previous?.version ?? null,
      risk: {
        addedPermissions: permissions.added,
        removedPermissions: permissions.removed,
        failedChecks: checks.filter((c) => c.status === "failed").map((c) => c.name),
        warningChecks: checks.filter((c) => c.status === "warning").map((c) => c.name),
      },
    };
  });
  return paged(items, count, pagination);
}
