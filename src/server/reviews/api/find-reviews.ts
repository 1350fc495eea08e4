import { publicProcedure } from "~/server/trpc";
import { findReviews } from "../find-reviews";
import { ZFindReviewsRequestSchema, ZFindReviewsResponseSchema } from "../reviews.schemas";

export const findReviewsRoute = publicProcedure
  .input(ZFindReviewsRequestSchema)
  .output(ZFindReviewsResponseSchema)
  .query(({ ctx, input }) => {
    const { moduleSlug, page, perPage, sort, version, rating } = input;
    return findReviews(ctx.actor, { moduleSlug, page, perPage, sort, version, rating });
  });
