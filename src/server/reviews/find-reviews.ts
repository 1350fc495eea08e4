import semver from "semver";
import type { Prisma } from "~/generated/prisma/client";
import { type Db, prisma } from "~/server/db";
import { type Actor, isModerator } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { pageArgs, paged } from "~/server/shared/pagination";
import { getReviewEligibility } from "./review-eligibility";
import { findReviewModuleBySlug, MY_REVIEW_SELECT, REVIEW_ITEM_SELECT, reviewerName, type ReviewModule } from "./reviews.queries";
import {
  type TFindReviewsRequest,
  type TFindReviewsResponse,
  type TReviewItem,
  type TReviewSort,
  type TReviewViewer,
  ZFindReviewsRequestSchema,
} from "./reviews.schemas";

const ORDER: Record<TReviewSort, Prisma.ReviewOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  highest: [{ rating: "desc" }, { createdAt: "desc" }, { id: "desc" }],
  lowest: [{ rating: "asc" }, { createdAt: "desc" }, { id: "desc" }],
};

type ReplyRow = { authorReply: string | null; authorRepliedAt: Date | null };
const replyOf = (row: ReplyRow, module: ReviewModule) =>
  row.authorReply !== null && row.authorRepliedAt !== null
    ? { body: row.authorReply, repliedAt: row.authorRepliedAt, publisherName: module.publisher.name }
    : null;

/**
 * A module's visible reviews, paged, sorted and filtered by version and stars, with what the
 * viewer may do: their own review (even when a moderator hid it, so they know), whether they may
 * review and why not, and whether they may reply as the publisher. Reviewers are shown by display
 * name only; their workspace is never shown, since that would tell who uses the module.
 * Modules that are not published are readable only by their publisher's members and moderators,
 * as on the module page.
 */
export async function findReviews(actor: Actor, request: TFindReviewsRequest, db: Db = prisma): Promise<TFindReviewsResponse> {
  const { moduleSlug, page, perPage, sort, version, rating } = ZFindReviewsRequestSchema.parse(request);
  const module = await findReviewModuleBySlug(db, moduleSlug);
  const isPublisherMember = actor
    ? (await db.publisherMember.count({ where: { publisherId: module.publisherId, userId: actor.userId } })) > 0
    : false;
  if (module.status !== "PUBLISHED" && !isPublisherMember && !isModerator(actor)) {
    throw new AppError("NOT_FOUND", { userMessage: `There is no module called "${moduleSlug}".` });
  }

  const visible = { moduleId: module.id, visibility: "VISIBLE" } as const;
  const where: Prisma.ReviewWhereInput = {
    ...visible,
    ...(version ? { version: { version } } : {}),
    ...(rating ? { rating } : {}),
  };
  const [rows, count, byVersion] = await Promise.all([
    db.review.findMany({ where, orderBy: ORDER[sort], ...pageArgs({ page, perPage }), select: REVIEW_ITEM_SELECT }),
    db.review.count({ where }),
    db.review.groupBy({ by: ["versionId"], where: visible, _count: { _all: true } }),
  ]);

  const versionIds = byVersion.map((g) => g.versionId).filter((id): id is string => id !== null);
  const versionNames = new Map(
    versionIds.length > 0
      ? (await db.moduleVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, version: true } })).map((v) => [v.id, v.version] as const)
      : [],
  );
  const versions = byVersion
    .flatMap((g) => {
      const name = g.versionId ? versionNames.get(g.versionId) : undefined;
      return name ? [{ version: name, count: g._count._all }] : [];
    })
    .sort((a, b) => semver.rcompare(a.version, b.version));

  const flaggedByMe = new Set(
    actor && rows.length > 0
      ? (await db.reviewFlag.findMany({ where: { userId: actor.userId, reviewId: { in: rows.map((r) => r.id) } }, select: { reviewId: true } })).map((f) => f.reviewId)
      : [],
  );
  const data: TReviewItem[] = rows.map((r) => ({
    id: r.id,
    rating: r.rating,
    body: r.body,
    createdAt: r.createdAt,
    reviewerName: reviewerName(r.user),
    version: r.version?.version ?? null,
    reply: replyOf(r, module),
    isMine: actor?.userId === r.userId,
    isFlaggedByMe: flaggedByMe.has(r.id),
  }));

  return { ...paged(data, count, { page, perPage }), versions, viewer: await viewerOf(db, actor, module, isPublisherMember) };
}

async function viewerOf(db: Db, actor: Actor, module: ReviewModule, isPublisherMember: boolean): Promise<TReviewViewer> {
  const [eligibility, mine] = await Promise.all([
    getReviewEligibility(db, actor, module),
    actor ? db.review.findUnique({ where: { moduleId_userId: { moduleId: module.id, userId: actor.userId } }, select: MY_REVIEW_SELECT }) : null,
  ]);
  return {
    isSignedIn: actor !== null,
    myReview: mine
      ? {
          id: mine.id,
          rating: mine.rating,
          body: mine.body,
          createdAt: mine.createdAt,
          version: mine.version?.version ?? null,
          tenant: mine.tenant,
          isHidden: mine.visibility === "HIDDEN",
          hiddenReason: mine.hiddenReason,
          reply: replyOf(mine, module),
        }
      : null,
    canReview: eligibility.canReview,
    cannotReviewReason: eligibility.reason,
    cannotReviewMessage: eligibility.message,
    tenants: eligibility.tenants.map((t) => ({ slug: t.slug, name: t.name, version: t.version, isInstalled: t.isInstalled })),
    canReply: isPublisherMember,
  };
}
