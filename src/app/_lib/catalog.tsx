import "server-only";
import { CATALOG_PER_PAGE, CatalogListing } from "~/components/catalog/catalog-listing";
import { hasFilters, parseCatalogParams } from "~/components/catalog/catalog-params";
import { api } from "~/trpc/server";
import type { SearchParams } from "./search-params";

/** The catalog listing shared by `/` and `/modules`: reads the URL, loads in parallel, renders. */
export async function CatalogPage({ basePath, searchParams }: { basePath: string; searchParams: Promise<SearchParams> }) {
  const params = parseCatalogParams(await searchParams);
  const wantsFeatured = !hasFilters(params) && params.page === 1;
  const [result, categories, featured] = await Promise.all([
    api.catalog.findModules({
      category: params.category,
      pricing: params.pricing,
      sort: params.sort,
      page: params.page,
      perPage: CATALOG_PER_PAGE,
    }),
    api.catalog.findCategories(),
    wantsFeatured ? api.catalog.findFeaturedModules() : Promise.resolve([]),
  ]);
  return <CatalogListing basePath={basePath} params={params} result={result} categories={categories} featured={featured} />;
}
