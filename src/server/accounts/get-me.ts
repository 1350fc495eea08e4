import { type Db, prisma } from "~/server/db";
import type { Actor } from "~/server/shared/actor";
import type { TMe } from "./accounts.schemas";

/** The signed-in user with what the navigation needs: tenants, publishers, unread notifications. */
export async function getMe(actor: Actor, db: Db = prisma): Promise<TMe> {
  if (!actor) return null;
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: {
      id: true,
      name: true,
      email: true,
      platformRole: true,
      tenantMemberships: { select: { role: true, tenant: { select: { slug: true, name: true, coreVersion: true } } }, orderBy: { tenant: { name: "asc" } } },
      publisherMembers: { select: { publisher: { select: { slug: true, name: true } } }, orderBy: { publisher: { name: "asc" } } },
      _count: { select: { notifications: { where: { readAt: null } } } },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    platformRole: user.platformRole,
    tenants: user.tenantMemberships.map((m) => ({ ...m.tenant, role: m.role })),
    publishers: user.publisherMembers.map((m) => m.publisher),
    unreadNotifications: user._count.notifications,
  };
}
