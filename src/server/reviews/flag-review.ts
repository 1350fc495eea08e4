import { type Db, inTransaction, prisma } from "~/server/db";
import { type Actor, requireUser } from "~/server/shared/actor";
import { AppError, mapPrismaError } from "~/server/shared/app-error";
import { type TFlagReviewRequest, ZFlagReviewRequestSchema } from "./reviews.schemas";

/**
 * Reports a visible review to the moderators, once per person and review, with a reason.
 * `Review.flagCount` counts the reports no moderator has acted on yet: it goes up here and back
 * to zero when a moderator hides or restores the review (which resolves the reports).
 */
export async function flagReview(actor: Actor, request: TFlagReviewRequest, db: Db = prisma): Promise<{ reviewId: string }> {
  const user = requireUser(actor);
  const { reviewId, reason } = ZFlagReviewRequestSchema.parse(request);
  const duplicate = "You already reported this review. A moderator will look at it.";
  const review = await db.review.findUnique({ where: { id: reviewId }, select: { userId: true, visibility: true } });
  if (!review || review.visibility !== "VISIBLE") {
    throw new AppError("NOT_FOUND", { userMessage: "That review no longer exists or was already hidden by a moderator." });
  }
  if (review.userId === user.userId) {
    throw new AppError("PRECONDITION_FAILED", { userMessage: "You can't report your own review. Edit or delete it instead." });
  }
  try {
    await inTransaction(db, async (tx) => {
      // The count first: it locks the review row, so a moderator's decision and this report are ordered.
      const counted = await tx.review.updateMany({ where: { id: reviewId, visibility: "VISIBLE" }, data: { flagCount: { increment: 1 } } });
      if (counted.count === 0) throw new AppError("NOT_FOUND", { userMessage: "That review was just hidden by a moderator." });
      await tx.reviewFlag.create({ data: { reviewId, userId: user.userId, reason } });
    });
  } catch (e) {
    throw mapPrismaError(e, duplicate);
  }
  return { reviewId };
}
