/**
 * The embedded search backend: PostgreSQL full-text search over `Module.searchVector` (a generated,
 * weighted tsvector with a GIN index, migration 20261122025346_search_fts) plus pg_trgm for typos
 * (`Module_name_trgm_idx`). How matching, ranking and facets work: docs/search.md.
 *
 * A search is at most three round trips: what the terms are (stop words, typos; remembered for a
 * minute) and which core ranges exist; the facet counts and the page of ids (one statement that
 * matches the text once, or, without a query, two index-friendly statements in parallel); the cards.
 */
import { Prisma } from "~/generated/prisma/client";
import type { PrismaDb } from "~/server/db";
import type { SearchPort } from "./search-port";
import { BAYESIAN_PRIOR_WEIGHT, compatibleRanges, SEARCH_SYNONYMS } from "./search-ranking";
import { CARD_COLUMNS, CARD_JOINS, cardFromRow, type TCardSqlRow } from "./search.queries";
import type { TSearchFacets, TSearchHit, TSearchQuery, TSearchResult, TSearchSort, TSuggestion, TSuggestQuery } from "./search.schemas";
import {
  highlightSegments,
  normalizeQuery,
  suggestSpelling,
  type TQueryTerm,
  TYPO_MIN_TERM_LENGTH,
  vocabularyOf,
  WORD_SIMILARITY_THRESHOLD,
} from "./search-text";

/** Fewer results than this and the answer carries a spelling suggestion (when a term is unknown). */
export const FEW_RESULTS = 3;

/**
 * A term's tsquery: the term as a prefix (`invo:*`), stemmed ('english') and as typed ('simple'),
 * or'ed with its synonyms. Terms are letters and digits only (normalizeQuery), so they cannot carry
 * tsquery operators. `weights` restricts matches to lexemes of those weights ("A" = the name).
 */
function termTsQuery(term: string, weights = ""): Prisma.Sql {
  const prefix = `${term}:*${weights}`;
  const parts = [Prisma.sql`to_tsquery('english', ${prefix}::text)`, Prisma.sql`to_tsquery('simple', ${prefix}::text)`];
  if (!weights) {
    for (const synonym of SEARCH_SYNONYMS[term] ?? []) {
      parts.push(Prisma.sql`to_tsquery('english', ${synonym.split(" ").join(" & ")}::text)`);
    }
  }
  return Prisma.sql`(${Prisma.join(parts, " || ")})`;
}

/** How long what the catalog makes of a term is remembered (it only decides whether typos are tried). */
const TERM_CACHE_MS = 60_000;
const TERM_CACHE_SIZE = 5_000;
type TTermFacts = { isKnown: boolean; isStop: boolean; at: number };

/**
 * What the catalog makes of each term — English stop words ("and", "the") are dropped unless they
 * are the last term (maybe the start of a word still being typed: "an" → "analytics"), and only
 * terms that no published module matches as a word or prefix are matched as typos, so "sales" never
 * drags in "Salary" while "invoce" finds "Invoices" — and, when asked, the distinct core ranges of
 * the published modules' latest versions. One round trip, none when every term is remembered.
 */
async function prepare(db: PrismaDb, cache: Map<string, TTermFacts>, words: string[], { weights = "", withRanges = false } = {}) {
  const now = Date.now();
  const key = (t: string) => `${weights}:${t}`;
  const fresh = (t: string) => {
    const facts = cache.get(key(t));
    return facts && now - facts.at < TERM_CACHE_MS ? facts : null;
  };
  const missing = words.filter((t) => !fresh(t));
  let ranges: string[] = [];
  if (missing.length > 0 || withRanges) {
    const known = missing.map((t) =>
      t.length >= TYPO_MIN_TERM_LENGTH
        ? Prisma.sql`EXISTS (SELECT 1 FROM "Module" WHERE "status" = 'PUBLISHED' AND "searchVector" @@ ${termTsQuery(t, weights)})`
        : Prisma.sql`TRUE`,
    );
    const stop = missing.map((t) => Prisma.sql`numnode(to_tsquery('english', ${`${t}:*`}::text)) = 0`);
    const [row] = await db.$queryRaw<{ known: boolean[]; stop: boolean[]; ranges: string[] }[]>`
      SELECT ARRAY[${missing.length ? Prisma.join(known) : Prisma.empty}]::boolean[] AS known,
             ARRAY[${missing.length ? Prisma.join(stop) : Prisma.empty}]::boolean[] AS stop,
             ${
               withRanges
                 ? Prisma.sql`(SELECT coalesce(array_agg(DISTINCT v."coreRange"), '{}') FROM "Module" m JOIN "ModuleVersion" v ON v.id = m."latestVersionId" WHERE m."status" = 'PUBLISHED')`
                 : Prisma.sql`'{}'::text[]`
             } AS ranges`;
    if (cache.size > TERM_CACHE_SIZE) cache.clear();
    missing.forEach((t, i) => cache.set(key(t), { isKnown: row?.known[i] !== false, isStop: row?.stop[i] === true, at: now }));
    ranges = row?.ranges ?? [];
  }
  const all = words.map((term, i) => {
    const facts = fresh(term);
    return { term, isTypo: facts?.isKnown === false, isStop: facts?.isStop === true && i < words.length - 1 };
  });
  const kept = all.filter((t) => !t.isStop);
  const terms: TQueryTerm[] = (kept.length > 0 ? kept : all).map(({ term, isTypo }) => ({ term, isTypo }));
  return { terms, ranges };
}

