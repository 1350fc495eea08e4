/**
 * Data access of the reviews capability: the selects it reads with, the module lock every review
 * write takes, and the rating statistics recomputed under that lock.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/server/db";
import { AppError } from "~/server/shared/app-error";
import type { TRatingStats } from "./reviews.schemas";

export const REVIEW_MODULE_SELECT = {
  id: true,
  slug: true,
  name: true,
  status: true,
  publisherId: true,
  publisher: { select: { name: true } },
} satisfies Prisma.ModuleSelect;
export type ReviewModule = Prisma.ModuleGetPayload<{ select: typeof REVIEW_MODULE_SELECT }>;

export const REVIEW_ITEM_SELECT = {
  id: true,
  rating: true,
  body: true,
  createdAt: true,
  userId: true,
  authorReply: true,
  authorRepliedAt: true,
  user: { select: { name: true } },
  version: { select: { version: true } },
} satisfies Prisma.ReviewSelect;

export const MY_REVIEW_SELECT = {
  ...REVIEW_ITEM_SELECT,
  visibility: true,
  hiddenReason: true,
  tenant: { select: { slug: true, name: true } },
} satisfies Prisma.ReviewSelect;

/** What people see instead of a reviewer without a display name (never their e-mail). */
export const ANONYMOUS_REVIEWER = "ADX user";
export const reviewerName = (user: { name: string | null }) => user.name?.trim() || ANONYMOUS_REVIEWER;

export async function findReviewModuleBySlug(db: Db, slug: string): Promise<ReviewModule> {
  const module = await db.module.findUnique({ where: { slug }, select: REVIEW_MODULE_SELECT });
  if (!module) throw new AppError("NOT_FOUND", { userMessage: `There is no module called "${slug}".` });
  return module;
}

export type LockedModule = { updatedAt: Date; status: ReviewModule["status"] };

/**
 * Locks the module row until the transaction ends (`SELECT … FOR UPDATE`). Every write that can
 * change a module's visible reviews takes this lock first, so two concurrent writes recompute the
 * statistics one after the other and neither overwrites the other's result. Returns the row's
 * `updatedAt` (which the statistics update writes back unchanged: a new review is not a new
 * release, and "recently updated" must not say so) and its current status.
 */
export async function lockModuleForRatings(tx: Db, moduleId: string): Promise<LockedModule> {
  const rows = await tx.$queryRaw<LockedModule[]>`SELECT "updatedAt", status::text AS status FROM "Module" WHERE id = ${moduleId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", { message: `module ${moduleId} vanished`, userMessage: "That module no longer exists." });
  return row;
}

/** Locks one review row (taken after the module lock, never before it, so locks always nest the same way). */
export async function lockReview(tx: Db, reviewId: string): Promise<{ visibility: "VISIBLE" | "HIDDEN" } | null> {
  const rows = await tx.$queryRaw<{ visibility: "VISIBLE" | "HIDDEN" }[]>`SELECT visibility::text AS visibility FROM "Review" WHERE id = ${reviewId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** Average, count and 1–5 histogram of the module's visible reviews, counted from the rows. */
export async function countRatingStats(db: Db, moduleId: string): Promise<TRatingStats> {
  const groups = await db.review.groupBy({
    by: ["rating"],
    where: { moduleId, visibility: "VISIBLE" },
    _count: { _all: true },
  });
  const histogram = [0, 0, 0, 0, 0];
  for (const g of groups) histogram[g.rating - 1] = g._count._all;
  const count = histogram.reduce((n, c) => n + c, 0);
  const sum = histogram.reduce((n, c, i) => n + c * (i + 1), 0);
  return { count, sum, average: count > 0 ? sum / count : 0, histogram };
}

/**
 * Recomputes the module's rating statistics from its visible reviews and stores them. Call it in
 * the transaction of the change, after `lockModuleForRatings`: the result is then exactly what a
 * fresh aggregate over the committed rows says.
 */
export async function recomputeRatingStats(tx: Db, moduleId: string, locked: { updatedAt: Date }): Promise<TRatingStats> {
  const stats = await countRatingStats(tx, moduleId);
  await tx.module.update({
    where: { id: moduleId },
    data: {
      ratingCount: stats.count,
      ratingSum: stats.sum,
      ratingAverage: stats.average,
      ratingHistogram: stats.histogram,
      updatedAt: locked.updatedAt,
    },
  });
  return stats;
}

/** The member's verified workspaces (the user is in the WHERE: nobody else's memberships). */
export async function findMemberTenants(db: Db, userId: string) {
  const rows = await db.tenantMember.findMany({
    where: { userId },
    orderBy: { tenant: { name: "asc" } },
    select: { tenant: { select: { id: true, slug: true, name: true } } },
  });
  return rows.map((r) => r.tenant);
}
