import Link from "next/link";
import type { FeaturedCollection, ModuleCard as TModuleCard, SearchResponse } from "~/components/api-types";
import { buttonClasses } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination, rangeText } from "~/components/ui/pagination";
import { type CatalogParams, catalogHref, clearFiltersHref, hasFilters, isPlainBrowse } from "./catalog-params";
import { FacetPanel } from "./facet-panel";
import { FeaturedCollections } from "./featured-collections";
import { ModuleCard } from "./module-card";
import { SearchBox } from "./search-box";
import { SortSelect } from "./sort-select";

export const CATALOG_PER_PAGE = 12;

/**
 * Browse and search: the search box, featured collections (on the plain first page), the facets
 * with counts, the sort, the results with their matches marked, and pagination. Rendered by `/`
 * and `/modules`; all state lives in the URL so every view is a shareable link.
 */
export function CatalogListing({
  basePath,
  params,
  result,
  collections,
  featured,
  installedSlugs,
  coreVersion,
}: {
  basePath: string;
  params: CatalogParams;
  result: SearchResponse;
  collections: FeaturedCollection[];
  /** Shown when moderators have not curated any collection yet. */
  featured: TModuleCard[];
  /** Modules installed in the viewer's workspace, badged on their cards. */
  installedSlugs: string[];
  coreVersion: string | null;
}) {
  const installed = new Set(installedSlugs);
  const filtered = hasFilters(params);
  const categoryName = params.category ? (result.facets.categories.find((c) => c.slug === params.category)?.name ?? "Unknown category") : null;
  const resultsTitle = result.query ? `Results for “${result.query}”` : (categoryName ?? "All modules");
  const hrefForPage = (page: number) => catalogHref(basePath, params, { page });
  const suggestionHref = result.suggestion ? catalogHref(basePath, params, { q: result.suggestion, page: 1, sort: undefined }) : null;
  const chips = activeFilterChips(params, categoryName, coreVersion);

  return (
    <div className="space-y-10">
      <div className="space-y-5">
        <PageHeader
          title="Browse modules"
          description="Add invoicing, CRM, projects and more to your ADX workspace. Every module is reviewed by our moderators before it is listed."
        />
        <div className="max-w-2xl">
          <SearchBox action={basePath === "/" ? "/modules" : basePath} params={params} />
        </div>
      </div>

      {isPlainBrowse(params) ? <FeaturedCollections collections={collections} featured={featured} installed={installed} /> : null}

      <div className="gap-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)]">
        <nav aria-label="Filters" className="mb-8 lg:mb-0">
          <FacetPanel basePath={basePath} params={params} facets={result.facets} coreVersion={coreVersion} />
        </nav>

        <section aria-labelledby="results-heading" className="min-w-0">
          <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
            <h2 id="results-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              {resultsTitle}
            </h2>
            <SortSelect basePath={basePath} params={params} sort={result.sort} />
          </div>

          {chips.length > 0 ? (
            <ul role="list" aria-label="Active filters" className="mt-3 flex flex-wrap gap-2">
              {chips.map((chip) => (
                <li key={chip.label}>
                  <Link
                    href={catalogHref(basePath, params, { ...chip.remove, page: 1 })}
                    className="inline-flex items-center gap-1.5 rounded-full bg-indigo-50 py-1 pr-2 pl-3 text-sm font-medium text-indigo-800 hover:bg-indigo-100 dark:bg-indigo-500/15 dark:text-indigo-100 dark:hover:bg-indigo-500/25"
                  >
                    {chip.label}
                    <span className="sr-only">: remove this filter</span>
                    <svg aria-hidden="true" viewBox="0 0 16 16" fill="currentColor" className="size-3.5">
                      <path d="M5.28 4.22a.75.75 0 0 0-1.06 1.06L6.94 8l-2.72 2.72a.75.75 0 1 0 1.06 1.06L8 9.06l2.72 2.72a.75.75 0 1 0 1.06-1.06L9.06 8l2.72-2.72a.75.75 0 0 0-1.06-1.06L8 6.94 5.28 4.22Z" />
                    </svg>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}

          <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400" data-testid="catalog-range" aria-live="polite">
            {rangeText({ currentPage: result.currentPage, perPage: result.perPage, count: result.count, noun: ["module", "modules"] })}
          </p>

          {suggestionHref && result.count > 0 ? (
            <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300" data-testid="did-you-mean">
              Did you mean{" "}
              <Link href={suggestionHref} className="font-medium text-indigo-700 underline dark:text-indigo-300">
                {result.suggestion}
              </Link>
              ?
            </p>
          ) : null}

          {result.data.length > 0 ? (
            <ul role="list" className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
              {result.data.map(({ highlight, ...m }) => (
                <li key={m.slug}>
                  <ModuleCard module={m} highlight={result.query ? highlight : undefined} isInstalled={installed.has(m.slug)} />
                </li>
              ))}
            </ul>
          ) : (
            <NoResults basePath={basePath} params={params} result={result} filtered={filtered} suggestionHref={suggestionHref} hrefForPage={hrefForPage} />
          )}

          {result.data.length > 0 ? (
            <Pagination className="mt-8" currentPage={result.currentPage} totalPages={result.totalPages} hrefForPage={hrefForPage} />
          ) : null}
        </section>
      </div>
    </div>
  );
}

function NoResults({
  basePath,
  params,
  result,
  filtered,
  suggestionHref,
  hrefForPage,
}: {
  basePath: string;
  params: CatalogParams;
  result: SearchResponse;
  filtered: boolean;
  suggestionHref: string | null;
  hrefForPage: (page: number) => string;
}) {
  if (result.count > 0) {
    return (
      <EmptyState
        className="mt-4"
        headingLevel={3}
        title="There is nothing on this page"
        action={
          <Link href={hrefForPage(1)} className={buttonClasses({ variant: "secondary" })}>
            Go to the first page
          </Link>
        }
      >
        {`The results end on page ${result.totalPages}.`}
      </EmptyState>
    );
  }
  const title = result.query
    ? `No modules match “${result.query}”${filtered ? " with these filters" : ""}`
    : filtered
      ? "No modules match these filters"
      : "No modules have been published yet";
  return (
    <EmptyState
      className="mt-4"
      headingLevel={3}
      title={title}
      action={
        <div className="flex flex-wrap justify-center gap-3">
          {suggestionHref ? (
            <Link href={suggestionHref} className={buttonClasses({ variant: "primary" })} data-testid="did-you-mean">
              Search for “{result.suggestion}”
            </Link>
          ) : null}
          {filtered ? (
            <Link href={clearFiltersHref(basePath, params)} className={buttonClasses({ variant: "secondary" })}>
              Clear filters
            </Link>
          ) : null}
          {result.query ? (
            <Link href={catalogHref(basePath, params, { q: "", page: 1, sort: undefined })} className={buttonClasses({ variant: "secondary" })}>
              Clear the search
            </Link>
          ) : null}
        </div>
      }
    >
      {suggestionHref
        ? `Did you mean “${result.suggestion}”? Check the spelling, or try fewer or more general words.`
        : result.query
          ? "Check the spelling, or try fewer or more general words."
          : filtered
            ? "Try another category or price, or clear the filters to see every module."
            : "Check back soon: authors' modules appear here once a moderator has approved them."}
    </EmptyState>
  );
}

type Chip = { label: string; remove: Partial<CatalogParams> };

function activeFilterChips(params: CatalogParams, categoryName: string | null, coreVersion: string | null): Chip[] {
  const chips: Chip[] = [];
  if (categoryName) chips.push({ label: categoryName, remove: { category: undefined } });
  if (params.pricing) chips.push({ label: params.pricing === "free" ? "Free" : "Paid", remove: { pricing: undefined } });
  if (params.minRating) chips.push({ label: `${params.minRating} stars & up`, remove: { minRating: undefined } });
  if (params.verified) chips.push({ label: "Verified publishers", remove: { verified: false } });
  if (params.compatible) chips.push({ label: `Works with ${coreVersion ?? "our version"}`, remove: { compatible: false } });
  return chips;
}
