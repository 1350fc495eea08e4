import { type Db, prisma } from "~/server/db";
import { pageArgs, paged, type TPagination } from "~/server/shared/pagination";
import { scoped, type TenantContext } from "./tenant-scope";

/** The tenant's activity feed, newest first, from the audit log. */
export async function findActivity(tenant: TenantContext, pagination: TPagination, db: Db = prisma) {
  const where = scoped(tenant);
  const [rows, count] = await Promise.all([
    db.auditLog.findMany({
      where,
      select: { id: true, action: true, targetType: true, targetId: true, createdAt: true, data: true, actor: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      ...pageArgs(pagination),
    }),
    db.auditLog.count({ where }),
  ]);
  return paged(
    rows.map(({ actor, ...r }) => ({ ...r, actorName: actor?.name ?? null })),
    count,
    pagination,
  );
}
