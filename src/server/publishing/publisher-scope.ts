/**
 * The publisher-scoped data layer: authors act only on their own publisher's listings.
 */
import type { PublisherRole } from "~/generated/prisma/enums";
import { type Db, prisma } from "~/server/db";
import { requireUser, type Actor } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";

export type PublisherContext = {
  id: string;
  slug: string;
  name: string;
  isVerified: boolean;
  role: PublisherRole;
  userId: string;
};

export async function getPublisherMembership(
  actor: Actor,
  publisherSlug: string,
  db: Db = prisma,
): Promise<PublisherContext> {
  const user = requireUser(actor);
  const membership = await db.publisherMember.findFirst({
    where: { userId: user.userId, publisher: { slug: publisherSlug } },
    select: { role: true, publisher: { select: { id: true, slug: true, name: true, isVerified: true } } },
  });
  if (!membership) {
    throw new AppError("NOT_FOUND", {
      message: `user ${user.userId} is not a member of publisher ${publisherSlug}`,
      userMessage: "We couldn't find that publisher, or you are not a member of it.",
    });
  }
  return { ...membership.publisher, role: membership.role, userId: user.userId };
}

/** Adds the publisher to a WHERE clause for modules. */
export function publisherScoped<W extends object>(
  publisher: Pick<PublisherContext, "id">,
  where?: W,
): W & { publisherId: string } {
  return { ...(where ?? ({} as W)), publisherId: publisher.id };
}
