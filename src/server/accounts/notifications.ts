import { z } from "zod";
import { type Db, prisma } from "~/server/db";
import { type Actor, requireUser } from "~/server/shared/actor";
import { pageArgs, paged, type TPagination } from "~/server/shared/pagination";

export const ZNotificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});

/** The caller's in-app notifications, newest first (review decisions, take-downs, …). */
export async function findNotifications(actor: Actor, pagination: TPagination, db: Db = prisma) {
  const user = requireUser(actor);
  const where = { userId: user.userId };
  const [rows, count, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: { createdAt: "desc" },
      select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
      ...pageArgs(pagination),
    }),
    db.notification.count({ where }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  return { ...paged(rows, count, pagination), unread };
}

/** Marks the given notifications (or all of them) read; only the caller's own are touched. */
export async function markNotificationsRead(actor: Actor, request: { ids?: string[] }, db: Db = prisma) {
  const user = requireUser(actor);
  const ids = z.array(z.string().min(1)).max(100).optional().parse(request.ids);
  const { count } = await db.notification.updateMany({
    where: { userId: user.userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { count };
}