/** A module matches when every term matches its text, or (typos) its name by word similarity. */
function textCondition(terms: TQueryTerm[], weights = ""): Prisma.Sql {
  if (terms.length === 0) return Prisma.sql`TRUE`;
  return Prisma.join(
    terms.map(({ term, isTypo }) =>
      isTypo
        ? Prisma.sql`(m."searchVector" @@ ${termTsQuery(term, weights)} OR ${term}::text <% m."name")`
        : Prisma.sql`m."searchVector" @@ ${termTsQuery(term, weights)}`,
    ),
    " AND ",
  );
}

/** The name reduced to lower-case words, as the terms are: "Invoices & Billing" → "invoices billing". */
const NAME_WORDS = Prisma.sql`trim(regexp_replace(lower(m."name"), '[^[:alnum:]]+', ' ', 'g'))`;

/**
 * Relevance: an exact name match (same words, case and punctuation ignored) first, then names that
 * start with the query, then the weighted text rank (name A = 1.0, summary and tags B = 0.4,
 * description C = 0.2), plus how close the name is for typo matches.
 */
function scoreExpression(terms: TQueryTerm[]): Prisma.Sql {
  if (terms.length === 0) return Prisma.sql`0::float8`;
  const words = terms.map((t) => t.term).join(" ");
  const anyTerm = Prisma.join(terms.map((t) => termTsQuery(t.term)), " || ");
  const typos = terms.filter((t) => t.isTypo).map((t) => t.term);
  const typoScore = typos.length ? Prisma.sql`+ 0.5 * word_similarity(${typos.join(" ")}::text, m."name")` : Prisma.empty;
  // The regular expression only runs on names that contain the first term at all.
  return Prisma.sql`(
    (CASE WHEN strpos(lower(m."name"), ${terms[0]?.term ?? ""}::text) = 0 THEN 0
          WHEN ${NAME_WORDS} = ${words}::text THEN 6
          WHEN ${NAME_WORDS} LIKE ${`${words}%`}::text THEN 2 ELSE 0 END)
    + LEAST(ts_rank('{0.1, 0.2, 0.4, 1.0}', m."searchVector", ${anyTerm}), 1)
    ${typoScore}
  )::float8`;
}

/**
 * The Bayesian average (C·m + Σ) / (C + n) (search-ranking.ts), with m the mean average rating of
 * the published modules that have reviews and Σ = average × count (the sum of the ratings).
 * "Has reviews" is read as `ratingAverage > 0` (ratings are 1 to 5, a CHECK constraint), which the
 * (status, ratingAverage) index answers without reading the table.
 */
const bayesianSql = (c: (column: string) => Prisma.Sql) => Prisma.sql`(
  (SELECT coalesce(avg("ratingAverage"), 0) FROM "Module" WHERE "status" = 'PUBLISHED' AND "ratingAverage" > 0) * ${BAYESIAN_PRIOR_WEIGHT}
  + ${c("ratingAverage")} * ${c("ratingCount")}) / (${BAYESIAN_PRIOR_WEIGHT} + ${c("ratingCount")})`;

