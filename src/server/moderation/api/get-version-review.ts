import { z } from "zod";
import { moderatorProcedure } from "~/server/trpc";
import { getVersionReview } from "../get-version-review";
import { ZVersionReviewSchema } from "../moderation.schemas";

export const getVersionReviewRoute = moderatorProcedure
  .input(z.object({ versionId: z.string().min(1) }))
  .output(ZVersionReviewSchema)
  .query(({ ctx, input }) => {
    const { versionId } = input;
    return getVersionReview(ctx.actor, versionId);
  });
