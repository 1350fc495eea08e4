import { z } from "zod";
import { permissionChanges } from "./check-dependencies";

/** What a moderator compares: the submitted version against the previous released one. */
export type VersionSide = {
  version: string;
  permissions: string[];
  optionalPermissions: string[];
  coreRange: string;
  dependencies: { moduleSlug: string; range: string; isOptional: boolean }[];
  migrations: { name: string }[];
  price: number | null;
};

export type TVersionDiff = {
  previousVersion: string | null;
  permissions: { added: string[]; removed: string[] };
  dependencies: {
    added: { slug: string; range: string; isOptional: boolean }[];
    removed: { slug: string; range: string }[];
    changed: { slug: string; from: string; to: string }[];
  };
  migrations: { added: string[]; removed: string[] };
  coreRange: { from: string; to: string } | null;
  price: { from: number | null; to: number | null } | null;
};


const ZManifestPrice = z.object({ module: z.object({ marketplace: z.object({ price: z.number() }).loose().optional() }).loose() }).loose();
export const manifestPrice = (manifest: unknown): number | null => ZManifestPrice.safeParse(manifest).data?.module.marketplace?.price ?? null;

export function diffVersions(previous: VersionSide | null, next: VersionSide): TVersionDiff {
  const prevDeps = new Map((previous?.dependencies ?? []).map((d) => [d.moduleSlug, d]));
  const nextDeps = new Map(next.dependencies.map((d) => [d.moduleSlug, d]));
  const prevMigrations = new Set((previous?.migrations ?? []).map((m) => m.name));
  const nextMigrations = new Set(next.migrations.map((m) => m.name));
  return {
    previousVersion: previous?.version ?? null,
    permissions: permissionChanges(previous ? [...previous.permissions, ...previous.optionalPermissions] : [], [...next.permissions, ...next.optionalPermissions]),
    dependencies: {
      added: next.dependencies
        .filter((d) => !prevDeps.has(d.moduleSlug))
        .map((d) => ({ slug: d.moduleSlug, range: d.range, isOptional: d.isOptional })),
      removed: [...prevDeps.values()].filter((d) => !nextDeps.has(d.moduleSlug)).map((d) => ({ slug: d.moduleSlug, range: d.range })),
      changed: next.dependencies
        .filter((d) => prevDeps.has(d.moduleSlug) && prevDeps.get(d.moduleSlug)?.range !== d.range)
        .map((d) => ({ slug: d.moduleSlug, from: prevDeps.get(d.moduleSlug)?.range ?? "", to: d.range })),
    },
    migrations: {
      added: [...nextMigrations].filter((m) => !prevMigrations.has(m)).sort(),
      removed: [...prevMigrations].filter((m) => !nextMigrations.has(m)).sort(),
    },
    coreRange: previous && previous.coreRange !== next.coreRange ? { from: previous.coreRange, to: next.coreRange } : null,
    price: previous && previous.price !== next.price ? { from: previous.price, to: next.price } : null,
  };
}
