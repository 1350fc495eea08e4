import { moderatorProcedure } from "~/server/trpc";
import { findFlaggedReviews } from "../find-flagged-reviews";
import { ZFindFlaggedReviewsRequestSchema, ZFindFlaggedReviewsResponseSchema } from "../moderation.schemas";

export const findFlaggedReviewsRoute = moderatorProcedure
  .input(ZFindFlaggedReviewsRequestSchema)
  .output(ZFindFlaggedReviewsResponseSchema)
  .query(({ ctx, input }) => {
    const { status, page, perPage } = input;
    return findFlaggedReviews(ctx.actor, { status, page, perPage });
  });
