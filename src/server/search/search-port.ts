/**
 * The one search interface (STYLE.md rule 16, DESIGN.md services table): PostgreSQL full-text
 * search, the embedded default, or Meilisearch when MEILISEARCH_HOST is set. The backend is chosen
 * once, from configuration, with an exhaustive match; callers never know which one answers.
 */
import { env, searchBackend } from "~/env";
import { prisma } from "~/server/db";
import { createMeilisearchSearch } from "./meilisearch";
import { createPostgresFtsSearch } from "./postgres-fts";
import type { TSearchQuery, TSearchResult, TSuggestion, TSuggestQuery } from "./search.schemas";

export type SearchBackend = ReturnType<typeof searchBackend>;

export type SearchPort = {
  readonly backend: SearchBackend;
  /** Whether module changes must be pushed to the backend (PostgreSQL indexes its own rows). */
  readonly needsSync: boolean;
  /** Published modules matching the query and filters: one page of hits, the total, facets, a suggestion. */
  search(query: TSearchQuery): Promise<TSearchResult>;
  /** Search as you type: the best few module names for a partial query. */
  suggest(query: TSuggestQuery): Promise<TSuggestion[]>;
  /** Brings these modules' index entries up to date: published ones (re)indexed, others removed. */
  indexModules(moduleIds: string[]): Promise<{ indexed: number; removed: number }>;
  removeModules(moduleIds: string[]): Promise<void>;
  /** Rebuilds the whole index from the database (settings included). */
  rebuild(): Promise<{ indexed: number }>;
};

export function createSearchPort(backend: SearchBackend = searchBackend()): SearchPort {
  switch (backend) {
    case "postgres":
      return createPostgresFtsSearch(prisma);
    case "meilisearch": {
      if (!env.MEILISEARCH_HOST) throw new Error("SEARCH_BACKEND=meilisearch needs MEILISEARCH_HOST (the Meilisearch server's URL)");
      return createMeilisearchSearch({ host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY, indexUid: env.MEILISEARCH_INDEX, db: prisma });
    }
    default: {
      const unknown: never = backend;
      throw new Error(`unknown search backend: ${String(unknown)}`);
    }
  }
}

let port: SearchPort | null = null;

/** The process's search backend, created on first use from the configuration. */
export function getSearchPort(): SearchPort {
  port ??= createSearchPort();
  return port;
}
