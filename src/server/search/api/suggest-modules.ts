import { publicProcedure } from "~/server/trpc";
import { suggestModules } from "../suggest-modules";
import { ZSuggestRequestSchema, ZSuggestResponseSchema } from "../search.schemas";

export const suggestModulesRoute = publicProcedure
  .input(ZSuggestRequestSchema)
  .output(ZSuggestResponseSchema)
  .query(({ input }) => {
    const { q, limit } = input;
    return suggestModules({ q, limit });
  });
