import { getSearchPort, type SearchPort } from "./search-port";
import { type TSearchRequest, type TSearchResponse, ZSearchRequestSchema } from "./search.schemas";
import { normalizeQuery } from "./search-text";

/**
 * The catalog search: published modules matching a query and filters, one page of them with
 * highlights, the facet counts and, when little was found, a spelling suggestion. Public data.
 */
export async function searchModules(request: TSearchRequest, port: SearchPort = getSearchPort()): Promise<TSearchResponse> {
  const input = ZSearchRequestSchema.parse(request);
  const { text, terms } = normalizeQuery(input.q);
  // Relevance only means something with words to match; without them, the most popular come first.
  const hasWords = terms.length > 0;
  const sort = input.sort === undefined || (input.sort === "relevance" && !hasWords) ? (hasWords ? "relevance" : "popular") : input.sort;
  const result = await port.search({ ...input, q: text, sort });
  const totalPages = Math.max(1, Math.ceil(result.total / input.perPage));
  return {
    data: result.hits,
    count: result.total,
    currentPage: input.page,
    perPage: input.perPage,
    totalPages,
    query: text,
    sort,
    facets: result.facets,
    suggestion: result.suggestion,
  };
}
