import { publicProcedure } from "~/server/trpc";
import { findPopularInCategory } from "../find-recommendations";
import { ZPopularInCategoryResponseSchema, ZRecommendationsRequestSchema } from "../search.schemas";

export const findPopularInCategoryRoute = publicProcedure
  .input(ZRecommendationsRequestSchema)
  .output(ZPopularInCategoryResponseSchema)
  .query(({ input }) => {
    const { slug, limit } = input;
    return findPopularInCategory({ slug, limit });
  });
