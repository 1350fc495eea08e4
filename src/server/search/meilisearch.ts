/**
 * The Meilisearch search backend (when MEILISEARCH_HOST is set). The index holds one document per
 * published module (search-documents.ts); the database stays the source of truth: hits are read
 * back as cards from it. Kept in sync by inngest/functions/search/sync-module.ts, rebuilt by
 * `npm run search:rebuild`. Contract tests: meilisearch.integration.test.ts.
 */
import { type EnqueuedTaskPromise, type IndexSwap, Meilisearch, type MultiSearchQuery, type SearchResponse, type Settings } from "meilisearch";
import type { PrismaDb } from "~/server/db";
import { allModuleDocuments, buildModuleDocuments, type TModuleDocument } from "./search-documents";
import type { SearchPort } from "./search-port";
import { compatibleRanges, SEARCH_SYNONYMS } from "./search-ranking";
import { findCategoryList, findModuleCardsByIds } from "./search.queries";
import type { TSearchFacets, TSearchHit, TSearchQuery, TSearchResult, TSearchSort, TSuggestion, TSuggestQuery } from "./search.schemas";
import { highlightSegments, normalizeQuery, segmentsFromMarkedText, suggestSpelling, vocabularyOf } from "./search-text";

/** Fewer hits than this and the answer carries a spelling suggestion (as in postgres-fts.ts). */
const FEW_RESULTS = 3;
/** Highlight markers: control characters, which never occur in listings (see segmentsFromMarkedText). */
export const HIGHLIGHT_PRE = "\u0002";
export const HIGHLIGHT_POST = "\u0003";
const TASK_TIMEOUT_MS = 120_000;
const BATCH_SIZE = 1000;

/** Index settings: what is searched (in weight order), filtered, sorted, and how hits are ranked. */
export const MEILISEARCH_SETTINGS = {
  // Earlier attributes weigh more: name > summary > tags > description.
  searchableAttributes: ["name", "summary", "tags", "description"],
  filterableAttributes: ["categorySlug", "isFree", "ratingAverage", "ratingFloor", "isVerified", "coreRange"],
  sortableAttributes: ["activeInstalls", "ratingCount", "hasRating", "bayesianRating", "updatedAt", "nameSort"],
  // `sort` first: an explicit sort (popularity, rating, …) orders every hit strictly, as in the
  // PostgreSQL backend; without one, relevance (words, typos, …, exactness: an exact name match
  // first), then popularity.
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "activeInstalls:desc"],
  synonyms: SEARCH_SYNONYMS,
  // One typo from 4 letters ("invoce"), two from 8, as the PostgreSQL backend's trigram threshold allows.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnNumbers: true },
  faceting: { maxValuesPerFacet: 1000 },
  pagination: { maxTotalHits: 10_000 },
} satisfies Settings;

const SORT: Record<TSearchSort, string[] | undefined> = {
  relevance: undefined,
  popular: ["activeInstalls:desc", "ratingCount:desc", "nameSort:asc"],
  rating: ["hasRating:desc", "bayesianRating:desc", "ratingCount:desc", "nameSort:asc"],
  updated: ["updatedAt:desc", "nameSort:asc"],
  name: ["nameSort:asc"],
};

type FacetKey = "category" | "pricing" | "rating" | "verified";
const FACET_ATTRIBUTE: Record<FacetKey, keyof TModuleDocument> = {
  category: "categorySlug",
  pricing: "isFree",
  rating: "ratingFloor",
  verified: "isVerified",
};

const quote = (value: string) => JSON.stringify(value);

export type MeilisearchOptions = { host: string; apiKey?: string; indexUid: string; db: PrismaDb };

