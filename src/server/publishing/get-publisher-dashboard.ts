import semver from "semver";
import { type Db, prisma } from "~/server/db";
import type { TPublisherDashboard } from "./publishing.schemas";
import { type PublisherContext, publisherScoped } from "./publisher-scope";

/** The author's view: every listing of the publisher with every version and its review state. */
export async function getPublisherDashboard(publisher: PublisherContext, db: Db = prisma): Promise<TPublisherDashboard> {
  const modules = await db.module.findMany({
    where: publisherScoped(publisher),
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      summary: true,
      iconUrl: true,
      status: true,
      activeInstalls: true,
      ratingAverage: true,
      ratingCount: true,
      updatedAt: true,
      versions: {
        select: {
          version: true,
          state: true,
          submittedAt: true,
          publishedAt: true,
          rejectionReason: true,
          yankReason: true,
        },
      },
    },
  });
  const sorted = modules.map((m) => ({ ...m, versions: [...m.versions].sort((a, b) => semver.rcompare(a.version, b.version)) }));
  return {
    publisher: { slug: publisher.slug, name: publisher.name, isVerified: publisher.isVerified },
    modules: sorted,
    totals: {
      modules: modules.length,
      activeInstalls: modules.reduce((n, m) => n + m.activeInstalls, 0),
      pendingReview: modules.reduce((n, m) => n + m.versions.filter((v) => v.state === "SUBMITTED").length, 0),
    },
  };
}
