import { recordAudit } from "~/server/audit/record-audit";
import { type Db, inTransaction, prisma } from "~/server/db";
import { type Actor, requireModerator } from "~/server/shared/actor";
import { getCollectionOrThrow } from "./collections.queries";
import { ZDeleteCollectionRequestSchema } from "./search.schemas";

/** Moderators delete a collection (its items go with it; the modules stay). */
export async function deleteCollection(actor: Actor, request: { id: string }, db: Db = prisma): Promise<{ id: string }> {
  const moderator = requireModerator(actor);
  const { id } = ZDeleteCollectionRequestSchema.parse(request);
  return inTransaction(db, async (tx) => {
    const collection = await getCollectionOrThrow(tx, id);
    await tx.collection.delete({ where: { id } });
    await recordAudit(tx, moderator, { action: "collection.deleted", targetType: "collection", targetId: id, data: { slug: collection.slug } });
    return { id };
  });
}
