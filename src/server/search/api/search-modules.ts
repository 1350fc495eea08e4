import { publicProcedure } from "~/server/trpc";
import { searchModules } from "../search-modules";
import { ZSearchRequestSchema, ZSearchResponseSchema } from "../search.schemas";

export const searchModulesRoute = publicProcedure
  .input(ZSearchRequestSchema)
  .output(ZSearchResponseSchema)
  .query(({ input }) => searchModules(input));
