import { Prisma } from "~/generated/prisma/client";
import type { BillingInterval, PricingModel } from "~/generated/prisma/enums";
import type { ModuleCardRow } from "~/server/catalog/catalog.queries";
import type { TModuleCard } from "~/server/catalog/catalog.schemas";
import { toModuleCard } from "~/server/catalog/to-module-card";
import type { Db } from "~/server/db";

/** A module card as one SQL row: select CARD_COLUMNS from `"Module" m` with CARD_JOINS. */
export type TCardSqlRow = Omit<ModuleCardRow, "publisher" | "category" | "latestVersion" | "updatedAt"> & {
  pricingModel: PricingModel;
  billingInterval: BillingInterval | null;
  /** Milliseconds since the epoch (a JSON-safe timestamp: rows may travel inside json_agg). */
  updatedAtMs: number;
  publisherSlug: string;
  publisherName: string;
  publisherVerified: boolean;
  categorySlug: string;
  categoryName: string;
  version: string | null;
};

export const CARD_COLUMNS = Prisma.sql`m.id, m.slug, m.name, m.summary, m."iconUrl", m."pricingModel"::text AS "pricingModel", m."priceCents",
  m.currency, m."billingInterval"::text AS "billingInterval", m."ratingAverage", m."ratingCount", m."activeInstalls", m."isFeatured",
  (extract(epoch FROM m."updatedAt") * 1000)::float8 AS "updatedAtMs",
  pub.slug AS "publisherSlug", pub.name AS "publisherName", pub."isVerified" AS "publisherVerified",
  cat.slug AS "categorySlug", cat.name AS "categoryName", ver.version`;

export const CARD_JOINS = Prisma.sql`JOIN "Publisher" pub ON pub.id = m."publisherId"
  JOIN "Category" cat ON cat.id = m."categoryId"
  LEFT JOIN "ModuleVersion" ver ON ver.id = m."latestVersionId"`;

/** A card from a CARD_COLUMNS row, through the catalog's own toModuleCard (MODULE_CARD_SELECT's shape). */
export function cardFromRow(r: TCardSqlRow): TModuleCard & { id: string } {
  const { publisherSlug, publisherName, publisherVerified, categorySlug, categoryName, version, updatedAtMs, ...module } = r;
  const row: ModuleCardRow = {
    ...module,
    updatedAt: new Date(updatedAtMs),
    publisher: { slug: publisherSlug, name: publisherName, isVerified: publisherVerified },
    category: { slug: categorySlug, name: categoryName },
    latestVersion: version === null ? null : { version },
  };
  return { id: r.id, ...toModuleCard(row) };
}

/** Cards of the published modules among `ids`, in the order of `ids` (missing ones are skipped), in one query. */
export async function findModuleCardsByIds(db: Db, ids: string[]): Promise<(TModuleCard & { id: string })[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<TCardSqlRow[]>`
    SELECT ${CARD_COLUMNS} FROM "Module" m ${CARD_JOINS}
    WHERE m.id = ANY(${ids}::text[]) AND m."status" = 'PUBLISHED'`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [cardFromRow(r)] : [];
  });
}

/** The catalog mean for the Bayesian rating: the mean average rating of published, reviewed modules. */
export async function findCatalogMeanRating(db: Db): Promise<number> {
  const agg = await db.module.aggregate({ where: { status: "PUBLISHED", ratingCount: { gt: 0 } }, _avg: { ratingAverage: true } });
  return agg._avg.ratingAverage ?? 0;
}

/** Categories in display order (every facet lists them all, with zero counts too). */
export async function findCategoryList(db: Db) {
  return db.category.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true } });
}
