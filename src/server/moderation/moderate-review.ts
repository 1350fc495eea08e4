import { recordAudit } from "~/server/audit/record-audit";
import { type Db, inTransaction, prisma } from "~/server/db";
import { announceRatingChange } from "~/server/reviews/announce-rating-change";
import { lockModuleForRatings, lockReview, recomputeRatingStats } from "~/server/reviews/reviews.queries";
import type { TRatingStats } from "~/server/reviews/reviews.schemas";
import { type Actor, requireModerator } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { type TModerateReviewRequest, ZModerateReviewRequestSchema } from "./moderation.schemas";

type Outcome = { id: string; visibility: "VISIBLE" | "HIDDEN"; resolvedFlags: number; rating: TRatingStats };

/**
 * Hides a review from the module page (and from its rating statistics), with a reason the
 * reviewer sees. On a review that is already hidden but has new reports, it confirms the decision
 * and closes the reports.
 */
export const hideReview = (actor: Actor, request: TModerateReviewRequest, db: Db = prisma) => moderateReview(actor, "hide", request, db);

/**
 * Shows a hidden review again; on a visible review with open reports, dismisses the reports and
 * keeps it visible. Either way with a reason, recorded in the decision and the audit log.
 */
export const restoreReview = (actor: Actor, request: TModerateReviewRequest, db: Db = prisma) => moderateReview(actor, "restore", request, db);

async function moderateReview(actor: Actor, verb: "hide" | "restore", request: TModerateReviewRequest, db: Db): Promise<Outcome> {
  const moderator = requireModerator(actor);
  const { reviewId, reason } = ZModerateReviewRequestSchema.parse(request);
  const review = await db.review.findUnique({
    where: { id: reviewId },
    select: { userId: true, moduleId: true, module: { select: { slug: true, name: true, publisherId: true } } },
  });
  if (!review) throw new AppError("NOT_FOUND", { userMessage: "That review no longer exists; its author may have deleted it." });
  const { module } = review;

  const outcome = await inTransaction(db, async (tx) => {
    const locked = await lockModuleForRatings(tx, review.moduleId);
    const row = await lockReview(tx, reviewId);
    if (!row) throw new AppError("NOT_FOUND", { userMessage: "That review no longer exists; its author may have deleted it." });
    const openFlags = await tx.reviewFlag.count({ where: { reviewId, resolvedAt: null } });
    const target: "VISIBLE" | "HIDDEN" = verb === "hide" ? "HIDDEN" : "VISIBLE";
    const changes = row.visibility !== target;
    if (!changes && openFlags === 0) {
      throw new AppError("PRECONDITION_FAILED", {
        userMessage: verb === "hide" ? "This review is already hidden." : "This review is already visible and has no open reports.",
      });
    }
    await tx.review.update({
      where: { id: reviewId },
      data: { visibility: target, hiddenReason: target === "HIDDEN" ? reason : null, flagCount: 0 },
    });
    const resolved = await tx.reviewFlag.updateMany({ where: { reviewId, resolvedAt: null }, data: { resolvedAt: new Date() } });
    await tx.moderationDecision.create({
      data: { moderatorId: moderator.userId, action: verb === "hide" ? "HIDE_REVIEW" : "RESTORE_REVIEW", reason, moduleId: review.moduleId, reviewId },
    });
    await recordAudit(tx, actor, {
      action: verb === "hide" ? "review.hidden" : changes ? "review.restored" : "review.reports_dismissed",
      targetType: "review",
      targetId: reviewId,
      publisherId: module.publisherId,
      data: { module: module.slug, moduleName: module.name, reason, resolvedFlags: resolved.count, previousVisibility: row.visibility },
    });
    if (changes) {
      await tx.notification.create({
        data:
          target === "HIDDEN"
            ? {
                userId: review.userId,
                kind: "review.hidden",
                title: `A moderator hid your review of ${module.name}`,
                body: `Reason: ${reason}`,
                link: `/modules/${module.slug}#your-review`,
              }
            : {
                userId: review.userId,
                kind: "review.restored",
                title: `Your review of ${module.name} is visible again`,
                body: `A moderator restored it: ${reason}`,
                link: `/modules/${module.slug}#review-${reviewId}`,
              },
      });
    }
    const rating = await recomputeRatingStats(tx, review.moduleId, locked);
    return { id: reviewId, visibility: target, resolvedFlags: resolved.count, rating, changes };
  });
  if (outcome.changes) await announceRatingChange(review.moduleId);
  return { id: outcome.id, visibility: outcome.visibility, resolvedFlags: outcome.resolvedFlags, rating: outcome.rating };
}
