import type { ModuleSort } from "~/components/api-types";

/** The catalog's URL state. Pure, so both server pages and the sort control use it. */
export const SORTS: { value: ModuleSort; label: string }[] = [
  { value: "popular", label: "Most popular" },
  { value: "rating", label: "Highest rated" },
  { value: "updated", label: "Recently updated" },
  { value: "name", label: "Name (A–Z)" },
];

export type Pricing = "free" | "paid";

export type CatalogParams = {
  category?: string;
  pricing?: Pricing;
  sort: ModuleSort;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** Reads the query string leniently: unknown values fall back to the defaults instead of failing. */
export function parseCatalogParams(raw: RawParams): CatalogParams {
  const category = first(raw.category);
  const pricing = first(raw.pricing);
  const sort = first(raw.sort);
  const page = Number.parseInt(first(raw.page) ?? "1", 10);
  return {
    category: category && /^[a-z0-9-]{1,64}$/.test(category) ? category : undefined,
    pricing: pricing === "free" || pricing === "paid" ? pricing : undefined,
    sort: SORTS.some((s) => s.value === sort) ? (sort as ModuleSort) : "popular",
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

export const hasFilters = (p: CatalogParams): boolean => Boolean(p.category || p.pricing);

/** A catalog URL with some parameters changed; defaults are left out to keep URLs short. */
export function catalogHref(basePath: string, current: CatalogParams, changes: Partial<CatalogParams> = {}): string {
  const next = { ...current, ...changes };
  const qs = new URLSearchParams();
  if (next.category) qs.set("category", next.category);
  if (next.pricing) qs.set("pricing", next.pricing);
  if (next.sort !== "popular") qs.set("sort", next.sort);
  if (next.page > 1) qs.set("page", String(next.page));
  const query = qs.toString();
  return query ? `${basePath}?${query}` : basePath;
}
