/**
 * Types of what the tRPC procedures return, derived from the router so components never import
 * server code (only its types, which are erased at build time).
 */
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/root";

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type Me = NonNullable<RouterOutputs["accounts"]["me"]>;
export type ModuleCard = RouterOutputs["catalog"]["findModules"]["data"][number];
export type ModulePrice = ModuleCard["price"];
export type ModuleDetail = RouterOutputs["catalog"]["getModule"];
export type Category = RouterOutputs["catalog"]["findCategories"][number];
export type ModuleSort = NonNullable<RouterInputs["catalog"]["findModules"]["sort"]>;
export type TenantOverview = RouterOutputs["tenancy"]["getOverview"];
export type TenantRole = TenantOverview["role"];
export type TenantMember = RouterOutputs["tenancy"]["findMembers"]["data"][number];
export type ActivityEntry = RouterOutputs["tenancy"]["findActivity"]["data"][number];
export type Installation = RouterOutputs["installs"]["findInstallations"][number];
export type InstallationStatus = Installation["status"];
export type PublisherDashboard = RouterOutputs["publishing"]["getDashboard"];
export type PublisherModule = PublisherDashboard["modules"][number];
export type VersionState = PublisherModule["versions"][number]["state"];
export type QueueItem = RouterOutputs["moderation"]["findQueue"]["data"][number];
export type SearchResponse = RouterOutputs["search"]["find"];
export type SearchHit = SearchResponse["data"][number];
export type SearchFacets = SearchResponse["facets"];
export type SearchSort = SearchResponse["sort"];
export type HighlightSegment = SearchHit["highlight"]["name"][number];
export type Suggestion = RouterOutputs["search"]["suggest"][number];
export type FeaturedCollection = RouterOutputs["search"]["findCollections"][number];
export type AlsoInstalled = RouterOutputs["search"]["recommendations"]["alsoInstalled"][number];
export type CollectionAdmin = RouterOutputs["search"]["collections"]["findAll"][number];
