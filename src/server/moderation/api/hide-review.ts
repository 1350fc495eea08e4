import { moderatorProcedure } from "~/server/trpc";
import { hideReview } from "../moderate-review";
import { ZModerateReviewRequestSchema, ZModerateReviewResultSchema } from "../moderation.schemas";

export const hideReviewRoute = moderatorProcedure
  .input(ZModerateReviewRequestSchema)
  .output(ZModerateReviewResultSchema)
  .mutation(({ ctx, input }) => {
    const { reviewId, reason } = input;
    return hideReview(ctx.actor, { reviewId, reason });
  });
