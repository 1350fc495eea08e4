import { type Db, prisma } from "~/server/db";
import { type Actor, requireUser } from "~/server/shared/actor";

export async function findMyPublishers(actor: Actor, db: Db = prisma) {
  const user = requireUser(actor);
  const rows = await db.publisherMember.findMany({
    where: { userId: user.userId },
    select: { role: true, publisher: { select: { slug: true, name: true, isVerified: true } } },
    orderBy: { publisher: { name: "asc" } },
  });
  return rows.map((r) => ({ ...r.publisher, role: r.role }));
}
