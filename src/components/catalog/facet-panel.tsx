import Link from "next/link";
import type { ReactNode } from "react";
import type { SearchFacets } from "~/components/api-types";
import { cn } from "~/components/ui/cn";
import { type CatalogParams, catalogHref, clearFiltersHref, hasFilters } from "./catalog-params";
import { formatNumber } from "./format";

const OPTION =
  "flex w-full items-center justify-between gap-3 rounded-lg px-3 py-1.5 text-sm transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600";
const OPTION_IDLE = "text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-100";
const OPTION_ACTIVE = "bg-indigo-50 font-medium text-indigo-800 dark:bg-indigo-500/15 dark:text-indigo-100";
const OPTION_EMPTY = "text-zinc-400 dark:text-zinc-600";

/**
 * The filters, each value with how many modules it would show (counted with the query and every
 * other active filter, so choosing "Free" still shows how many paid modules there are). Every
 * option is a link: filters live in the URL, so a filtered search can be shared or bookmarked.
 */
export function FacetPanel({
  basePath,
  params,
  facets,
  coreVersion,
}: {
  basePath: string;
  params: CatalogParams;
  facets: SearchFacets;
  /** The viewer's workspace core version, when they have a workspace. */
  coreVersion: string | null;
}) {
  const href = (changes: Partial<CatalogParams>) => catalogHref(basePath, params, { ...changes, page: 1 });
  const allCategories = facets.categories.reduce((n, c) => n + c.count, 0);
  // Empty categories are noise, except the one chosen (it must stay visible to be unchosen).
  const categories = facets.categories.filter((c) => c.count > 0 || c.slug === params.category);

  return (
    <div className="space-y-6">
      {hasFilters(params) ? (
        <Link
          href={clearFiltersHref(basePath, params)}
          className="inline-flex text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300"
        >
          Clear all filters
        </Link>
      ) : null}

      <FacetGroup title="Category">
        <FacetOption href={href({ category: undefined })} isActive={!params.category} count={allCategories} label="All categories" />
        {categories.map((c) => (
          <FacetOption
            key={c.slug}
            href={href({ category: params.category === c.slug ? undefined : c.slug })}
            isActive={params.category === c.slug}
            count={c.count}
            label={c.name}
          />
        ))}
      </FacetGroup>

      <FacetGroup title="Price">
        <FacetOption
          href={href({ pricing: params.pricing === "free" ? undefined : "free" })}
          isActive={params.pricing === "free"}
          count={facets.pricing.free}
          label="Free"
        />
        <FacetOption
          href={href({ pricing: params.pricing === "paid" ? undefined : "paid" })}
          isActive={params.pricing === "paid"}
          count={facets.pricing.paid}
          label="Paid"
        />
      </FacetGroup>

      <FacetGroup title="Rating">
        {facets.minRating.map((r) => (
          <FacetOption
            key={r.value}
            href={href({ minRating: params.minRating === r.value ? undefined : r.value })}
            isActive={params.minRating === r.value}
            count={r.count}
            label={`${r.value} ${r.value === 1 ? "star" : "stars"} & up`}
          />
        ))}
      </FacetGroup>

      <FacetGroup title="Publisher">
        <FacetOption href={href({ verified: !params.verified })} isActive={params.verified} count={facets.verified} label="Verified publishers" isToggle />
      </FacetGroup>

      {coreVersion && facets.compatible !== null ? (
        <FacetGroup title="Compatibility">
          <FacetOption
            href={href({ compatible: !params.compatible })}
            isActive={params.compatible}
            count={facets.compatible}
            label={`Works with our version (${coreVersion})`}
            isToggle
          />
        </FacetGroup>
      ) : null}
    </div>
  );
}

function FacetGroup({ title, children }: { title: string; children: ReactNode }) {
  const id = `facet-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="px-3 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        {title}
      </h3>
      <ul role="list" className="mt-2 space-y-0.5">
        {children}
      </ul>
    </section>
  );
}

function FacetOption({
  href,
  isActive,
  count,
  label,
  isToggle = false,
}: {
  href: string;
  isActive: boolean;
  count: number;
  label: string;
  /** On/off on its own (a checkbox look) rather than one choice among several (a radio look). */
  isToggle?: boolean;
}) {
  return (
    <li>
      <Link
        href={href}
        aria-current={isActive ? "true" : undefined}
        className={cn(OPTION, isActive ? OPTION_ACTIVE : count === 0 ? OPTION_EMPTY : OPTION_IDLE)}
      >
        <span className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className={cn(
              "flex size-4 shrink-0 items-center justify-center border",
              isToggle ? "rounded" : "rounded-full",
              isActive ? "border-indigo-600 bg-indigo-600 text-white" : "border-zinc-300 dark:border-zinc-600",
            )}
          >
            {isActive && !isToggle ? <span className="size-1.5 rounded-full bg-white" /> : null}
            {isActive && isToggle ? (
              <svg viewBox="0 0 16 16" fill="currentColor" className="size-3">
                <path fillRule="evenodd" d="M12.4 4.3a.75.75 0 0 1 .1 1.05l-5 6a.75.75 0 0 1-1.1.05l-2.5-2.5a.75.75 0 1 1 1.06-1.06l1.92 1.92 4.47-5.36a.75.75 0 0 1 1.05-.1Z" clipRule="evenodd" />
              </svg>
            ) : null}
          </span>
          {label}
          {isActive ? <span className="sr-only"> (selected)</span> : null}
        </span>
        <span className="rounded-full bg-zinc-100 px-1.5 text-xs text-zinc-600 tabular-nums dark:bg-zinc-800 dark:text-zinc-400">
          <span className="sr-only">(</span>
          {formatNumber(count)}
          <span className="sr-only"> modules)</span>
        </span>
      </Link>
    </li>
  );
}
