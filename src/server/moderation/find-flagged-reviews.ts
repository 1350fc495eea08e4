import type { Prisma } from "~/generated/prisma/client";
import { type Db, prisma } from "~/server/db";
import { reviewerName } from "~/server/reviews/reviews.queries";
import { type Actor, requireModerator } from "~/server/shared/actor";
import { pageArgs, paged } from "~/server/shared/pagination";
import { type TFindFlaggedReviewsRequest, type TFlaggedReview, ZFindFlaggedReviewsRequestSchema } from "./moderation.schemas";

const OPEN: Prisma.ReviewWhereInput = { flagCount: { gt: 0 } };
const HIDDEN: Prisma.ReviewWhereInput = { visibility: "HIDDEN" };

/**
 * Reviews for moderators: `open` lists reviews with reports nobody acted on yet (most reported
 * first, then oldest), `hidden` lists hidden reviews (most recently changed first) so they can
 * be restored. `flagCount` is the number of open reports (see reviews/flag-review.ts).
 */
export async function findFlaggedReviews(actor: Actor, request: TFindFlaggedReviewsRequest, db: Db = prisma) {
  requireModerator(actor);
  const { status, page, perPage } = ZFindFlaggedReviewsRequestSchema.parse(request);
  const where = status === "open" ? OPEN : HIDDEN;
  const orderBy: Prisma.ReviewOrderByWithRelationInput[] =
    status === "open" ? [{ flagCount: "desc" }, { createdAt: "asc" }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "asc" }];
  const [rows, count, openCount, hiddenCount] = await Promise.all([
    db.review.findMany({
      where,
      orderBy,
      ...pageArgs({ page, perPage }),
      select: {
        id: true,
        rating: true,
        body: true,
        createdAt: true,
        visibility: true,
        hiddenReason: true,
        flagCount: true,
        user: { select: { name: true } },
        version: { select: { version: true } },
        module: { select: { slug: true, name: true } },
        flags: {
          orderBy: [{ resolvedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
          take: 20,
          select: { reason: true, createdAt: true, resolvedAt: true, user: { select: { name: true } } },
        },
        moderation: {
          where: { action: { in: ["HIDE_REVIEW", "RESTORE_REVIEW"] } },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { action: true, reason: true, createdAt: true, moderator: { select: { name: true } } },
        },
      },
    }),
    db.review.count({ where }),
    db.review.count({ where: OPEN }),
    db.review.count({ where: HIDDEN }),
  ]);
  const data: TFlaggedReview[] = rows.map((r) => {
    const decision = r.moderation[0];
    return {
      id: r.id,
      rating: r.rating,
      body: r.body,
      createdAt: r.createdAt,
      reviewerName: reviewerName(r.user),
      version: r.version?.version ?? null,
      module: r.module,
      isHidden: r.visibility === "HIDDEN",
      hiddenReason: r.hiddenReason,
      openFlagCount: r.flagCount,
      flags: r.flags.map((f) => ({ reason: f.reason, createdAt: f.createdAt, reporterName: reviewerName(f.user), isResolved: f.resolvedAt !== null })),
      lastDecision:
        decision && (decision.action === "HIDE_REVIEW" || decision.action === "RESTORE_REVIEW")
          ? { action: decision.action, reason: decision.reason, createdAt: decision.createdAt, moderatorName: reviewerName(decision.moderator) }
          : null,
    };
  });
  return { ...paged(data, count, { page, perPage }), openCount, hiddenCount };
}
