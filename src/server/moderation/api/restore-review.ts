import { moderatorProcedure } from "~/server/trpc";
import { restoreReview } from "../moderate-review";
import { ZModerateReviewRequestSchema, ZModerateReviewResultSchema } from "../moderation.schemas";

export const restoreReviewRoute = moderatorProcedure
  .input(ZModerateReviewRequestSchema)
  .output(ZModerateReviewResultSchema)
  .mutation(({ ctx, input }) => {
    const { reviewId, reason } = input;
    return restoreReview(ctx.actor, { reviewId, reason });
  });
