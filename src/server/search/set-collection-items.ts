import { recordAudit } from "~/server/audit/record-audit";
import { type Db, inTransaction, prisma } from "~/server/db";
import { type Actor, requireModerator } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { COLLECTION_ADMIN_SELECT, getCollectionOrThrow, toCollectionAdmin } from "./collections.queries";
import { type TCollectionAdmin, type TSetCollectionItemsRequest, ZSetCollectionItemsRequestSchema } from "./search.schemas";

/**
 * Moderators set a collection's modules, in display order (replacing the previous list). Every
 * module must exist and be published; all problems are reported at once.
 */
export async function setCollectionItems(actor: Actor, request: TSetCollectionItemsRequest, db: Db = prisma): Promise<TCollectionAdmin> {
  const moderator = requireModerator(actor);
  const { id, moduleSlugs } = ZSetCollectionItemsRequestSchema.parse(request);
  return inTransaction(db, async (tx) => {
    await getCollectionOrThrow(tx, id);
    const modules = await tx.module.findMany({ where: { slug: { in: moduleSlugs } }, select: { id: true, slug: true, status: true } });
    const bySlug = new Map(modules.map((m) => [m.slug, m]));
    const problems = moduleSlugs.flatMap((slug) => {
      const m = bySlug.get(slug);
      if (!m) return [`There is no module called "${slug}".`];
      return m.status === "PUBLISHED" ? [] : [`"${slug}" is not published.`];
    });
    if (problems.length > 0) {
      throw new AppError("INVALID_INPUT", { userMessage: problems.join(" "), details: { problems } });
    }
    await tx.collectionItem.deleteMany({ where: { collectionId: id } });
    await tx.collectionItem.createMany({
      data: modules
        .map((m) => ({ collectionId: id, moduleId: m.id, position: moduleSlugs.indexOf(m.slug) }))
        .sort((a, b) => a.position - b.position),
    });
    await recordAudit(tx, moderator, { action: "collection.items_set", targetType: "collection", targetId: id, data: { modules: moduleSlugs } });
    const updated = await tx.collection.findUniqueOrThrow({ where: { id }, select: COLLECTION_ADMIN_SELECT });
    return toCollectionAdmin(updated);
  });
}
