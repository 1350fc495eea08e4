import { z } from "zod";
import { authedProcedure } from "~/server/trpc";
import { deleteReview } from "../delete-review";
import { ZDeleteReviewRequestSchema } from "../reviews.schemas";

export const deleteReviewRoute = authedProcedure
  .input(ZDeleteReviewRequestSchema)
  .output(z.object({ id: z.string() }))
  .mutation(({ ctx, input }) => {
    const { id } = input;
    return deleteReview(ctx.actor, { id });
  });
