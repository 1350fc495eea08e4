import semver from "semver";
import { type Db, prisma } from "~/server/db";
import { scoped, type TenantContext } from "~/server/tenancy/tenant-scope";
import type { TInstallation } from "./installs.schemas";

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
      version: { select: { version: true } },
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
  return rows.map((r) => {
    const latest = r.module.latestVersion?.version ?? null;
    return {
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
