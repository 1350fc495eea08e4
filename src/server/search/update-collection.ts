import { recordAudit } from "~/server/audit/record-audit";
import { type Db, inTransaction, prisma } from "~/server/db";
import { type Actor, requireModerator } from "~/server/shared/actor";
import { mapPrismaError } from "~/server/shared/app-error";
import { COLLECTION_ADMIN_SELECT, getCollectionOrThrow, toCollectionAdmin } from "./collections.queries";
import { type TCollectionAdmin, type TUpdateCollectionRequest, ZUpdateCollectionRequestSchema } from "./search.schemas";

/** Moderators rename, describe, reorder, publish or unpublish a collection. */
export async function updateCollection(actor: Actor, request: TUpdateCollectionRequest, db: Db = prisma): Promise<TCollectionAdmin> {
  const moderator = requireModerator(actor);
  const { id, data } = ZUpdateCollectionRequestSchema.parse(request);
  try {
    return await inTransaction(db, async (tx) => {
      await getCollectionOrThrow(tx, id);
      const updated = await tx.collection.update({ where: { id }, data, select: COLLECTION_ADMIN_SELECT });
      await recordAudit(tx, moderator, { action: "collection.updated", targetType: "collection", targetId: id, data: { fields: Object.keys(data) } });
      return toCollectionAdmin(updated);
    });
  } catch (e) {
    throw mapPrismaError(e, `There is already a collection called "${data.slug ?? ""}".`);
  }
}
