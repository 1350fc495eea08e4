import { recordAudit } from "~/server/audit/record-audit";
import { prisma, type PrismaDb } from "~/server/db";
import { type Actor, requireModerator } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { ZSetFeaturedRequestSchema } from "./moderation.schemas";

/** Moderators curate the featured modules on the home page. */
export async function setModuleFeatured(actor: Actor, request: { slug: string; isFeatured: boolean }, db: PrismaDb = prisma) {
  requireModerator(actor);
  const { slug, isFeatured } = ZSetFeaturedRequestSchema.parse(request);
  return db.$transaction(async (tx) => {
    const module = await tx.module.findUnique({ where: { slug }, select: { id: true, status: true, publisherId: true } });
    if (!module) throw new AppError("NOT_FOUND", { userMessage: `There is no module called "${slug}".` });
    if (isFeatured && module.status !== "PUBLISHED") {
      throw new AppError("PRECONDITION_FAILED", { userMessage: "Only published modules can be featured." });
    }
    await tx.module.update({ where: { id: module.id }, data: { isFeatured } });
    await recordAudit(tx, actor, {
      action: isFeatured ? "module.featured" : "module.unfeatured",
      targetType: "module",
      targetId: module.id,
      publisherId: module.publisherId,
    });
    return { slug, isFeatured };
  });
}