export function createMeilisearchSearch({ host, apiKey, indexUid, db }: MeilisearchOptions): SearchPort {
  const client = new Meilisearch({ host, ...(apiKey ? { apiKey } : {}), timeout: 10_000 });
  const index = client.index<TModuleDocument>(indexUid);

  /** Waits for a task and fails unless it succeeded (or failed with one of the `allowed` codes). */
  async function settle(task: EnqueuedTaskPromise, allowed: string[] = []) {
    const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
    if (done.status !== "succeeded" && !allowed.includes(done.error?.code ?? "")) {
      throw new Error(`meilisearch task ${done.uid} (${done.type}) ${done.status}: ${done.error?.message ?? "no error given"}`);
    }
    return done;
  }

  let ready: Promise<void> | null = null;
  /** Creates the index with its settings once per process (both steps are idempotent). */
  function ensureIndex(): Promise<void> {
    ready ??= (async () => {
      await settle(client.createIndex(indexUid, { primaryKey: "id" }), ["index_already_exists"]);
      await settle(index.updateSettings(MEILISEARCH_SETTINGS));
    })().catch((e: unknown) => {
      ready = null;
      throw e;
    });
    return ready;
  }

  async function search(query: TSearchQuery): Promise<TSearchResult> {
    const { text, terms } = normalizeQuery(query.q);
    const categories = await findCategoryList(db);
    let compatible: string[] | null = null;
    if (query.coreVersion) {
      // The distinct core ranges in the index, then semver decides which the core version satisfies.
      const ranges = await index.search("", { limit: 0, facets: ["coreRange"] });
      compatible = compatibleRanges(Object.keys(ranges.facetDistribution?.coreRange ?? {}), query.coreVersion).sort();
    }

    const filters: Record<FacetKey, string | null> = {
      category: query.category ? `categorySlug = ${quote(query.category)}` : null,
      pricing: query.pricing ? `isFree = ${query.pricing === "free" ? "true" : "false"}` : null,
      rating: query.minRating ? `ratingAverage >= ${query.minRating}` : null,
      verified: query.verifiedOnly ? "isVerified = true" : null,
    };
    const compatibleFilter = compatible?.length ? `coreRange IN [${compatible.map(quote).join(", ")}]` : null;
    const except = (skip: FacetKey | null) => [
      ...Object.entries(filters).flatMap(([key, f]) => (f && key !== skip ? [f] : [])),
      ...(query.compatibleOnly && compatibleFilter ? [compatibleFilter] : []),
    ];
    const activeFacets = (Object.keys(filters) as FacetKey[]).filter((k) => filters[k] !== null);
    const idleFacets = (Object.keys(filters) as FacetKey[]).filter((k) => filters[k] === null);

    // Nothing is compatible, and only compatible modules are wanted: nothing can match (and an
    // empty IN list is not accepted by every Meilisearch version).
    if (query.compatibleOnly && !compatibleFilter) return emptyResult(categories, true);
    // How many are compatible, with every other filter: one more count unless the filter is on.
    const countCompatible = compatibleFilter !== null && !query.compatibleOnly;

    // One round trip: the page (with the facets of the filters not in use), plus one count per
    // filter in use, computed without that filter (disjunctive facets).
    const queries: MultiSearchQuery[] = [
      {
        indexUid,
        q: text,
        filter: except(null),
        page: query.page,
        hitsPerPage: query.perPage,
        facets: idleFacets.map((k) => FACET_ATTRIBUTE[k]),
        attributesToRetrieve: ["id", "name", "summary"],
        attributesToHighlight: ["name", "summary"],
        highlightPreTag: HIGHLIGHT_PRE,
        highlightPostTag: HIGHLIGHT_POST,
        ...(SORT[query.sort] ? { sort: SORT[query.sort] } : {}),
      },
      ...activeFacets.map((k) => ({ indexUid, q: text, filter: except(k), page: 1, hitsPerPage: 0, facets: [FACET_ATTRIBUTE[k]] })),
      ...(countCompatible ? [{ indexUid, q: text, filter: [...except(null), compatibleFilter], page: 1, hitsPerPage: 0 }] : []),
    ];
    const { results } = await client.multiSearch<{ queries: MultiSearchQuery[] }, TModuleDocument>({ queries });
    const [main, ...facetResults] = results as SearchResponse<TModuleDocument>[];
    if (!main) throw new Error("meilisearch: multi-search returned no results");
    const distribution = (key: FacetKey) => {
      const from = filters[key] === null ? main : facetResults[activeFacets.indexOf(key)];
      return from?.facetDistribution?.[FACET_ATTRIBUTE[key]] ?? {};
    };

    const ratingBuckets = distribution("rating");
    const atLeast = (stars: number) => Object.entries(ratingBuckets).reduce((n, [floor, count]) => (Number(floor) >= stars ? n + count : n), 0);
    const facets: TSearchFacets = {
      categories: categories.map((c) => ({ slug: c.slug, name: c.name, count: distribution("category")[c.slug] ?? 0 })),
      pricing: { free: distribution("pricing").true ?? 0, paid: distribution("pricing").false ?? 0 },
      minRating: [4, 3, 2, 1].map((value) => ({ value, count: atLeast(value) })),
      verified: distribution("verified").true ?? 0,
      compatible: compatible === null ? null : query.compatibleOnly ? (main.totalHits ?? 0) : countCompatible ? (facetResults.at(-1)?.totalHits ?? 0) : 0,
    };

    const formatted = new Map(main.hits.map((h) => [h.id, h._formatted]));
    const cards = await findModuleCardsByIds(db, main.hits.map((h) => h.id));
    const hits: TSearchHit[] = cards.map(({ id, ...card }) => {
      const f = formatted.get(id);
      const marked = (field: "name" | "summary") => {
        const value = f?.[field];
        return typeof value === "string" ? segmentsFromMarkedText(value, HIGHLIGHT_PRE, HIGHLIGHT_POST) : highlightSegments(card[field], []);
      };
      return { ...card, highlight: { name: marked("name"), summary: marked("summary") } };
    });
    const total = main.totalHits ?? 0;
    const suggestion = total < FEW_RESULTS && terms.length > 0 ? await spellingSuggestion(text, terms) : null;
    return { hits, total, facets, suggestion };
  }

  /** Names near the query (the engine's own typo tolerance, any word may be missing), then the closest words. */
  async function spellingSuggestion(text: string, terms: string[]): Promise<string | null> {
    const near = await index.search(text, { attributesToSearchOn: ["name"], matchingStrategy: "last", limit: 20, attributesToRetrieve: ["name"] });
    const suggestion = suggestSpelling(terms, vocabularyOf(near.hits.map((h) => h.name)));
    return suggestion === terms.join(" ") ? null : suggestion;
  }

  async function suggest(query: TSuggestQuery): Promise<TSuggestion[]> {
    const { text } = normalizeQuery(query.q);
    if (!text) return [];
    const res = await index.search(text, {
      attributesToSearchOn: ["name"],
      limit: query.limit,
      attributesToRetrieve: ["slug", "name"],
      attributesToHighlight: ["name"],
      highlightPreTag: HIGHLIGHT_PRE,
      highlightPostTag: HIGHLIGHT_POST,
    });
    return res.hits.map((h) => ({
      slug: h.slug,
      name: h.name,
      highlight:
        typeof h._formatted?.name === "string" ? segmentsFromMarkedText(h._formatted.name, HIGHLIGHT_PRE, HIGHLIGHT_POST) : [{ text: h.name, isMatch: false }],
    }));
  }

  async function indexModules(moduleIds: string[]) {
    if (moduleIds.length === 0) return { indexed: 0, removed: 0 };
    await ensureIndex();
    const docs = await buildModuleDocuments(db, moduleIds);
    const published = new Set(docs.map((d) => d.id));
    const gone = moduleIds.filter((id) => !published.has(id));
    if (docs.length > 0) await settle(index.addDocuments(docs, { primaryKey: "id" }));
    if (gone.length > 0) await settle(index.deleteDocuments(gone));
    return { indexed: docs.length, removed: gone.length };
  }

  async function removeModules(moduleIds: string[]) {
    if (moduleIds.length === 0) return;
    await settle(index.deleteDocuments(moduleIds));
  }

  /**
   * Fills a fresh index with every published module and swaps it in for the live one, so searches
   * never see a half-built index and modules no longer published disappear.
   */
  async function rebuild() {
    const staging = `${indexUid}_rebuild`;
    await settle(client.deleteIndex(staging), ["index_not_found"]);
    await settle(client.createIndex(staging, { primaryKey: "id" }));
    await settle(client.index(staging).updateSettings(MEILISEARCH_SETTINGS));
    let indexed = 0;
    for await (const docs of allModuleDocuments(db, BATCH_SIZE)) {
      await settle(client.index<TModuleDocument>(staging).addDocuments(docs, { primaryKey: "id" }));
      indexed += docs.length;
    }
    await settle(client.createIndex(indexUid, { primaryKey: "id" }), ["index_already_exists"]);
    // `rename` left out (it defaults to false): servers older than the field reject unknown fields.
    await settle(client.swapIndexes([{ indexes: [indexUid, staging] } as IndexSwap]));
    await settle(client.deleteIndex(staging));
    ready = Promise.resolve();
    return { indexed };
  }

  return { backend: "meilisearch", needsSync: true, search, suggest, indexModules, removeModules, rebuild };
}

function emptyResult(categories: { slug: string; name: string }[], hasCoreVersion: boolean): TSearchResult {
  return {
    hits: [],
    total: 0,
    facets: {
      categories: categories.map((c) => ({ slug: c.slug, name: c.name, count: 0 })),
      pricing: { free: 0, paid: 0 },
      minRating: [4, 3, 2, 1].map((value) => ({ value, count: 0 })),
      verified: 0,
      compatible: hasCoreVersion ? 0 : null,
    },
    suggestion: null,
  };
}
