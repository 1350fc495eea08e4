import { recordAudit } from "~/server/audit/record-audit";
import { prisma, type PrismaDb } from "~/server/db";
import type { Actor } from "~/server/shared/actor";
import { AppError, mapPrismaError } from "~/server/shared/app-error";
import { type TCreateModuleRequest, ZCreateModuleRequestSchema } from "./listing.schemas";
import type { PublisherContext } from "./publisher-scope";

/** Creates a DRAFT listing; it appears in the catalog when its first version is approved. */
export async function createModule(actor: Actor, publisher: PublisherContext, request: TCreateModuleRequest, db: PrismaDb = prisma) {
  const { categorySlug, ...input } = ZCreateModuleRequestSchema.parse(request);
  const category = await db.category.findUnique({ where: { slug: categorySlug }, select: { id: true } });
  if (!category) throw new AppError("INVALID_INPUT", { userMessage: `There is no category "${categorySlug}".` });
  try {
    return await db.$transaction(async (tx) => {
      const module = await tx.module.create({
        data: {
          slug: input.slug,
          name: input.name,
          summary: input.summary,
          description: input.description ?? "",
          tags: input.tags ?? [],
          pricingModel: input.pricingModel ?? "FREE",
          priceCents: input.priceCents ?? 0,
          billingInterval: input.billingInterval ?? null,
          categoryId: category.id,
          publisherId: publisher.id,
          status: "DRAFT",
        },
        select: { id: true, slug: true, name: true, status: true },
      });
      await recordAudit(tx, actor, { action: "module.created", targetType: "module", targetId: module.id, publisherId: publisher.id, data: { slug: module.slug } });
      return { slug: module.slug, name: module.name, status: module.status };
    });
  } catch (e) {
    throw mapPrismaError(e, `The slug "${input.slug}" is taken by another module. Choose another.`);
  }
}
