import { recordAudit } from "~/server/audit/record-audit";
import { prisma, type PrismaDb } from "~/server/db";
import { type Actor, requireUser } from "~/server/shared/actor";
import { mapPrismaError } from "~/server/shared/app-error";
import { type TCreatePublisherRequest, ZCreatePublisherRequestSchema } from "./listing.schemas";

/** Any signed-in user can become an author: the new publisher has them as its owner. */
export async function createPublisher(actor: Actor, request: TCreatePublisherRequest, db: PrismaDb = prisma) {
  const user = requireUser(actor);
  const input = ZCreatePublisherRequestSchema.parse(request);
  try {
    return await db.$transaction(async (tx) => {
      const publisher = await tx.publisher.create({
        data: { ...input, members: { create: { userId: user.userId, role: "OWNER" } } },
        select: { id: true, slug: true, name: true },
      });
      await recordAudit(tx, actor, { action: "publisher.created", targetType: "publisher", targetId: publisher.id, publisherId: publisher.id });
      return { slug: publisher.slug, name: publisher.name };
    });
  } catch (e) {
    throw mapPrismaError(e, `The publisher name "${input.slug}" is taken. Choose another.`);
  }
}
