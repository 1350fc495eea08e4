import { moderatorProcedure } from "~/server/trpc";
import { findModerationQueue } from "../find-moderation-queue";
import { ZFindQueueRequestSchema, ZFindQueueResponseSchema } from "../moderation.schemas";

export const findModerationQueueRoute = moderatorProcedure
  .input(ZFindQueueRequestSchema)
  .output(ZFindQueueResponseSchema)
  .query(({ ctx, input }) => {
    const { page, perPage } = input;
    return findModerationQueue(ctx.actor, { page, perPage });
  });
