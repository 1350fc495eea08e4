import { moderatorProcedure } from "~/server/trpc";
import { ZSetFeaturedRequestSchema } from "../moderation.schemas";
import { setModuleFeatured } from "../set-module-featured";

export const setModuleFeaturedRoute = moderatorProcedure
  .input(ZSetFeaturedRequestSchema)
  .output(ZSetFeaturedRequestSchema)
  .mutation(({ ctx, input }) => {
    const { slug, isFeatured } = input;
    return setModuleFeatured(ctx.actor, { slug, isFeatured });
  });
