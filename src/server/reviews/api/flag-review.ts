import { z } from "zod";
import { authedProcedure } from "~/server/trpc";
import { flagReview } from "../flag-review";
import { ZFlagReviewRequestSchema } from "../reviews.schemas";

export const flagReviewRoute = authedProcedure
  .input(ZFlagReviewRequestSchema)
  .output(z.object({ reviewId: z.string() }))
  .mutation(({ ctx, input }) => {
    const { reviewId, reason } = input;
    return flagReview(ctx.actor, { reviewId, reason });
  });
