import { syncSearchModule } from "./sync-module";
import { syncSearchModuleInstalls } from "./sync-module-installs";

/** The search capability's functions (keeping the search index in step with the catalog). */
export const searchFunctions = [syncSearchModule, syncSearchModuleInstalls];
