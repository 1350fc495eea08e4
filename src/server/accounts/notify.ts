import type { Db } from "~/server/db";

export type NotificationInput = { kind: string; title: string; body?: string; link?: string };

/**
 * In-app notifications for the members of a publisher (authors hear about their versions here),
 * except the person who made the change: they know already.
 */
export async function notifyPublisherMembers(db: Db, publisherId: string, n: NotificationInput, exceptUserId?: string) {
  const members = await db.publisherMember.findMany({
    where: { publisherId, ...(exceptUserId ? { userId: { not: exceptUserId } } : {}) },
    select: { userId: true },
  });
  if (members.length === 0) return;
  await db.notification.createMany({
    data: members.map((m) => ({ userId: m.userId, kind: n.kind, title: n.title, body: n.body ?? "", link: n.link ?? null })),
  });
}
