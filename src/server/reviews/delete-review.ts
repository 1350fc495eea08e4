import { type Db, inTransaction, prisma } from "~/server/db";
import { type Actor, requireUser } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { announceRatingChange } from "./announce-rating-change";
import { lockModuleForRatings, recomputeRatingStats } from "./reviews.queries";
import { ZDeleteReviewRequestSchema } from "./reviews.schemas";

/**
 * Deletes the caller's own review (with its reports and the author's reply) and recomputes the
 * module's statistics. Anyone may delete their review, even after their workspace uninstalled the module.
 */
export async function deleteReview(actor: Actor, request: { id: string }, db: Db = prisma): Promise<{ id: string }> {
  const user = requireUser(actor);
  const { id } = ZDeleteReviewRequestSchema.parse(request);
  const existing = await db.review.findUnique({ where: { id }, select: { userId: true, moduleId: true } });
  if (!existing) throw new AppError("NOT_FOUND", { userMessage: "That review no longer exists." });
  if (existing.userId !== user.userId) throw new AppError("FORBIDDEN", { userMessage: "You can only delete your own review." });
  await inTransaction(db, async (tx) => {
    const locked = await lockModuleForRatings(tx, existing.moduleId);
    const deleted = await tx.review.deleteMany({ where: { id, userId: user.userId } });
    if (deleted.count === 0) throw new AppError("NOT_FOUND", { userMessage: "That review no longer exists." });
    await recomputeRatingStats(tx, existing.moduleId, locked);
  });
  await announceRatingChange(existing.moduleId);
  return { id };
}
