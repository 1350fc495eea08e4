import Link from "next/link";
import type { Category, ModuleCard as TModuleCard, RouterOutputs } from "~/components/api-types";
import { buttonClasses } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination, rangeText } from "~/components/ui/pagination";
import { type CatalogParams, catalogHref, hasFilters, type Pricing } from "./catalog-params";
import { formatNumber } from "./format";
import { ModuleCard } from "./module-card";
import { SortSelect } from "./sort-select";

export const CATALOG_PER_PAGE = 12;

const PRICING_OPTIONS: { value: Pricing | undefined; label: string }[] = [
  { value: undefined, label: "All prices" },
  { value: "free", label: "Free" },
  { value: "paid", label: "Paid" },
];

const CHIP =
  "inline-flex items-center gap-2 rounded-full px-3 py-1.5 text-sm font-medium whitespace-nowrap transition-colors";
const CHIP_IDLE =
  "bg-white text-zinc-700 ring-1 ring-zinc-200 ring-inset hover:bg-zinc-100 hover:text-zinc-900 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-800 dark:hover:bg-zinc-800 dark:hover:text-zinc-100";
const CHIP_ACTIVE = "bg-indigo-600 text-white ring-1 ring-indigo-600 ring-inset";

/**
 * The catalog: featured modules, category and price filters, sort, the grid and pagination.
 * Rendered by `/` and `/modules`; all state lives in the URL so every view is a shareable link.
 */
export function CatalogListing({
  basePath,
  params,
  result,
  categories,
  featured,
}: {
  basePath: string;
  params: CatalogParams;
  result: RouterOutputs["catalog"]["findModules"];
  categories: Category[];
  featured: TModuleCard[];
}) {
  const activeCategory = categories.find((c) => c.slug === params.category);
  const totalPublished = categories.reduce((n, c) => n + c.moduleCount, 0);
  const filtered = hasFilters(params);
  const showFeatured = !filtered && params.page === 1 && featured.length > 0;
  const resultsTitle = [
    params.category ? (activeCategory?.name ?? "Unknown category") : "All modules",
    params.pricing === "free" ? "Free" : params.pricing === "paid" ? "Paid" : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const hrefForPage = (page: number) => catalogHref(basePath, params, { page });

  return (
    <div className="space-y-10">
      <PageHeader
        title="Browse modules"
        description="Add invoicing, CRM, projects and more to your ADX workspace. Every module is reviewed by our moderators before it is listed."
      />

      {showFeatured ? (
        <section aria-labelledby="featured-heading">
          <div className="flex items-baseline justify-between gap-4">
            <h2 id="featured-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              Featured
            </h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Picked by our moderators</p>
          </div>
          <ul role="list" className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {featured.map((m) => (
              <li key={m.slug}>
                <ModuleCard module={m} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="gap-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)]">
        <nav aria-labelledby="categories-heading" className="mb-6 lg:mb-0">
          <h2 id="categories-heading" className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
            Categories
          </h2>
          <ul role="list" className="-mx-4 mt-3 flex gap-2 relative overflow-x-auto px-4 pb-2 lg:mx-0 lg:flex-col lg:gap-1 lg:overflow-visible lg:px-0 lg:pb-0">
            <CategoryLink
              href={catalogHref(basePath, params, { category: undefined, page: 1 })}
              isActive={!params.category}
              label="All"
              count={totalPublished}
            />
            {categories.map((c) => (
              <CategoryLink
                key={c.slug}
                href={catalogHref(basePath, params, { category: c.slug, page: 1 })}
                isActive={params.category === c.slug}
                label={c.name}
                count={c.moduleCount}
              />
            ))}
          </ul>
        </nav>

        <section aria-labelledby="results-heading" className="min-w-0">
          <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
            <h2 id="results-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              {resultsTitle}
            </h2>
            <div className="flex flex-wrap items-center gap-3">
              <nav aria-label="Price">
                <ul role="list" className="flex gap-1.5">
                  {PRICING_OPTIONS.map((o) => {
                    const isActive = params.pricing === o.value;
                    return (
                      <li key={o.label}>
                        <Link
                          href={catalogHref(basePath, params, { pricing: o.value, page: 1 })}
                          aria-current={isActive ? "page" : undefined}
                          className={cn(CHIP, "py-1", isActive ? CHIP_ACTIVE : CHIP_IDLE)}
                        >
                          {o.label}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </nav>
              <SortSelect basePath={basePath} params={params} />
            </div>
          </div>

          {activeCategory?.description ? (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{activeCategory.description}</p>
          ) : null}

          <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400" data-testid="catalog-range">
            {rangeText({ currentPage: result.currentPage, perPage: result.perPage, count: result.count, noun: ["module", "modules"] })}
          </p>

          {result.data.length > 0 ? (
            <ul role="list" className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
              {result.data.map((m) => (
                <li key={m.slug}>
                  <ModuleCard module={m} />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState
              className="mt-4"
              headingLevel={3}
              title={
                result.count > 0
                  ? "There is nothing on this page"
                  : params.category
                    ? "No modules in this category yet"
                    : filtered
                      ? "No modules match these filters"
                      : "No modules have been published yet"
              }
              action={
                result.count > 0 ? (
                  <Link href={hrefForPage(1)} className={buttonClasses({ variant: "secondary" })}>
                    Go to the first page
                  </Link>
                ) : filtered ? (
                  <Link href={basePath} className={buttonClasses({ variant: "secondary" })}>
                    Clear filters
                  </Link>
                ) : null
              }
            >
              {result.count > 0
                ? `The results end on page ${result.totalPages}.`
                : filtered
                  ? "Try another category or price, or clear the filters to see every module."
                  : "Check back soon: authors' modules appear here once a moderator has approved them."}
            </EmptyState>
          )}

          {result.data.length > 0 ? (
            <Pagination className="mt-8" currentPage={result.currentPage} totalPages={result.totalPages} hrefForPage={hrefForPage} />
          ) : null}
        </section>
      </div>
    </div>
  );
}

function CategoryLink({ href, isActive, label, count }: { href: string; isActive: boolean; label: string; count: number }) {
  return (
    <li className="shrink-0">
      <Link
        href={href}
        aria-current={isActive ? "page" : undefined}
        className={cn(
          CHIP,
          "lg:flex lg:w-full lg:justify-between lg:rounded-lg lg:ring-0",
          isActive
            ? `${CHIP_ACTIVE} lg:bg-indigo-50 lg:text-indigo-800 dark:lg:bg-indigo-500/15 dark:lg:text-indigo-100`
            : `${CHIP_IDLE} lg:bg-transparent dark:lg:bg-transparent`,
        )}
      >
        <span>{label}</span>
        <span
          className={cn(
            "rounded-full px-1.5 text-xs tabular-nums",
            isActive ? "bg-white/20 lg:bg-indigo-100 lg:text-indigo-800 dark:lg:bg-indigo-500/25 dark:lg:text-indigo-100" : "bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400",
          )}
        >
          <span className="sr-only">(</span>
          {formatNumber(count)}
          <span className="sr-only"> modules)</span>
        </span>
      </Link>
    </li>
  );
}
