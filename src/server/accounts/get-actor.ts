import { type Db, prisma } from "~/server/db";
import type { Actor } from "~/server/shared/actor";

/**
 * The actor for a session's user id, read from the database on every request so a changed
 * platform role or a deleted user takes effect at once (the session cookie is not trusted for it).
 */
export async function getActorForUserId(userId: string | undefined | null, db: Db = prisma): Promise<Actor> {
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, platformRole: true } });
  return user ? { userId: user.id, platformRole: user.platformRole } : null;
}
