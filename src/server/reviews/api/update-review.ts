import { tenantProcedure } from "~/server/trpc";
import { updateReview } from "../update-review";
import { ZReviewWriteResultSchema, ZUpdateReviewRequestSchema } from "../reviews.schemas";

export const updateReviewRoute = tenantProcedure("MEMBER")
  .input(ZUpdateReviewRequestSchema)
  .output(ZReviewWriteResultSchema)
  .mutation(({ ctx, input }) => {
    const { id, data } = input;
    return updateReview(ctx.actor, ctx.tenant, { id, data });
  });
