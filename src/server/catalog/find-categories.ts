import { type Db, prisma } from "~/server/db";
import type { TCategory } from "./catalog.schemas";

/** Categories in display order, each with its number of published modules. */
export async function findCategories(db: Db = prisma): Promise<TCategory[]> {
  const rows = await db.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      description: true,
      _count: { select: { modules: { where: { status: "PUBLISHED" } } } },
    },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, moduleCount: _count.modules }));
}
