import type { Prisma } from "~/generated/prisma/client";
import { type Db, prisma } from "~/server/db";
import { pageArgs, paged } from "~/server/shared/pagination";
import { MODULE_CARD_SELECT } from "./catalog.queries";
import { type TFindModulesRequest, ZFindModulesRequestSchema } from "./catalog.schemas";
import { toModuleCard } from "./to-module-card";

const ORDER_BY = {
  popular: [{ activeInstalls: "desc" }, { ratingCount: "desc" }, { name: "asc" }],
  rating: [{ ratingAverage: "desc" }, { ratingCount: "desc" }, { name: "asc" }],
  updated: [{ updatedAt: "desc" }, { name: "asc" }],
  name: [{ name: "asc" }],
} satisfies Record<string, Prisma.ModuleOrderByWithRelationInput[]>;

/** The public catalog: published modules, filtered by category and price, sorted and paged. */
export async function findModules(request: TFindModulesRequest, db: Db = prisma) {
  const input = ZFindModulesRequestSchema.parse(request);
  const where: Prisma.ModuleWhereInput = {
    status: "PUBLISHED",
    ...(input.category ? { category: { slug: input.category } } : {}),
    ...(input.pricing === "free" ? { pricingModel: "FREE" } : input.pricing === "paid" ? { pricingModel: { not: "FREE" } } : {}),
  };
  const [rows, count] = await Promise.all([
    db.module.findMany({ where, select: MODULE_CARD_SELECT, orderBy: ORDER_BY[input.sort], ...pageArgs(input) }),
    db.module.count({ where }),
  ]);
  return paged(rows.map(toModuleCard), count, input);
}

/** Featured published modules for the home page. */
export async function findFeaturedModules(limit = 6, db: Db = prisma) {
  const rows = await db.module.findMany({
    where: { status: "PUBLISHED", isFeatured: true },
    select: MODULE_CARD_SELECT,
    orderBy: [{ activeInstalls: "desc" }, { name: "asc" }],
    take: limit,
  });
  return rows.map(toModuleCard);
}
