export type SearchParams = Record<string, string | string[] | undefined>;

export const firstParam = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/** A page number from the query string; anything odd is page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const page = Number.parseInt(firstParam(value) ?? "1", 10);
  return Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1;
}

/** `path?page=n`, leaving page 1 out. */
export const pageHref = (path: string, page: number): string => (page > 1 ? `${path}?page=${page}` : path);
