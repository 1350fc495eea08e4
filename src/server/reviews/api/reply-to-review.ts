import { z } from "zod";
import { authedProcedure } from "~/server/trpc";
import { replyToReview } from "../reply-to-review";
import { ZReplyToReviewRequestSchema } from "../reviews.schemas";

/** Publisher membership is checked by the capability: the publisher is the reviewed module's, not one named in the input. */
export const replyToReviewRoute = authedProcedure
  .input(ZReplyToReviewRequestSchema)
  .output(z.object({ reviewId: z.string(), reply: z.object({ body: z.string(), repliedAt: z.date(), publisherName: z.string() }) }))
  .mutation(({ ctx, input }) => {
    const { reviewId, body } = input;
    return replyToReview(ctx.actor, { reviewId, body });
  });
