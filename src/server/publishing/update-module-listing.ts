import { recordAudit } from "~/server/audit/record-audit";
import { announceCatalogChange } from "~/server/catalog/announce-catalog-change";
import { prisma, type PrismaDb } from "~/server/db";
import type { Actor } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";
import { type TUpdateModuleListingRequest, ZUpdateModuleListingRequestSchema } from "./publishing.schemas";
import { type PublisherContext, publisherScoped } from "./publisher-scope";

/** Edits a listing's text. Only modules of the caller's publisher are found; others are NOT_FOUND. */
export async function updateModuleListing(
  actor: Actor,
  publisher: PublisherContext,
  request: TUpdateModuleListingRequest,
  db: PrismaDb = prisma,
) {
  const { slug, data: parsed } = ZUpdateModuleListingRequestSchema.parse(request);
  const { categorySlug, ...data } = parsed;
  const category = categorySlug ? await db.category.findUnique({ where: { slug: categorySlug }, select: { id: true } }) : null;
  if (categorySlug && !category) throw new AppError("INVALID_INPUT", { userMessage: `There is no category "${categorySlug}".` });
  const { moduleId, updated } = await db.$transaction(async (tx) => {
    const module = await tx.module.findFirst({ where: publisherScoped(publisher, { slug }), select: { id: true } });
    if (!module) throw new AppError("NOT_FOUND", { userMessage: `Your publisher has no module called "${slug}".` });
    const updated = await tx.module.update({
      where: { id: module.id },
      data: { ...data, ...(category ? { categoryId: category.id } : {}) },
      select: { slug: true, name: true, summary: true, description: true, tags: true },
    });
    await recordAudit(tx, actor, {
      action: "module.listing_updated",
      targetType: "module",
      targetId: module.id,
      publisherId: publisher.id,
      data: { fields: Object.keys(parsed) },
    });
    return { moduleId: module.id, updated };
  });
  await announceCatalogChange(db, moduleId, "updated");
  return updated;
}
