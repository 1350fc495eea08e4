import { syncModuleSearchBySlug } from "~/server/search/sync-search-index";
import { inngest } from "~inngest/client";
import { moduleInstalled, moduleUninstalled } from "~inngest/events";

/**
 * Installs and uninstalls change a module's popularity (active installs), which the search index
 * sorts by: its entry is refreshed after each. Nothing to do with the PostgreSQL backend.
 */
export const syncSearchModuleInstalls = inngest.createFunction(
  {
    id: "search-sync-module-installs",
    name: "Refresh a module's popularity in the search index",
    retries: 5,
    concurrency: [{ key: "event.data.moduleSlug", limit: 1 }],
    triggers: [moduleInstalled, moduleUninstalled],
  },
  async ({ event, step }) => step.run("refresh the module's search entry", () => syncModuleSearchBySlug(event.data.moduleSlug)),
);
