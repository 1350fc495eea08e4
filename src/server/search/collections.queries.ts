import type { Prisma } from "~/generated/prisma/client";
import { MODULE_CARD_SELECT } from "~/server/catalog/catalog.queries";
import type { Db } from "~/server/db";
import { AppError } from "~/server/shared/app-error";
import type { TCollectionAdmin } from "./search.schemas";

export const COLLECTION_ADMIN_SELECT = {
  id: true,
  slug: true,
  title: true,
  description: true,
  sortOrder: true,
  isPublished: true,
  createdAt: true,
  items: { orderBy: { position: "asc" }, select: { position: true, module: { select: { slug: true, name: true, status: true } } } },
} satisfies Prisma.CollectionSelect;

type CollectionAdminRow = Prisma.CollectionGetPayload<{ select: typeof COLLECTION_ADMIN_SELECT }>;

export const toCollectionAdmin = ({ items, ...c }: CollectionAdminRow): TCollectionAdmin => ({
  ...c,
  items: items.map((i) => ({ position: i.position, ...i.module })),
});

/** Published collections in display order, each with its published modules in position order. */
export const PUBLIC_COLLECTION_SELECT = {
  slug: true,
  title: true,
  description: true,
  items: {
    where: { module: { status: "PUBLISHED" } },
    orderBy: { position: "asc" },
    select: { module: { select: MODULE_CARD_SELECT } },
  },
} satisfies Prisma.CollectionSelect;

export async function getCollectionOrThrow(db: Db, id: string) {
  const collection = await db.collection.findUnique({ where: { id }, select: { id: true, slug: true } });
  if (!collection) throw new AppError("NOT_FOUND", { userMessage: "That collection no longer exists." });
  return collection;
}
