import semver from "semver";
import { type Db, prisma } from "~/server/db";
import { scoped, type TenantContext } from "~/server/tenancy/tenant-scope";
import type { TInstallation } from "./installs.schemas";
import { parseJobPlan } from "./job-plan";

/** The modules installed in a tenant, with whether a newer published version exists. */
export async function findInstallations(tenant: TenantContext, db: Db = prisma): Promise<TInstallation[]> {
  const rows = await db.installation.findMany({
    where: scoped(tenant),
    orderBy: { module: { name: "asc" } },
    select: {
      id: true,
      status: true,
      grantedPermissions: true,
      installedAt: true,
      updatedAt: true,
      version: { select: { version: true, dependencies: { where: { isOptional: false }, select: { moduleSlug: true } } } },
      previousVersion: { select: { version: true } },
      module: {
        select: {
          slug: true,
          name: true,
          summary: true,
          iconUrl: true,
          publisher: { select: { name: true } },
          latestVersion: { select: { version: true } },
        },
      },
    },
  });
  const unfinished = await db.job.findMany({
    where: scoped(tenant, { status: { in: ["PENDING" as const, "RUNNING" as const, "COMPENSATING" as const] } }),
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, plan: true },
  });
  const jobFor = (slug: string) => {
    const job = unfinished.find((j) => parseJobPlan(j.plan).modules.some((m) => m.slug === slug));
    return job ? { id: job.id, kind: job.kind } : null;
  };
  return rows.map((r) => {
    const latest = r.module.latestVersion?.version ?? null;
    return {
      previousVersion: r.previousVersion?.version ?? null,
      // installed modules that need this one: they block its uninstall
      dependents: rows.filter((o) => o.version.dependencies.some((d) => d.moduleSlug === r.module.slug)).map((o) => o.module.name),
      activeJob: jobFor(r.module.slug),
      id: r.id,
      status: r.status,
      version: r.version.version,
      latestVersion: latest,
      isUpdateAvailable: latest !== null && semver.gt(latest, r.version.version),
      grantedPermissions: r.grantedPermissions,
      installedAt: r.installedAt,
      updatedAt: r.updatedAt,
      module: {
        slug: r.module.slug,
        name: r.module.name,
        summary: r.module.summary,
        iconUrl: r.module.iconUrl,
        publisherName: r.module.publisher.name,
      },
    };
  });
}
