/**
 * Recommendations on a module's page: the most popular other modules of its category, and the
 * modules most often installed alongside it. Public: only counts leave this file, never which
 * tenant installed what.
 */
import { Prisma } from "~/generated/prisma/client";
import type { InstallationStatus } from "~/generated/prisma/enums";
import { MODULE_CARD_SELECT } from "~/server/catalog/catalog.queries";
import type { TModuleCard } from "~/server/catalog/catalog.schemas";
import { toModuleCard } from "~/server/catalog/to-module-card";
import { type Db, prisma } from "~/server/db";
import { AppError } from "~/server/shared/app-error";
import { type TAlsoInstalled, type TRecommendationsRequest, ZRecommendationsRequestSchema } from "./search.schemas";
import { findModuleCardsByIds } from "./search.queries";

/** An installation counts while the module is in the tenant, active or not (not while failed or on its way in or out). */
export const INSTALLED_STATUSES = ["ACTIVE", "INACTIVE", "UPGRADING"] as const satisfies InstallationStatus[];

/**
 * A pair of modules is recommended only when at least this many tenants installed both: with one,
 * anyone who knows a tenant uses X would learn what else that tenant uses.
 */
export const MIN_SHARED_TENANTS = 2;

async function findPublishedModule(db: Db, slug: string) {
  const module = await db.module.findUnique({ where: { slug }, select: { id: true, categoryId: true, status: true } });
  if (!module || module.status !== "PUBLISHED") throw new AppError("NOT_FOUND", { userMessage: `There is no module called "${slug}".` });
  return module;
}

/** "Popular in this category": the category's other published modules by active installs. */
export async function findPopularInCategory(request: TRecommendationsRequest, db: Db = prisma): Promise<TModuleCard[]> {
  const { slug, limit } = ZRecommendationsRequestSchema.parse(request);
  const module = await findPublishedModule(db, slug);
  const rows = await db.module.findMany({
    where: { status: "PUBLISHED", categoryId: module.categoryId, id: { not: module.id } },
    select: MODULE_CARD_SELECT,
    orderBy: [{ activeInstalls: "desc" }, { ratingCount: "desc" }, { name: "asc" }, { id: "asc" }],
    take: limit,
  });
  return rows.map(toModuleCard);
}

/**
 * "Tenants that installed X also installed Y": from the Installation rows, the published modules
 * installed by the most tenants that also have X installed (at least MIN_SHARED_TENANTS of them),
 * then by popularity.
 */
export async function findAlsoInstalled(request: TRecommendationsRequest, db: Db = prisma): Promise<TAlsoInstalled[]> {
  const { slug, limit } = ZRecommendationsRequestSchema.parse(request);
  const module = await findPublishedModule(db, slug);
  const statuses = Prisma.join(INSTALLED_STATUSES.map((s) => Prisma.sql`${s}::"InstallationStatus"`));
  const rows = await db.$queryRaw<{ id: string; tenants: number }[]>`
    SELECT other."moduleId" AS id, count(DISTINCT other."tenantId")::int AS tenants
    FROM "Installation" mine
    JOIN "Installation" other ON other."tenantId" = mine."tenantId" AND other."moduleId" <> mine."moduleId"
    JOIN "Module" m ON m.id = other."moduleId"
    WHERE mine."moduleId" = ${module.id} AND mine."status" IN (${statuses}) AND other."status" IN (${statuses})
      AND m."status" = 'PUBLISHED'
    GROUP BY other."moduleId", m."activeInstalls", m."name"
    HAVING count(DISTINCT other."tenantId") >= ${MIN_SHARED_TENANTS}
    ORDER BY tenants DESC, m."activeInstalls" DESC, lower(m."name") ASC, other."moduleId" ASC
    LIMIT ${limit}`;
  const cards = await findModuleCardsByIds(db, rows.map((r) => r.id));
  const tenants = new Map(rows.map((r) => [r.id, r.tenants]));
  return cards.map(({ id, ...card }) => ({ module: card, tenantCount: tenants.get(id) ?? 0 }));
}
