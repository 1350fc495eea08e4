import { publisherProcedure } from "~/server/trpc";
import { ZAuthorTransitionRequestSchema, ZVersionTransitionResultSchema } from "../publishing.schemas";
import { transitionVersionAsAuthor } from "../version-transitions";

export const transitionVersionRoute = publisherProcedure
  .input(ZAuthorTransitionRequestSchema)
  .output(ZVersionTransitionResultSchema)
  .mutation(({ ctx, input }) => {
    const { moduleSlug, version, action, reason } = input;
    return transitionVersionAsAuthor(ctx.actor, ctx.publisher, { moduleSlug, version, action, reason });
  });
