import { recordAudit } from "~/server/audit/record-audit";
import { type Db, inTransaction, prisma } from "~/server/db";
import { type Actor, requireUser } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { type TReplyToReviewRequest, ZReplyToReviewRequestSchema } from "./reviews.schemas";

const excerpt = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The publisher's answer to a review: any member of the module's publisher may write it, once per
 * review. Replies are not editable: the reviewer is notified of what was said, and a reply that
 * silently changed afterwards (there is no "edited" record) would mislead them and other readers.
 * Audited, and the reviewer gets an in-app notification.
 */
export async function replyToReview(actor: Actor, request: TReplyToReviewRequest, db: Db = prisma) {
  const user = requireUser(actor);
  const { reviewId, body } = ZReplyToReviewRequestSchema.parse(request);
  return inTransaction(db, async (tx) => {
    const review = await tx.review.findUnique({
      where: { id: reviewId },
      select: {
        id: true,
        userId: true,
        visibility: true,
        module: { select: { id: true, slug: true, name: true, publisherId: true, publisher: { select: { name: true } } } },
      },
    });
    if (!review || review.visibility !== "VISIBLE") {
      throw new AppError("NOT_FOUND", { userMessage: "That review no longer exists or was hidden by a moderator." });
    }
    const { module } = review;
    const isMember = (await tx.publisherMember.count({ where: { publisherId: module.publisherId, userId: user.userId } })) > 0;
    if (!isMember) {
      throw new AppError("FORBIDDEN", { userMessage: `Only members of ${module.publisher.name} can reply to reviews of ${module.name}.` });
    }
    const repliedAt = new Date();
    // Conditional on "no reply yet", so two members replying at once can't both win.
    const written = await tx.review.updateMany({
      where: { id: reviewId, authorReply: null },
      data: { authorReply: body, authorRepliedAt: repliedAt },
    });
    if (written.count === 0) {
      throw new AppError("CONFLICT", { userMessage: `${module.publisher.name} already replied to this review. Each review gets one reply.` });
    }
    await recordAudit(tx, actor, {
      action: "review.replied",
      targetType: "review",
      targetId: reviewId,
      publisherId: module.publisherId,
      data: { module: module.slug, moduleName: module.name },
    });
    await tx.notification.create({
      data: {
        userId: review.userId,
        kind: "review.replied",
        title: `${module.publisher.name} replied to your review of ${module.name}`,
        body: excerpt(body),
        link: `/modules/${module.slug}#review-${reviewId}`,
      },
    });
    return { reviewId, reply: { body, repliedAt, publisherName: module.publisher.name } };
  });
}
