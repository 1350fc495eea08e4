import { type Db, inTransaction, prisma } from "~/server/db";
import { type Actor, requireUser } from "~/server/shared/actor";
import { AppError, mapPrismaError } from "~/server/shared/app-error";
import type { TenantContext } from "~/server/tenancy/tenant-scope";
import { announceRatingChange } from "./announce-rating-change";
import { requireReviewTenant } from "./review-eligibility";
import { findReviewModuleBySlug, lockModuleForRatings, recomputeRatingStats } from "./reviews.queries";
import { type TCreateReviewRequest, type TReviewWriteResult, ZCreateReviewRequestSchema } from "./reviews.schemas";

/**
 * Writes the caller's review of a module for one of their workspaces (`tenant`, verified by the
 * caller's tier) that has it installed, and updates the module's rating statistics in the same
 * transaction. One review per person and module: a second one is a CONFLICT (edit instead).
 */
export async function createReview(
  actor: Actor,
  tenant: Pick<TenantContext, "id">,
  request: TCreateReviewRequest,
  db: Db = prisma,
): Promise<TReviewWriteResult> {
  const user = requireUser(actor);
  const { moduleSlug, rating, body } = ZCreateReviewRequestSchema.parse(request);
  const module = await findReviewModuleBySlug(db, moduleSlug);
  const duplicate = `You already reviewed ${module.name}. Edit your review instead.`;
  try {
    const result = await inTransaction(db, async (tx) => {
      const locked = await lockModuleForRatings(tx, module.id);
      const chosen = await requireReviewTenant(tx, actor, { ...module, status: locked.status }, tenant.id);
      const existing = await tx.review.findUnique({ where: { moduleId_userId: { moduleId: module.id, userId: user.userId } }, select: { id: true } });
      if (existing) throw new AppError("CONFLICT", { userMessage: duplicate });
      const review = await tx.review.create({
        data: { moduleId: module.id, userId: user.userId, tenantId: chosen.id, versionId: chosen.versionId, rating, body },
        select: { id: true, rating: true, body: true },
      });
      await recomputeRatingStats(tx, module.id, locked);
      return { ...review, version: chosen.version, tenant: { slug: chosen.slug, name: chosen.name } };
    });
    await announceRatingChange(module.id);
    return result;
  } catch (e) {
    throw mapPrismaError(e, duplicate);
  }
}
