import { publicProcedure } from "~/server/trpc";
import { ZFindModulesRequestSchema, ZFindModulesResponseSchema } from "../catalog.schemas";
import { findModules } from "../find-modules";

export const findModulesRoute = publicProcedure
  .input(ZFindModulesRequestSchema)
  .output(ZFindModulesResponseSchema)
  .query(({ input }) => findModules(input));
