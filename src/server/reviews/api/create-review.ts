import { tenantProcedure } from "~/server/trpc";
import { createReview } from "../create-review";
import { ZCreateReviewRequestSchema, ZReviewWriteResultSchema } from "../reviews.schemas";

/** `tenant`: the reviewer's workspace that has the module installed (checked by the tier, then by the capability). */
export const createReviewRoute = tenantProcedure("MEMBER")
  .input(ZCreateReviewRequestSchema)
  .output(ZReviewWriteResultSchema)
  .mutation(({ ctx, input }) => {
    const { moduleSlug, rating, body } = input;
    return createReview(ctx.actor, ctx.tenant, { moduleSlug, rating, body });
  });
