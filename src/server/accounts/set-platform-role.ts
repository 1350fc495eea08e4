import { recordAudit } from "~/server/audit/record-audit";
import { prisma, type PrismaDb } from "~/server/db";
import { type Actor, requirePlatformAdmin } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { type TSetPlatformRoleRequest, ZSetPlatformRoleRequestSchema } from "./accounts.schemas";

/** Platform admins grant or remove the moderator and admin roles. */
export async function setPlatformRole(actor: Actor, request: TSetPlatformRoleRequest, db: PrismaDb = prisma) {
  const admin = requirePlatformAdmin(actor);
  const { email, role } = ZSetPlatformRoleRequestSchema.parse(request);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, platformRole: true } });
    if (!user) throw new AppError("NOT_FOUND", { userMessage: `No user has the e-mail ${email}.` });
    if (user.id === admin.userId && role !== "ADMIN") {
      throw new AppError("PRECONDITION_FAILED", { userMessage: "You can't remove your own admin role." });
    }
    await tx.user.update({ where: { id: user.id }, data: { platformRole: role } });
    await recordAudit(tx, actor, { action: "user.role_changed", targetType: "user", targetId: user.id, data: { from: user.platformRole, to: role } });
    return { email, role };
  });
}