/** Whole orderings, each ending in the id so pages never overlap; `c` names a column of the source. */
function orderBy(sort: TSearchSort, c: (column: string) => Prisma.Sql): Prisma.Sql {
  switch (sort) {
    case "relevance":
      return Prisma.sql`${c("score")} DESC, ${c("activeInstalls")} DESC, lower(${c("name")}) ASC, ${c("id")} ASC`;
    case "popular":
      return Prisma.sql`${c("activeInstalls")} DESC, ${c("ratingCount")} DESC, lower(${c("name")}) ASC, ${c("id")} ASC`;
    case "rating":
      // Reviewed modules first, by Bayesian average; unreviewed ones after them (no rating is not an average rating).
      return Prisma.sql`(${c("ratingCount")} > 0) DESC, ${bayesianSql(c)} DESC, ${c("ratingCount")} DESC, lower(${c("name")}) ASC, ${c("id")} ASC`;
    case "updated":
      return Prisma.sql`${c("updatedAt")} DESC, lower(${c("name")}) ASC, ${c("id")} ASC`;
    case "name":
      return Prisma.sql`lower(${c("name")}) ASC, ${c("name")} ASC, ${c("id")} ASC`;
  }
}

/** Whether the module's publisher is verified, without joining the publisher to every row. */
const VERIFIED = Prisma.sql`m."publisherId" IN (SELECT id FROM "Publisher" WHERE "isVerified")`;

const FACET_COLUMNS = ["total", "in_category", "free", "paid", "r4", "r3", "r2", "r1", "verified", "compatible"] as const;

/** Counts per category; each column counts with every filter but its own. */
type TFacetRow = {
  slug: string;
  name: string;
  total: number;
  in_category: number;
  free: number;
  paid: number;
  r4: number;
  r3: number;
  r2: number;
  r1: number;
  verified: number;
  compatible: number;
};

/**
 * Single flight: identical searches that overlap in time share one computation (the later ones
 * get the answer of the one already running, a few milliseconds old). No result outlives its
 * computation, so nothing is ever stale beyond that; under load the hot searches (the catalog's
 * browse pages) are computed once per wave of requests instead of once per request.
 */
function singleFlight<A, R>(fn: (arg: A) => Promise<R>): (arg: A) => Promise<R> {
  const running = new Map<string, Promise<R>>();
  return (arg: A) => {
    const key = JSON.stringify(arg);
    const existing = running.get(key);
    if (existing) return existing;
    const started = fn(arg).finally(() => running.delete(key));
    running.set(key, started);
    return started;
  };
}

