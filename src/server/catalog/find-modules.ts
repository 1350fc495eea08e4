import { type Db, prisma } from "~/server/db";
import { searchModules } from "~/server/search/search-modules";
import { getSearchPort, type SearchPort } from "~/server/search/search-port";
import { paged } from "~/server/shared/pagination";
import { MODULE_CARD_SELECT } from "./catalog.queries";
import { type TFindModulesRequest, ZFindModulesRequestSchema } from "./catalog.schemas";
import { toModuleCard } from "./to-module-card";

/**
 * The public catalog: published modules, filtered by category and price, sorted and paged. The
 * search port answers it (a search without a query), so browsing and searching order alike.
 */
export async function findModules(request: TFindModulesRequest, port: SearchPort = getSearchPort()) {
  const input = ZFindModulesRequestSchema.parse(request);
  const { category, pricing, sort, page, perPage } = input;
  const result = await searchModules({ category, pricing, sort, page, perPage }, port);
  return paged(
    result.data.map(({ highlight: _highlight, ...card }) => card),
    result.count,
    input,
  );
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
