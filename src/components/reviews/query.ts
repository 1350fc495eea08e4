import type { ReviewSort } from "./types";

/** Reviews shown per page on the module page. */
export const REVIEWS_PER_PAGE = 10;

export type ReviewFilters = { page: number; sort: ReviewSort; version: string | null; rating: number | null };

export const DEFAULT_REVIEW_FILTERS: ReviewFilters = { page: 1, sort: "newest", version: null, rating: null };

/**
 * The `reviews.find` input for a module and filters. The page prefetches the default one on the
 * server and the list asks for the same, so both must build it here (same keys, same query).
 */
export function reviewsQueryInput(moduleSlug: string, f: ReviewFilters = DEFAULT_REVIEW_FILTERS) {
  return {
    moduleSlug,
    page: f.page,
    perPage: REVIEWS_PER_PAGE,
    sort: f.sort,
    ...(f.version ? { version: f.version } : {}),
    ...(f.rating ? { rating: f.rating } : {}),
  };
}
