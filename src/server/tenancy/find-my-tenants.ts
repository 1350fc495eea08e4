import { type Db, prisma } from "~/server/db";
import { type Actor, requireUser } from "~/server/shared/actor";
import type { TMyTenant } from "./tenancy.schemas";

/** The tenants the caller belongs to, for the tenant switcher. */
export async function findMyTenants(actor: Actor, db: Db = prisma): Promise<TMyTenant[]> {
  const user = requireUser(actor);
  const rows = await db.tenantMember.findMany({
    where: { userId: user.userId },
    select: { role: true, tenant: { select: { slug: true, name: true, coreVersion: true } } },
    orderBy: { tenant: { name: "asc" } },
  });
  return rows.map((r) => ({ ...r.tenant, role: r.role }));
}
