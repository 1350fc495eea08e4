import { type Db, inTransaction, prisma } from "~/server/db";
import { type Actor, requireUser } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import type { TenantContext } from "~/server/tenancy/tenant-scope";
import { announceRatingChange } from "./announce-rating-change";
import { requireReviewTenant } from "./review-eligibility";
import { lockModuleForRatings, recomputeRatingStats, REVIEW_MODULE_SELECT } from "./reviews.queries";
import { type TReviewWriteResult, type TUpdateReviewRequest, ZUpdateReviewRequestSchema } from "./reviews.schemas";

/**
 * Edits the caller's own review. Editing needs the same right as writing: the chosen workspace
 * (`tenant`) must have the module installed now (or have had it for a while); the review then
 * records that workspace and its current version, since the text now speaks about that version.
 * A hidden review stays hidden (a moderator decides that); the statistics are recomputed either way.
 */
export async function updateReview(
  actor: Actor,
  tenant: Pick<TenantContext, "id">,
  request: TUpdateReviewRequest,
  db: Db = prisma,
): Promise<TReviewWriteResult> {
  const user = requireUser(actor);
  const { id, data } = ZUpdateReviewRequestSchema.parse(request);
  const existing = await db.review.findUnique({ where: { id }, select: { userId: true, module: { select: REVIEW_MODULE_SELECT } } });
  if (!existing) throw new AppError("NOT_FOUND", { userMessage: "That review no longer exists." });
  if (existing.userId !== user.userId) throw new AppError("FORBIDDEN", { userMessage: "You can only edit your own review." });
  const { module } = existing;
  const result = await inTransaction(db, async (tx) => {
    const locked = await lockModuleForRatings(tx, module.id);
    const chosen = await requireReviewTenant(tx, actor, { ...module, status: locked.status }, tenant.id);
    const updated = await tx.review.updateMany({
      where: { id, userId: user.userId },
      data: { rating: data.rating, body: data.body, tenantId: chosen.id, versionId: chosen.versionId },
    });
    if (updated.count === 0) throw new AppError("NOT_FOUND", { userMessage: "That review no longer exists." });
    await recomputeRatingStats(tx, module.id, locked);
    return { id, rating: data.rating, body: data.body, version: chosen.version, tenant: { slug: chosen.slug, name: chosen.name } };
  });
  await announceRatingChange(module.id);
  return result;
}
