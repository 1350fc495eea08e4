import semver from "semver";
import { type Db, prisma } from "~/server/db";
import { AppError } from "~/server/shared/app-error";
import { parseScreenshots, ZCheckReportSchema } from "./stored-json";
import { type PublisherContext, publisherScoped } from "./publisher-scope";

/** An author's view of one listing: its editable fields and every version with its review state and feedback. */
export async function getAuthorModule(publisher: PublisherContext, slug: string, db: Db = prisma) {
  const m = await db.module.findFirst({
    where: publisherScoped(publisher, { slug }),
    select: {
      slug: true,
      name: true,
      summary: true,
      description: true,
      tags: true,
      iconUrl: true,
      screenshots: true,
      status: true,
      takenDownReason: true,
      pricingModel: true,
      priceCents: true,
      billingInterval: true,
      activeInstalls: true,
      ratingAverage: true,
      ratingCount: true,
      category: { select: { slug: true, name: true } },
      versions: {
        select: {
          id: true,
          version: true,
          state: true,
          sha256: true,
          sizeBytes: true,
          createdAt: true,
          submittedAt: true,
          publishedAt: true,
          rejectionReason: true,
          yankReason: true,
          checkReport: true,
          permissions: true,
          optionalPermissions: true,
          moderation: { select: { action: true, reason: true, createdAt: true }, orderBy: { createdAt: "desc" } },
        },
      },
    },
  });
  if (!m) throw new AppError("NOT_FOUND", { userMessage: `Your publisher has no module called "${slug}".` });
  return {
    ...m,
    screenshots: parseScreenshots(m.screenshots),
    versions: [...m.versions]
      .sort((a, b) => semver.rcompare(a.version, b.version))
      .map(({ checkReport, ...v }) => {
        const report = ZCheckReportSchema.safeParse(checkReport);
        return { ...v, checkReport: report.success ? report.data : null };
      }),
  };
}
export type TAuthorModule = Awaited<ReturnType<typeof getAuthorModule>>;
