import { recordAudit } from "~/server/audit/record-audit";
import { prisma, type PrismaDb } from "~/server/db";
import type { Actor } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { type TUpdateTenantRequest, ZUpdateTenantRequestSchema } from "./tenancy.schemas";
import { hasTenantRole, type TenantContext } from "./tenant-scope";

/** Renames the workspace (tenant admins and owners). */
export async function updateTenant(actor: Actor, tenant: TenantContext, request: TUpdateTenantRequest, db: PrismaDb = prisma) {
  if (!hasTenantRole(tenant.role, "ADMIN")) throw new AppError("FORBIDDEN");
  const { data } = ZUpdateTenantRequestSchema.parse(request);
  return db.$transaction(async (tx) => {
    const updated = await tx.tenant.update({ where: { id: tenant.id }, data: { name: data.name }, select: { slug: true, name: true } });
    await recordAudit(tx, actor, {
      action: "tenant.renamed",
      targetType: "tenant",
      targetId: tenant.id,
      tenantId: tenant.id,
      data: { from: tenant.name, to: data.name },
    });
    return updated;
  });
}
