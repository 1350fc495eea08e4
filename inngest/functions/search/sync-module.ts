import { syncModuleSearch } from "~/server/search/sync-search-index";
import { inngest } from "~inngest/client";
import { moduleCatalogChanged } from "~inngest/events";

/**
 * Keeps the search index in step with the catalog: on every catalog change (published, updated,
 * deprecated, yanked, taken down, restored) the module's entry is rebuilt from the database, or
 * removed when it is no longer published. The event is a pointer, so order and repeats do not
 * matter. With the PostgreSQL backend (the embedded default) there is nothing to do: the database
 * indexes its own rows.
 */
export const syncSearchModule = inngest.createFunction(
  {
    id: "search-sync-module",
    name: "Update a module in the search index",
    retries: 5,
    concurrency: [{ key: "event.data.moduleId", limit: 1 }],
    triggers: [moduleCatalogChanged],
  },
  async ({ event, step }) => step.run("update the module's search entry", () => syncModuleSearch(event.data.moduleId)),
);
