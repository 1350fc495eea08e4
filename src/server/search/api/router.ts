import { createTRPCRouter } from "~/server/trpc";
import { createCollectionRoute } from "./create-collection";
import { deleteCollectionRoute } from "./delete-collection";
import { findAllCollectionsRoute } from "./find-all-collections";
import { findAlsoInstalledRoute } from "./find-also-installed";
import { findCollectionsRoute } from "./find-collections";
import { findPopularInCategoryRoute } from "./find-popular-in-category";
import { searchModulesRoute } from "./search-modules";
import { setCollectionItemsRoute } from "./set-collection-items";
import { suggestModulesRoute } from "./suggest-modules";
import { updateCollectionRoute } from "./update-collection";

export const searchRouter = createTRPCRouter({
  find: searchModulesRoute,
  suggest: suggestModulesRoute,
  recommendations: createTRPCRouter({
    popularInCategory: findPopularInCategoryRoute,
    alsoInstalled: findAlsoInstalledRoute,
  }),
  findCollections: findCollectionsRoute,
  collections: createTRPCRouter({
    findAll: findAllCollectionsRoute,
    create: createCollectionRoute,
    update: updateCollectionRoute,
    delete: deleteCollectionRoute,
    setItems: setCollectionItemsRoute,
  }),
});
