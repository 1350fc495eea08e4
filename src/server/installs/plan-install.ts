/**
 * The install plan a tenant admin sees before anything runs: every module that will be installed
 * or upgraded, in order, with the permissions each asks for (for upgrades, the ones added since the
 * installed version, which need fresh consent), the migrations that will run, and the licenses
 * still needed. Nothing is changed here.
 */
import { z } from "zod";
import { isLicenseUsable } from "~/server/billing/license-status";
import { type Db, prisma } from "~/server/db";
import { describePermission } from "~/server/publishing/permissions";
import { parseStoredMigrations } from "~/server/publishing/stored-json";
import { resolve } from "~/server/resolver/resolve";
import { ZResolveRequestSchema, type TResolveError } from "~/server/resolver/resolver.schemas";
import { AppError } from "~/server/shared/app-error";
import { hasTenantRole, scoped, type TenantContext } from "~/server/tenancy/tenant-scope";
import { loadInstalled, loadResolverCatalog } from "./load-resolver-input";

export const ZPlanInstallRequestSchema = z.object({ modules: ZResolveRequestSchema.max(20) });
export type TPlanInstallRequest = z.infer<typeof ZPlanInstallRequestSchema>;


export type TInstallPlanStep = {
  slug: string;
  name: string;
  iconUrl: string | null;
  publisherName: string;
  action: "install" | "upgrade";
  version: string;
  fromVersion: string | null;
  isRequested: boolean;
  permissions: { name: string; description: string; isOptional: boolean; isNew: boolean }[];
  migrations: string[];
  price: { model: "FREE" | "ONE_TIME" | "SUBSCRIPTION"; cents: number; currency: string; interval: "MONTH" | "YEAR" | null };
  needsLicense: boolean;
};

export type TInstallPlan =
  | { ok: true; steps: TInstallPlanStep[]; alreadySatisfied: string[]; licensesNeeded: string[]; canConfirm: boolean }
  | { ok: false; error: TResolveError };

export async function planInstall(tenant: TenantContext, request: TPlanInstallRequest, db: Db = prisma): Promise<TInstallPlan> {
  if (!hasTenantRole(tenant.role, "ADMIN")) {
    throw new AppError("FORBIDDEN", { userMessage: "Only workspace admins and owners can install modules." });
  }
  const { modules: wanted } = ZPlanInstallRequestSchema.parse(request);
  const [catalog, installed] = await Promise.all([loadResolverCatalog(db), loadInstalled(tenant, db)]);
  const result = resolve(catalog, installed, wanted, { coreVersion: tenant.coreVersion });
  if (!result.ok) return { ok: false, error: result.error };

  const slugs = result.plan.map((s) => s.slug);
  const [versions, installations, licenses] = await Promise.all([
    db.moduleVersion.findMany({
      where: { OR: result.plan.map((s) => ({ version: s.version, module: { slug: s.slug } })) },
      select: {
        version: true,
        permissions: true,
        optionalPermissions: true,
        migrations: true,
        module: {
          select: {
            slug: true,
            name: true,
            iconUrl: true,
            pricingModel: true,
            priceCents: true,
            currency: true,
            billingInterval: true,
            publisher: { select: { name: true } },
          },
        },
      },
    }),
    db.installation.findMany({
      where: scoped(tenant, { module: { slug: { in: slugs } } }),
      select: { grantedPermissions: true, module: { select: { slug: true } }, version: { select: { version: true, migrations: true } } },
    }),
    db.license.findMany({
      where: scoped(tenant, { module: { slug: { in: slugs } } }),
      select: { status: true, currentPeriodEnd: true, graceUntil: true, module: { select: { slug: true } } },
    }),
  ]);
  const versionOf = new Map(versions.map((v) => [v.module.slug, v]));
  const installedOf = new Map(installations.map((i) => [i.module.slug, i]));
  const licenseOf = new Map(licenses.map((l) => [l.module.slug, l]));
  const requested = new Set(wanted.map((w) => w.slug));

  const steps: TInstallPlanStep[] = result.plan.map((step) => {
    const v = versionOf.get(step.slug);
    if (!v) throw new Error(`plan names ${step.slug}@${step.version}, which is not in the database`);
    const current = installedOf.get(step.slug);
    const granted = new Set(current?.grantedPermissions ?? []);
    const ranMigrations = new Set(parseStoredMigrations(current?.version.migrations).map((m) => m.name));
    const isPaid = v.module.pricingModel !== "FREE";
    return {
      slug: step.slug,
      name: v.module.name,
      iconUrl: v.module.iconUrl,
      publisherName: v.module.publisher.name,
      action: step.action,
      version: step.version,
      fromVersion: current?.version.version ?? null,
      isRequested: requested.has(step.slug),
      permissions: [
        ...v.permissions.map((name) => ({ name, isOptional: false })),
        ...v.optionalPermissions.map((name) => ({ name, isOptional: true })),
      ].map((p) => ({ ...p, description: describePermission(p.name), isNew: step.action === "upgrade" && !granted.has(p.name) })),
      // An upgrade runs only the migrations the installed version does not have.
      migrations: parseStoredMigrations(v.migrations)
        .map((m) => m.name)
        .filter((name) => !ranMigrations.has(name)),
      price: { model: v.module.pricingModel, cents: v.module.priceCents, currency: v.module.currency, interval: v.module.billingInterval },
      needsLicense: isPaid && !isLicenseUsable(licenseOf.get(step.slug)),
    };
  });
  const licensesNeeded = steps.filter((s) => s.needsLicense).map((s) => s.slug);
  return {
    ok: true,
    steps,
    alreadySatisfied: wanted.filter((w) => !steps.some((s) => s.slug === w.slug)).map((w) => w.slug),
    licensesNeeded,
    canConfirm: steps.length > 0 && licensesNeeded.length === 0,
  };
}
