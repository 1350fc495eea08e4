/**
 * The rules of the module lifecycle, checked when a job is requested (a clear error at once) and
 * again by the job's validate step (the tenant may have changed in between). Each returns the
 * job's module entry or throws an AppError whose userMessage names what is in the way.
 */
import semver from "semver";
import type { JobKind } from "~/generated/prisma/enums";
import { isLicenseUsable } from "~/server/billing/license-status";
import type { Db } from "~/server/db";
import { AppError } from "~/server/shared/app-error";
import type { TJobModule } from "./job-plan";

type TenantRef = { id: string; coreVersion: string };

const installationSelect = {
  id: true,
  status: true,
  versionId: true,
  previousVersionId: true,
  grantedPermissions: true,
  registrations: true,
  updatedAt: true,
  module: { select: { id: true, slug: true, name: true, pricingModel: true } },
  version: { select: { id: true, version: true } },
  previousVersion: { select: { id: true, version: true, state: true, coreRange: true } },
} as const;

export async function getInstallationOrThrow(db: Db, tenant: TenantRef, moduleSlug: string) {
  const installation = await db.installation.findFirst({
    where: { tenantId: tenant.id, module: { slug: moduleSlug } },
    select: installationSelect,
  });
  if (!installation) {
    throw new AppError("NOT_FOUND", { message: `${moduleSlug} is not installed in ${tenant.id}`, userMessage: `${moduleSlug} is not installed in this workspace.` });
  }
  return installation;
}

/** Installed modules whose installed version needs `moduleSlug` (required dependencies only). */
export async function findDependents(db: Db, tenantId: string, moduleSlug: string, statuses?: ("ACTIVE" | "INACTIVE" | "INSTALLING" | "UPGRADING" | "UNINSTALLING")[]) {
  const rows = await db.installation.findMany({
    where: {
      tenantId,
      module: { slug: { not: moduleSlug } },
      status: statuses ? { in: statuses } : { not: "FAILED" },
      version: { dependencies: { some: { moduleSlug, isOptional: false } } },
    },
    select: {
      module: { select: { slug: true, name: true } },
      version: { select: { version: true, dependencies: { where: { moduleSlug, isOptional: false }, select: { range: true } } } },
    },
    orderBy: { module: { name: "asc" } },
  });
  return rows.map((r) => ({ slug: r.module.slug, name: r.module.name, version: r.version.version, range: r.version.dependencies[0]?.range ?? "*" }));
}

const names = (xs: { name: string }[]) => xs.map((x) => x.name).join(", ");

const snapshot = (i: Awaited<ReturnType<typeof getInstallationOrThrow>>) => ({
  id: i.id,
  versionId: i.versionId,
  previousVersionId: i.previousVersionId,
  status: i.status,
  grantedPermissions: i.grantedPermissions,
  registrations: i.registrations,
  updatedAt: i.updatedAt.toISOString(),
});

/**
 * Checks an uninstall, activate, deactivate or rollback of one installed module and returns the
 * job's module entry (with the installation as it is now, for compensation).
 */
export async function checkModuleJob(
  db: Db,
  tenant: TenantRef,
  kind: Exclude<JobKind, "INSTALL" | "UPGRADE">,
  moduleSlug: string,
  now: Date = new Date(),
): Promise<TJobModule> {
  const i = await getInstallationOrThrow(db, tenant, moduleSlug);
  const name = i.module.name;
  const base = { slug: i.module.slug, moduleId: i.module.id, name, before: snapshot(i) };
  if (i.status !== "ACTIVE" && i.status !== "INACTIVE") {
    throw new AppError("CONFLICT", { userMessage: `${name} is ${i.status.toLowerCase()} right now; wait for that to finish.` });
  }

  switch (kind) {
    case "UNINSTALL": {
      const dependents = await findDependents(db, tenant.id, moduleSlug);
      if (dependents.length > 0) {
        throw new AppError("CONFLICT", {
          userMessage: `${name} cannot be uninstalled while ${names(dependents)} ${dependents.length === 1 ? "depends" : "depend"} on it. Uninstall ${dependents.length === 1 ? "it" : "them"} first.`,
          details: { dependents },
        });
      }
      return { ...base, action: "uninstall", versionId: i.versionId, version: i.version.version, fromVersion: i.version.version };
    }
    case "DEACTIVATE": {
      if (i.status === "INACTIVE") throw new AppError("CONFLICT", { userMessage: `${name} is already inactive.` });
      const dependents = await findDependents(db, tenant.id, moduleSlug, ["ACTIVE"]);
      if (dependents.length > 0) {
        throw new AppError("CONFLICT", {
          userMessage: `${name} cannot be deactivated while ${names(dependents)} ${dependents.length === 1 ? "uses" : "use"} it. Deactivate ${dependents.length === 1 ? "it" : "them"} first.`,
          details: { dependents },
        });
      }
      return { ...base, action: "deactivate", versionId: i.versionId, version: i.version.version, fromVersion: i.version.version };
    }
    case "ACTIVATE": {
      if (i.status === "ACTIVE") throw new AppError("CONFLICT", { userMessage: `${name} is already active.` });
      const needs = await db.versionDependency.findMany({ where: { versionId: i.versionId, isOptional: false }, select: { moduleSlug: true } });
      const inactive = needs.length
        ? await db.installation.findMany({
            where: { tenantId: tenant.id, module: { slug: { in: needs.map((d) => d.moduleSlug) } }, status: { not: "ACTIVE" } },
            select: { module: { select: { name: true } } },
          })
        : [];
      if (inactive.length > 0) {
        throw new AppError("CONFLICT", { userMessage: `${name} needs ${names(inactive.map((x) => x.module))} to be active first.` });
      }
      if (i.module.pricingModel !== "FREE") await requireUsableLicense(db, tenant.id, i.module.id, name, now);
      return { ...base, action: "activate", versionId: i.versionId, version: i.version.version, fromVersion: i.version.version };
    }
    case "ROLLBACK": {
      const previous = i.previousVersion;
      if (!previous) throw new AppError("PRECONDITION_FAILED", { userMessage: `${name} has no previous version to roll back to.` });
      if (!semver.satisfies(tenant.coreVersion, previous.coreRange, { includePrerelease: true })) {
        throw new AppError("PRECONDITION_FAILED", { userMessage: `${name} ${previous.version} does not work with this workspace's core version ${tenant.coreVersion}.` });
      }
      const blocking = (await findDependents(db, tenant.id, moduleSlug)).filter((d) => !semver.satisfies(previous.version, d.range, { includePrerelease: true }));
      if (blocking.length > 0) {
        throw new AppError("CONFLICT", {
          userMessage: `${name} cannot go back to ${previous.version}: ${blocking.map((d) => `${d.name} ${d.version} needs ${moduleSlug} ${d.range}`).join("; ")}.`,
          details: { dependents: blocking },
        });
      }
      return { ...base, action: "rollback", versionId: previous.id, version: previous.version, fromVersion: i.version.version };
    }
  }
}

export async function requireUsableLicense(db: Db, tenantId: string, moduleId: string, name: string, now: Date = new Date()) {
  const license = await db.license.findFirst({
    where: { tenantId, moduleId },
    select: { status: true, currentPeriodEnd: true, graceUntil: true },
  });
  if (!isLicenseUsable(license, now)) {
    throw new AppError("PRECONDITION_FAILED", { userMessage: `${name} is a paid module: buy a license for this workspace first.` });
  }
}
