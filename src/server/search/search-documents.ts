/**
 * The documents an external search engine (Meilisearch) indexes: one per published module, built
 * from the database, which stays the source of truth (cards are always read back from it).
 */
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/server/db";
import { bayesianRating } from "./search-ranking";
import { findCatalogMeanRating } from "./search.queries";

export type TModuleDocument = {
  id: string;
  slug: string;
  name: string;
  /** Lower-cased name: Meilisearch sorts strings by code point, so "apple" would follow "Zebra". */
  nameSort: string;
  summary: string;
  tags: string[];
  description: string;
  categorySlug: string;
  publisherSlug: string;
  isVerified: boolean;
  isFree: boolean;
  ratingAverage: number;
  /** floor(ratingAverage): the "N stars and up" facet counts are sums over these buckets. */
  ratingFloor: number;
  ratingCount: number;
  hasRating: boolean;
  /** Bayesian average at indexing time (0 when unreviewed; `hasRating` sorts those last). */
  bayesianRating: number;
  activeInstalls: number;
  /** Milliseconds since the epoch, sortable. */
  updatedAt: number;
  /** The latest published version's core range, null when there is none. */
  coreRange: string | null;
};

const DOCUMENT_SELECT = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  tags: true,
  description: true,
  pricingModel: true,
  ratingAverage: true,
  ratingCount: true,
  activeInstalls: true,
  updatedAt: true,
  category: { select: { slug: true } },
  publisher: { select: { slug: true, isVerified: true } },
  latestVersion: { select: { coreRange: true } },
} satisfies Prisma.ModuleSelect;

type DocumentRow = Prisma.ModuleGetPayload<{ select: typeof DOCUMENT_SELECT }>;

export function toModuleDocument(row: DocumentRow, catalogMean: number): TModuleDocument {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameSort: row.name.toLowerCase(),
    summary: row.summary,
    tags: row.tags,
    description: row.description,
    categorySlug: row.category.slug,
    publisherSlug: row.publisher.slug,
    isVerified: row.publisher.isVerified,
    isFree: row.pricingModel === "FREE",
    ratingAverage: row.ratingAverage,
    ratingFloor: Math.floor(row.ratingAverage),
    ratingCount: row.ratingCount,
    hasRating: row.ratingCount > 0,
    bayesianRating: bayesianRating(row.ratingCount, row.ratingAverage * row.ratingCount, catalogMean) ?? 0,
    activeInstalls: row.activeInstalls,
    updatedAt: row.updatedAt.getTime(),
    coreRange: row.latestVersion?.coreRange ?? null,
  };
}

/** Documents of the published modules among `ids`. */
export async function buildModuleDocuments(db: Db, ids: string[]): Promise<TModuleDocument[]> {
  if (ids.length === 0) return [];
  const [rows, mean] = await Promise.all([
    db.module.findMany({ where: { id: { in: ids }, status: "PUBLISHED" }, select: DOCUMENT_SELECT }),
    findCatalogMeanRating(db),
  ]);
  return rows.map((row) => toModuleDocument(row, mean));
}

/** Every published module's document, `batchSize` at a time (keyset pagination by id). */
export async function* allModuleDocuments(db: Db, batchSize = 1000): AsyncGenerator<TModuleDocument[]> {
  const mean = await findCatalogMeanRating(db);
  let after: string | undefined;
  for (;;) {
    const rows = await db.module.findMany({
      where: { status: "PUBLISHED", ...(after ? { id: { gt: after } } : {}) },
      select: DOCUMENT_SELECT,
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return;
    yield rows.map((row) => toModuleDocument(row, mean));
    after = rows.at(-1)?.id;
    if (rows.length < batchSize) return;
  }
}
