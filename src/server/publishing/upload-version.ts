import semver from "semver";
import type { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/server/audit/record-audit";
import { type Db, inTransaction, prisma } from "~/server/db";
import type { Actor } from "~/server/shared/actor";
import { AppError, mapPrismaError } from "~/server/shared/app-error";
import { checkDependencies, permissionsCheck } from "./check-dependencies";
import { changelogFor, inspectPackage } from "./inspect-package";
import { listDependencies } from "./manifest/manifest.schema";
import { problemsError } from "./problems";
import { findPreviousReleasedVersion, RELEASED_STATES } from "./publishing.queries";
import { type PublisherContext, publisherScoped } from "./publisher-scope";
import { storePackage } from "./package-store";

export type TUploadVersionRequest = { moduleSlug: string; data: Uint8Array };

/**
 * Uploads a new version of a listing as a DRAFT: the package is inspected (safety limits,
 * manifest, files, migrations, hooks) and nothing is stored unless it is valid; versions are
 * immutable and must be newer than every released version.
 */
export async function uploadVersion(
  actor: Actor,
  publisher: PublisherContext,
  request: TUploadVersionRequest,
  db: Db = prisma,
  options: { packageStoreDir?: string } = {},
) {
  const module = await db.module.findFirst({
    where: publisherScoped(publisher, { slug: request.moduleSlug }),
    select: { id: true, slug: true, status: true },
  });
  if (!module) throw new AppError("NOT_FOUND", { userMessage: `Your publisher has no module called "${request.moduleSlug}".` });
  if (module.status === "TAKEN_DOWN") {
    throw new AppError("PRECONDITION_FAILED", { userMessage: "This module was taken down by a moderator; new versions can't be uploaded." });
  }

  const inspection = await inspectPackage(request.data);
  if (!inspection.ok || !inspection.manifest) throw problemsError(inspection.problems);
  const manifest = inspection.manifest.module;
  if (manifest.name !== module.slug) {
    throw problemsError([{ path: "module.name", file: "module.toml", message: `"${manifest.name}" does not match this listing's slug "${module.slug}"` }]);
  }
  const version = semver.parse(manifest.version);
  if (!version) throw problemsError([{ path: "module.version", file: "module.toml", message: `"${manifest.version}" is not a valid semver version` }]);

  const existing = await db.moduleVersion.findUnique({
    where: { moduleId_version: { moduleId: module.id, version: version.version } },
    select: { sha256: true },
  });
  if (existing) {
    throw new AppError("CONFLICT", {
      userMessage:
        existing.sha256 === inspection.sha256
          ? `Version ${version.version} was already uploaded with exactly this package.`
          : `Version ${version.version} already exists with different content. Versions are immutable: raise the version number.`,
    });
  }
  const released = await db.moduleVersion.findMany({ where: { moduleId: module.id, state: { in: [...RELEASED_STATES] } }, select: { version: true } });
  const newest = released.map((r) => r.version).sort(semver.rcompare)[0];
  if (newest && !semver.gt(version, newest)) {
    throw new AppError("PRECONDITION_FAILED", {
      userMessage: `Version ${version.version} must be greater than ${newest}, the newest published version.`,
    });
  }

  const dependencies = listDependencies(inspection.manifest).map((d) => ({ moduleSlug: d.slug, range: d.range, isOptional: d.isOptional }));
  const permissions = manifest.permissions?.required ?? [];
  const optionalPermissions = manifest.permissions?.optional ?? [];
  const previous = await findPreviousReleasedVersion(db, module.id, version.version);
  const checks = [
    ...inspection.checks,
    await checkDependencies(db, dependencies),
    permissionsCheck(previous?.version ?? null, previous ? [...previous.permissions, ...previous.optionalPermissions] : null, [...permissions, ...optionalPermissions]),
  ];
  const checkReport = { ok: checks.every((c) => c.status !== "failed"), checks };

  await storePackage(request.data, options.packageStoreDir);
  try {
    return await inTransaction(db, async (tx) => {
      const created = await tx.moduleVersion.create({
        data: {
          moduleId: module.id,
          version: version.version,
          major: version.major,
          minor: version.minor,
          patch: version.patch,
          prerelease: version.prerelease.length ? version.prerelease.join(".") : null,
          manifest: inspection.manifest as unknown as Prisma.InputJsonValue,
          changelog: changelogFor(inspection.changelog, version.version),
          readme: inspection.readme ?? "",
          sha256: inspection.sha256,
          sizeBytes: inspection.sizeBytes,
          state: "DRAFT",
          coreRange: manifest.compatibility.adx_core_version,
          permissions,
          optionalPermissions,
          migrations: inspection.migrations,
          checkReport,
          createdById: actor?.userId ?? null,
          dependencies: { create: dependencies },
        },
        select: { id: true, version: true, state: true, sha256: true, sizeBytes: true },
      });
      await recordAudit(tx, actor, {
        action: "version.uploaded",
        targetType: "version",
        targetId: created.id,
        publisherId: publisher.id,
        data: { module: module.slug, version: created.version, sha256: created.sha256 },
      });
      return { ...created, moduleSlug: module.slug, checkReport };
    });
  } catch (e) {
    throw mapPrismaError(e, `Version ${version.version} was uploaded at the same moment by someone else.`);
  }
}
