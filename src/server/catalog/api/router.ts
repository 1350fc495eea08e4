import { createTRPCRouter } from "~/server/trpc";
import { findCategoriesRoute } from "./find-categories";
import { findFeaturedModulesRoute } from "./find-featured-modules";
import { findModulesRoute } from "./find-modules";
import { getModuleRoute } from "./get-module";

export const catalogRouter = createTRPCRouter({
  findModules: findModulesRoute,
  findFeaturedModules: findFeaturedModulesRoute,
  findCategories: findCategoriesRoute,
  getModule: getModuleRoute,
});
