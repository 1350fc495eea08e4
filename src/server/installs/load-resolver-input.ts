import type { Db } from "~/server/db";
import type { TCatalog, TInstalled } from "~/server/resolver/resolver.schemas";
import { scoped, type TenantContext } from "~/server/tenancy/tenant-scope";

/**
 * The published catalog in the resolver's shape: every released version of every module (yanked
 * ones flagged, so they are kept for tenants that have them but never chosen anew). A module taken
 * down by a moderator counts as wholly yanked. Deprecated versions stay installable, as in npm,
 * but are never the module's "latest".
 */
export async function loadResolverCatalog(db: Db): Promise<TCatalog> {
  const modules = await db.module.findMany({
    where: { status: { in: ["PUBLISHED", "TAKEN_DOWN"] } },
    select: {
      slug: true,
      status: true,
      versions: {
        where: { state: { in: ["PUBLISHED", "DEPRECATED", "YANKED"] } },
        select: { version: true, state: true, coreRange: true, dependencies: { select: { moduleSlug: true, range: true, isOptional: true } } },
      },
    },
  });
  return {
    modules: modules.map((m) => ({
      slug: m.slug,
      versions: m.versions.map((v) => ({
        version: v.version,
        core: v.coreRange,
        yanked: v.state === "YANKED" || m.status === "TAKEN_DOWN",
        dependencies: Object.fromEntries(v.dependencies.filter((d) => !d.isOptional).map((d) => [d.moduleSlug, d.range])),
        optionalDependencies: Object.fromEntries(v.dependencies.filter((d) => d.isOptional).map((d) => [d.moduleSlug, d.range])),
      })),
    })),
  };
}

/** The tenant's installed modules (every status but a failed first install), slug → version. */
export async function loadInstalled(tenant: TenantContext, db: Db): Promise<TInstalled> {
  const rows = await db.installation.findMany({
    where: scoped(tenant, { status: { not: "FAILED" as const } }),
    select: { module: { select: { slug: true } }, version: { select: { version: true } } },
  });
  return Object.fromEntries(rows.map((r) => [r.module.slug, r.version.version]));
}
