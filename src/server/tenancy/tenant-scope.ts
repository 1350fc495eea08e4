/**
 * The tenant-scoped data layer. Every tenant-scoped read and write builds its WHERE through these
 * helpers, so a missed membership check still yields NOT_FOUND instead of another tenant's rows.
 */
import type { TenantRole } from "~/generated/prisma/enums";
import { type Db, prisma } from "~/server/db";
import { requireUser, type Actor } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";

export const TENANT_ROLE_RANK: Record<TenantRole, number> = { MEMBER: 1, ADMIN: 2, OWNER: 3 };

export const hasTenantRole = (role: TenantRole, minRole: TenantRole) =>
  TENANT_ROLE_RANK[role] >= TENANT_ROLE_RANK[minRole];

/** A verified membership: the caller is `userId`, a member of tenant `id` with `role`. */
export type TenantContext = {
  id: string;
  slug: string;
  name: string;
  coreVersion: string;
  schemaName: string;
  role: TenantRole;
  userId: string;
};

export async function getTenantMembership(
  actor: Actor,
  tenantSlug: string,
  minRole: TenantRole = "MEMBER",
  db: Db = prisma,
): Promise<TenantContext> {
  const user = requireUser(actor);
  const membership = await db.tenantMember.findFirst({
    where: { userId: user.userId, tenant: { slug: tenantSlug } },
    select: {
      role: true,
      tenant: { select: { id: true, slug: true, name: true, coreVersion: true, schemaName: true } },
    },
  });
  if (!membership) {
    throw new AppError("NOT_FOUND", {
      message: `user ${user.userId} is not a member of tenant ${tenantSlug}`,
      userMessage: "We couldn't find that workspace, or you are not a member of it.",
    });
  }
  if (!hasTenantRole(membership.role, minRole)) {
    throw new AppError("FORBIDDEN", {
      message: `tenant ${tenantSlug}: role ${membership.role} < ${minRole}`,
      userMessage: `This needs the ${minRole.toLowerCase()} role in ${membership.tenant.name}.`,
    });
  }
  return { ...membership.tenant, role: membership.role, userId: user.userId };
}

/** Adds the tenant to a WHERE clause: `db.installation.findMany({ where: scoped(tenant, {...}) })`. */
export function scoped<W extends object>(tenant: Pick<TenantContext, "id">, where?: W): W & { tenantId: string } {
  return { ...(where ?? ({} as W)), tenantId: tenant.id };
}
