import { z } from "zod";
import { publicProcedure } from "~/server/trpc";
import { ZModuleCardSchema } from "../catalog.schemas";
import { findFeaturedModules } from "../find-modules";

export const findFeaturedModulesRoute = publicProcedure
  .output(z.array(ZModuleCardSchema))
  .query(() => findFeaturedModules());
