import type { Db } from "~/server/db";

export type NotificationInput = { kind: string; title: string; body?: string; link?: string };

/** In-app notifications for every member of a publisher (authors hear about their versions here). */
export async function notifyPublisherMembers(db: Db, publisherId: string, n: NotificationInput) {
  const members = await db.publisherMember.findMany({ where: { publisherId }, select: { userId: true } });
  if (members.length === 0) return;
  await db.notification.createMany({
    data: members.map((m) => ({ userId: m.userId, kind: n.kind, title: n.title, body: n.body ?? "", link: n.link ?? null })),
  });
}