export function createPostgresFtsSearch(db: PrismaDb): SearchPort {
  const termCache = new Map<string, TTermFacts>();

  /** Runs a query that may use `<%`, with the typo threshold set for its transaction only. */
  async function withTypoThreshold<T>(needed: boolean, query: Prisma.Sql): Promise<T[]> {
    if (!needed) return db.$queryRaw<T[]>(query);
    const [, rows] = await db.$transaction([
      db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`,
      db.$queryRaw<T[]>(query),
    ]);
    return rows;
  }

  async function search(query: TSearchQuery): Promise<TSearchResult> {
    const { terms: words } = normalizeQuery(query.q);
    const { terms, ranges } = await prepare(db, termCache, words, { withRanges: query.coreVersion !== undefined });
    const hasTypos = terms.some((t) => t.isTypo);

    const compatible = query.coreVersion
      ? Prisma.sql`coalesce(v."coreRange" = ANY(${compatibleRanges(ranges, query.coreVersion)}::text[]), FALSE)`
      : Prisma.sql`FALSE`;
    // Each filter as a condition, so every facet can count with all the *other* filters.
    const filters = {
      category: query.category ? Prisma.sql`m."categoryId" = (SELECT id FROM "Category" WHERE slug = ${query.category})` : null,
      pricing: query.pricing === "free" ? Prisma.sql`m."pricingModel" = 'FREE'` : query.pricing === "paid" ? Prisma.sql`m."pricingModel" <> 'FREE'` : null,
      rating: query.minRating ? Prisma.sql`m."ratingAverage" >= ${query.minRating}` : null,
      verified: query.verifiedOnly ? VERIFIED : null,
      compatible: query.compatibleOnly ? compatible : null,
    };
    type Key = keyof typeof filters;
    const keys = Object.keys(filters) as Key[];
    const versionJoin = query.coreVersion ? Prisma.sql`LEFT JOIN "ModuleVersion" v ON v.id = m."latestVersionId"` : Prisma.empty;
    const where = Prisma.sql`WHERE m."status" = 'PUBLISHED' AND ${textCondition(terms)}`;
    const from = Prisma.sql`FROM "Module" m ${versionJoin} ${where}`;
    const offset = (query.page - 1) * query.perPage;

    /** Every facet in one pass over `source`, per category; `flag(k)` says whether a row passes filter k. */
    const facetSelect = (flag: (k: Key) => Prisma.Sql | null, col: (c: string) => Prisma.Sql, source: Prisma.Sql) => {
      const allBut = (skip: Key | null) => {
        const parts = keys.flatMap((k) => (k === skip ? [] : [flag(k)].filter((x): x is Prisma.Sql => x !== null)));
        return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
      };
      return Prisma.sql`
        SELECT c.slug, c.name, c."sortOrder" AS sort_order, ${Prisma.join(FACET_COLUMNS.map((f) => Prisma.sql`coalesce(a.${Prisma.raw(f)}, 0)::int AS ${Prisma.raw(f)}`))}
        FROM "Category" c LEFT JOIN (
          SELECT ${col("categoryId")} AS "categoryId",
            count(*) FILTER (WHERE ${allBut(null)}) AS total,
            count(*) FILTER (WHERE ${allBut("category")}) AS in_category,
            count(*) FILTER (WHERE ${allBut("pricing")} AND ${col("pricingModel")} = 'FREE') AS free,
            count(*) FILTER (WHERE ${allBut("pricing")} AND ${col("pricingModel")} <> 'FREE') AS paid,
            count(*) FILTER (WHERE ${allBut("rating")} AND ${col("ratingAverage")} >= 4) AS r4,
            count(*) FILTER (WHERE ${allBut("rating")} AND ${col("ratingAverage")} >= 3) AS r3,
            count(*) FILTER (WHERE ${allBut("rating")} AND ${col("ratingAverage")} >= 2) AS r2,
            count(*) FILTER (WHERE ${allBut("rating")} AND ${col("ratingAverage")} >= 1) AS r1,
            count(*) FILTER (WHERE ${allBut("verified")} AND ${col("isVerified")}) AS verified,
            count(*) FILTER (WHERE ${allBut("compatible")} AND ${col("compatible")}) AS compatible
          ${source}
          GROUP BY 1
        ) a ON a."categoryId" = c.id
        ORDER BY c."sortOrder" ASC, c.name ASC`;
    };
    const table = (c: string) => (c === "isVerified" ? VERIFIED : c === "compatible" ? compatible : Prisma.sql`m.${Prisma.raw(`"${c}"`)}`);
    const cte = (c: string) => Prisma.raw(`"${c}"`);
    const active = keys.flatMap((k) => (filters[k] ? [filters[k]] : []));
    const allFilters = active.length ? Prisma.join(active, " AND ") : Prisma.sql`TRUE`;

    let facetRows: TFacetRow[];
    let cardRows: TCardSqlRow[];
    if (terms.length === 0) {
      // Browsing (relevance means nothing without words: popularity): the facets from an index-only
      // scan, the page (as cards) from the sort's index, in parallel.
      const browseOrder = orderBy(query.sort === "relevance" ? "popular" : query.sort, table);
      const [f, page] = await Promise.all([
        db.$queryRaw<TFacetRow[]>(facetSelect((k) => filters[k], table, from)),
        // The page's ids first (the sort's index, stopping after the page), then their cards.
        db.$queryRaw<TCardSqlRow[]>`
          SELECT ${CARD_COLUMNS} FROM (
            SELECT m.id FROM "Module" m ${versionJoin} ${where} AND ${allFilters}
            ORDER BY ${browseOrder} LIMIT ${query.perPage} OFFSET ${offset}
          ) page JOIN "Module" m ON m.id = page.id ${CARD_JOINS}
          ORDER BY ${browseOrder}`,
      ]);
      facetRows = f;
      cardRows = page;
    } else {
      // Searching: match the text once, then count the facets and cut the page from the matches.
      const flags = keys.map((k) => Prisma.sql`${filters[k] ?? Prisma.sql`TRUE`} AS ${Prisma.raw(`f_${k}`)}`);
      const flag = (k: Key) => Prisma.raw(`f_${k}`);
      const sql = Prisma.sql`
        WITH matched AS MATERIALIZED (
          SELECT m.id, m."name", m."categoryId", m."pricingModel", m."ratingAverage", m."ratingCount", m."activeInstalls", m."updatedAt",
                 ${VERIFIED} AS "isVerified", ${compatible} AS compatible,
                 ${query.sort === "relevance" ? scoreExpression(terms) : Prisma.sql`0::float8`} AS score, ${Prisma.join(flags)}
          ${from}
        ), facets AS (${facetSelect(flag, cte, Prisma.sql`FROM matched`)})
        SELECT
          (SELECT coalesce(json_agg(card ORDER BY card.n), '[]') FROM (
             SELECT ranked.n, ${CARD_COLUMNS}
             FROM (
               SELECT id, row_number() OVER (ORDER BY ${orderBy(query.sort, cte)}) AS n
               FROM matched WHERE ${Prisma.join(keys.map(flag), " AND ")}
             ) ranked
             JOIN "Module" m ON m.id = ranked.id ${CARD_JOINS}
             WHERE ranked.n > ${offset} AND ranked.n <= ${offset + query.perPage}
           ) card) AS cards,
          (SELECT json_agg(facets ORDER BY sort_order, name) FROM facets) AS facets`;
      const [row] = await withTypoThreshold<{ cards: TCardSqlRow[]; facets: TFacetRow[] }>(hasTypos, sql);
      facetRows = row?.facets ?? [];
      cardRows = row?.cards ?? [];
    }

    const sum = (col: (typeof FACET_COLUMNS)[number]) => facetRows.reduce((n, r) => n + r[col], 0);
    const total = sum("total");
    const facets: TSearchFacets = {
      categories: facetRows.map((r) => ({ slug: r.slug, name: r.name, count: r.in_category })),
      pricing: { free: sum("free"), paid: sum("paid") },
      minRating: [
        { value: 4, count: sum("r4") },
        { value: 3, count: sum("r3") },
        { value: 2, count: sum("r2") },
        { value: 1, count: sum("r1") },
      ],
      verified: sum("verified"),
      compatible: query.coreVersion ? sum("compatible") : null,
    };

    const hits: TSearchHit[] = cardRows.map(cardFromRow).map(({ id: _id, ...card }) => ({
      ...card,
      highlight: { name: highlightSegments(card.name, terms), summary: highlightSegments(card.summary, terms) },
    }));
    // Only a term the catalog does not know can be misspelt.
    const unknown = terms.filter((t) => t.isTypo).map((t) => t.term);
    const suggestion = total < FEW_RESULTS && unknown.length > 0 ? await spellingSuggestion(terms.map((t) => t.term), unknown) : null;
    return { hits, total, facets, suggestion };
  }

  /** Names near the unknown terms (trigram index), then the closest of their words per term. */
  async function spellingSuggestion(terms: string[], unknown: string[]): Promise<string | null> {
    const near = Prisma.join(unknown.map((t) => Prisma.sql`${t}::text <% "name"`), " OR ");
    const rows = await withTypoThreshold<{ name: string }>(
      true,
      Prisma.sql`SELECT "name" FROM "Module" WHERE "status" = 'PUBLISHED' AND (${near})
                 ORDER BY word_similarity(${unknown.join(" ")}::text, "name") DESC, "activeInstalls" DESC LIMIT 20`,
    );
    const suggestion = suggestSpelling(terms, vocabularyOf(rows.map((r) => r.name)));
    return suggestion === terms.join(" ") ? null : suggestion;
  }

  async function suggest(query: TSuggestQuery): Promise<TSuggestion[]> {
    const { terms: words } = normalizeQuery(query.q);
    if (words.length === 0) return [];
    const { terms } = await prepare(db, termCache, words, { weights: "A" });
    const joined = words.join(" ");
    const rows = await withTypoThreshold<{ slug: string; name: string }>(
      terms.some((t) => t.isTypo),
      Prisma.sql`
        SELECT m."slug", m."name" FROM "Module" m
        WHERE m."status" = 'PUBLISHED' AND ${textCondition(terms, "A")}
        ORDER BY (${NAME_WORDS} LIKE ${`${joined}%`}::text) DESC,
                 word_similarity(${joined}::text, m."name") DESC, m."activeInstalls" DESC, lower(m."name") ASC, m.id ASC
        LIMIT ${query.limit}`,
    );
    return rows.map((r) => ({ slug: r.slug, name: r.name, highlight: highlightSegments(r.name, terms) }));
  }

  return {
    backend: "postgres",
    // PostgreSQL computes `searchVector` from the row itself: there is nothing to push.
    needsSync: false,
    search: singleFlight(search),
    suggest: singleFlight(suggest),
    indexModules: () => Promise.resolve({ indexed: 0, removed: 0 }),
    removeModules: () => Promise.resolve(),
    rebuild: () => Promise.resolve({ indexed: 0 }),
  };
}
