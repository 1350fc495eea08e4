import { toModuleCard } from "~/server/catalog/to-module-card";
import { type Db, prisma } from "~/server/db";
import { type Actor, requireModerator } from "~/server/shared/actor";
import { COLLECTION_ADMIN_SELECT, PUBLIC_COLLECTION_SELECT, toCollectionAdmin } from "./collections.queries";
import type { TCollection, TCollectionAdmin } from "./search.schemas";

/** The featured collections of the home page: published ones with at least one published module. */
export async function findCollections(db: Db = prisma): Promise<TCollection[]> {
  const rows = await db.collection.findMany({
    where: { isPublished: true },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
    select: PUBLIC_COLLECTION_SELECT,
  });
  return rows
    .map(({ items, ...c }) => ({ ...c, modules: items.map((i) => toModuleCard(i.module)) }))
    .filter((c) => c.modules.length > 0);
}

/** Every collection, published or not, with every item: what moderators curate. */
export async function findAllCollections(actor: Actor, db: Db = prisma): Promise<TCollectionAdmin[]> {
  requireModerator(actor);
  const rows = await db.collection.findMany({ orderBy: [{ sortOrder: "asc" }, { title: "asc" }], select: COLLECTION_ADMIN_SELECT });
  return rows.map(toCollectionAdmin);
}
