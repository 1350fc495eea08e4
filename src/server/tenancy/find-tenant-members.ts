import { type Db, prisma } from "~/server/db";
import { pageArgs, paged, type TPagination } from "~/server/shared/pagination";
import { scoped, type TenantContext } from "./tenant-scope";

export async function findTenantMembers(tenant: TenantContext, pagination: TPagination, db: Db = prisma) {
  const where = scoped(tenant);
  const [rows, count] = await Promise.all([
    db.tenantMember.findMany({
      where,
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      ...pageArgs(pagination),
    }),
    db.tenantMember.count({ where }),
  ]);
  return paged(
    rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, role: r.role, joinedAt: r.createdAt })),
    count,
    pagination,
  );
}
