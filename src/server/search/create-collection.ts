import { recordAudit } from "~/server/audit/record-audit";
import { type Db, inTransaction, prisma } from "~/server/db";
import { type Actor, requireModerator } from "~/server/shared/actor";
import { mapPrismaError } from "~/server/shared/app-error";
import { COLLECTION_ADMIN_SELECT, toCollectionAdmin } from "./collections.queries";
import { type TCollectionAdmin, type TCreateCollectionRequest, ZCreateCollectionRequestSchema } from "./search.schemas";

/** Moderators create a featured collection (empty; its modules are set with setCollectionItems). */
export async function createCollection(actor: Actor, request: TCreateCollectionRequest, db: Db = prisma): Promise<TCollectionAdmin> {
  const moderator = requireModerator(actor);
  const data = ZCreateCollectionRequestSchema.parse(request);
  try {
    return await inTransaction(db, async (tx) => {
      const created = await tx.collection.create({ data, select: COLLECTION_ADMIN_SELECT });
      await recordAudit(tx, moderator, { action: "collection.created", targetType: "collection", targetId: created.id, data: { slug: created.slug } });
      return toCollectionAdmin(created);
    });
  } catch (e) {
    throw mapPrismaError(e, `There is already a collection called "${data.slug}".`);
  }
}
