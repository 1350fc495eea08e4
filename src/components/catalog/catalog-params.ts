import type { SearchSort } from "~/components/api-types";

/** The catalog's URL state. Pure, so both server pages and client controls use it. */
export const SORTS: { value: SearchSort; label: string; needsQuery?: boolean }[] = [
  { value: "relevance", label: "Best match", needsQuery: true },
  { value: "popular", label: "Most popular" },
  { value: "rating", label: "Highest rated" },
  { value: "updated", label: "Recently updated" },
  { value: "name", label: "Name (A–Z)" },
];

export type Pricing = "free" | "paid";

export type CatalogParams = {
  /** The search words, trimmed; "" when browsing. */
  q: string;
  category?: string;
  pricing?: Pricing;
  /** Stars and up (1–4). */
  minRating?: number;
  /** Only modules from verified publishers. */
  verified: boolean;
  /** Only modules that work with the viewer's workspace core version. */
  compatible: boolean;
  /** Unset: best match with a query, most popular without (the server decides). */
  sort?: SearchSort;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** Reads the query string leniently: unknown values fall back to the defaults instead of failing. */
export function parseCatalogParams(raw: RawParams): CatalogParams {
  const q = (first(raw.q) ?? "").trim().slice(0, 100);
  const category = first(raw.category);
  const pricing = first(raw.pricing);
  const minRating = Number.parseInt(first(raw.rating) ?? "", 10);
  const sort = first(raw.sort);
  const page = Number.parseInt(first(raw.page) ?? "1", 10);
  return {
    q,
    category: category && /^[a-z0-9-]{1,64}$/.test(category) ? category : undefined,
    pricing: pricing === "free" || pricing === "paid" ? pricing : undefined,
    minRating: minRating >= 1 && minRating <= 4 ? minRating : undefined,
    verified: first(raw.verified) === "1",
    compatible: first(raw.compatible) === "1",
    sort: SORTS.some((s) => s.value === sort) ? (sort as SearchSort) : undefined,
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** Whether anything narrows the results (the query aside). */
export const hasFilters = (p: CatalogParams): boolean =>
  Boolean(p.category || p.pricing || p.minRating || p.verified || p.compatible);

/** The page shows the plain catalog: no query, no filters, first page (featured collections go here). */
export const isPlainBrowse = (p: CatalogParams): boolean => !p.q && !hasFilters(p) && p.page === 1;

/** A catalog URL with some parameters changed; defaults are left out to keep URLs short and shareable. */
export function catalogHref(basePath: string, current: CatalogParams, changes: Partial<CatalogParams> = {}): string {
  const next = { ...current, ...changes };
  const qs = new URLSearchParams();
  if (next.q) qs.set("q", next.q);
  if (next.category) qs.set("category", next.category);
  if (next.pricing) qs.set("pricing", next.pricing);
  if (next.minRating) qs.set("rating", String(next.minRating));
  if (next.verified) qs.set("verified", "1");
  if (next.compatible) qs.set("compatible", "1");
  if (next.sort) qs.set("sort", next.sort);
  if (next.page > 1) qs.set("page", String(next.page));
  const query = qs.toString();
  return query ? `${basePath}?${query}` : basePath;
}

/** The same search without any filter (the query and sort stay). */
export const clearFiltersHref = (basePath: string, p: CatalogParams): string =>
  catalogHref(basePath, p, { category: undefined, pricing: undefined, minRating: undefined, verified: false, compatible: false, page: 1 });
