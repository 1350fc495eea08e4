import { publicProcedure } from "~/server/trpc";
import { findAlsoInstalled } from "../find-recommendations";
import { ZAlsoInstalledResponseSchema, ZRecommendationsRequestSchema } from "../search.schemas";

export const findAlsoInstalledRoute = publicProcedure
  .input(ZRecommendationsRequestSchema)
  .output(ZAlsoInstalledResponseSchema)
  .query(({ input }) => {
    const { slug, limit } = input;
    return findAlsoInstalled({ slug, limit });
  });
