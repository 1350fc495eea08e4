import type { RouterInputs, RouterOutputs } from "~/components/api-types";

export type CollectionAdmin = RouterOutputs["search"]["collections"]["findAll"][number];
export type CollectionItem = CollectionAdmin["items"][number];
export type ModuleStatus = CollectionItem["status"];
export type ModuleSuggestion = RouterOutputs["search"]["suggest"][number];
export type UpdateCollectionData = RouterInputs["search"]["collections"]["update"]["data"];

/** The most modules a collection holds (the server's MAX_COLLECTION_ITEMS). */
export const MAX_COLLECTION_ITEMS = 50;

/** How many modules of a collection the home page shows; only used to say so next to the list. */
export { PER_COLLECTION as HOME_PAGE_ITEMS } from "~/components/catalog/featured-collections";

/** Why a module in a collection is not on the home page, or null when it is shown. */
export function hiddenReason(status: ModuleStatus): string | null {
  switch (status) {
    case "PUBLISHED":
      return null;
    case "TAKEN_DOWN":
      return "Hidden on the home page: taken down";
    case "DRAFT":
      return "Hidden on the home page: draft";
  }
}
