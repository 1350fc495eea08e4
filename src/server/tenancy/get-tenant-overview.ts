import { type Db, prisma } from "~/server/db";
import { scoped, type TenantContext } from "./tenant-scope";

export async function getTenantOverview(tenant: TenantContext, db: Db = prisma) {
  const [memberCount, installedCount, activeCount] = await Promise.all([
    db.tenantMember.count({ where: scoped(tenant) }),
    db.installation.count({ where: scoped(tenant) }),
    db.installation.count({ where: scoped(tenant, { status: "ACTIVE" as const }) }),
  ]);
  return {
    slug: tenant.slug,
    name: tenant.name,
    role: tenant.role,
    coreVersion: tenant.coreVersion,
    memberCount,
    installedCount,
    activeCount,
  };
}
