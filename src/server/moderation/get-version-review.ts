import { stringify } from "smol-toml";
import { type Db, prisma } from "~/server/db";
import { describePermission } from "~/server/publishing/permissions";
import { diffVersions, manifestPrice, type VersionSide } from "~/server/publishing/diff-versions";
import { parseStoredMigrations, ZCheckReportSchema } from "~/server/publishing/stored-json";
import { findPreviousReleasedVersion, type VersionSummary } from "~/server/publishing/publishing.queries";
import { type Actor, requireModerator } from "~/server/shared/actor";
import { AppError } from "~/server/shared/app-error";


const toSide = (v: VersionSummary): VersionSide => ({
  version: v.version,
  permissions: v.permissions,
  optionalPermissions: v.optionalPermissions,
  coreRange: v.coreRange,
  dependencies: v.dependencies,
  migrations: parseStoredMigrations(v.migrations).map((m) => ({ name: m.name })),
  price: manifestPrice(v.manifest),
});

/** Everything a moderator needs to decide: the report, the manifest, the code that will run, and the diff. */
export async function getVersionReview(actor: Actor, versionId: string, db: Db = prisma) {
  requireModerator(actor);
  const v = await db.moduleVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      version: true,
      state: true,
      submittedAt: true,
      createdAt: true,
      sha256: true,
      sizeBytes: true,
      coreRange: true,
      permissions: true,
      optionalPermissions: true,
      changelog: true,
      readme: true,
      manifest: true,
      migrations: true,
      checkReport: true,
      rejectionReason: true,
      yankReason: true,
      dependencies: { select: { moduleSlug: true, range: true, isOptional: true }, orderBy: { moduleSlug: "asc" } },
      module: {
        select: {
          id: true,
          slug: true,
          name: true,
          summary: true,
          iconUrl: true,
          status: true,
          pricingModel: true,
          priceCents: true,
          currency: true,
          billingInterval: true,
          publisher: { select: { slug: true, name: true, isVerified: true } },
        },
      },
    },
  });
  if (!v) throw new AppError("NOT_FOUND", { userMessage: "That version no longer exists." });
  const previous = await findPreviousReleasedVersion(db, v.module.id, v.version);
  const decisions = await db.moderationDecision.findMany({
    where: { moduleId: v.module.id },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, action: true, reason: true, createdAt: true, moderator: { select: { name: true } }, version: { select: { version: true } } },
  });
  const report = ZCheckReportSchema.safeParse(v.checkReport);
  let manifestToml = "";
  try {
    manifestToml = stringify(v.manifest);
  } catch {
    manifestToml = JSON.stringify(v.manifest, null, 2);
  }
  return {
    version: {
      id: v.id,
      version: v.version,
      state: v.state,
      submittedAt: v.submittedAt ?? v.createdAt,
      sha256: v.sha256,
      sizeBytes: v.sizeBytes,
      coreRange: v.coreRange,
      changelog: v.changelog,
      readme: v.readme,
      manifestToml,
      rejectionReason: v.rejectionReason,
      yankReason: v.yankReason,
      permissions: [
        ...v.permissions.map((name) => ({ name, description: describePermission(name), isOptional: false })),
        ...v.optionalPermissions.map((name) => ({ name, description: describePermission(name), isOptional: true })),
      ],
      dependencies: v.dependencies.map((d) => ({ slug: d.moduleSlug, range: d.range, isOptional: d.isOptional })),
      migrations: parseStoredMigrations(v.migrations),
      checkReport: report.success ? report.data : { ok: false, checks: [{ name: "report", status: "failed" as const, problems: ["No check report was recorded"] }] },
    },
    module: {
      slug: v.module.slug,
      name: v.module.name,
      summary: v.module.summary,
      iconUrl: v.module.iconUrl,
      status: v.module.status,
      price: { model: v.module.pricingModel, cents: v.module.priceCents, currency: v.module.currency, interval: v.module.billingInterval },
    },
    publisher: v.module.publisher,
    diff: diffVersions(previous ? toSide(previous) : null, toSide(v)),
    decisions: decisions.map((d) => ({ id: d.id, action: d.action, reason: d.reason, createdAt: d.createdAt, moderatorName: d.moderator.name, version: d.version?.version ?? null })),
  };
}
export type TVersionReview = Awaited<ReturnType<typeof getVersionReview>>;
