import "server-only";
import { unstable_rethrow } from "next/navigation";
import { CATALOG_PER_PAGE, CatalogListing } from "~/components/catalog/catalog-listing";
import { isPlainBrowse, parseCatalogParams } from "~/components/catalog/catalog-params";
import { api } from "~/trpc/server";
import type { SearchParams } from "./search-params";
import { getMe } from "./session";

/** Slugs of the modules installed in a workspace; the catalog still works without them. */
async function installedSlugs(tenant: string): Promise<string[]> {
  try {
    const installations = await api.installs.findInstallations({ tenant });
    return installations.map((i) => i.module.slug);
  } catch (error) {
    unstable_rethrow(error);
    return [];
  }
}

/** Browse and search, shared by `/` and `/modules`: reads the URL, loads in parallel, renders. */
export async function CatalogPage({ basePath, searchParams }: { basePath: string; searchParams: Promise<SearchParams> }) {
  const [params, me] = await Promise.all([searchParams.then(parseCatalogParams), getMe()]);
  // The viewer's workspace decides "works with our version" and the Installed badges.
  const tenant = me?.tenants[0] ?? null;
  const coreVersion = tenant?.coreVersion ?? null;
  const wantsShelves = isPlainBrowse(params);
  const [result, collections, featured, installed] = await Promise.all([
    api.search.find({
      q: params.q,
      category: params.category,
      pricing: params.pricing,
      minRating: params.minRating,
      verifiedOnly: params.verified,
      coreVersion: coreVersion ?? undefined,
      compatibleOnly: params.compatible && coreVersion !== null,
      sort: params.sort,
      page: params.page,
      perPage: CATALOG_PER_PAGE,
    }),
    wantsShelves ? api.search.findCollections() : Promise.resolve([]),
    wantsShelves ? api.catalog.findFeaturedModules() : Promise.resolve([]),
    tenant ? installedSlugs(tenant.slug) : Promise.resolve([]),
  ]);
  return (
    <CatalogListing
      basePath={basePath}
      params={params}
      result={result}
      collections={collections}
      featured={featured}
      installedSlugs={installed}
      coreVersion={coreVersion}
    />
  );
}
