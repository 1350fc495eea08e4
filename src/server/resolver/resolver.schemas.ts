import { z } from "zod";

// Shapes of the resolver's inputs and outputs. The CLI validates files with these; the app builds the
// same objects from the database. Semantic checks (valid semver versions and ranges) happen in
// prepareCatalog/resolve, which report every problem at once (STYLE.md rule 17).

const ZDependencyMapSchema = z.record(z.string().min(1), z.string().min(1, "a dependency range cannot be empty"));

export const ZCatalogVersionSchema = z.object({
  version: z.string().min(1),
  dependencies: ZDependencyMapSchema.optional(),
  optionalDependencies: ZDependencyMapSchema.optional(),
  core: z.string().min(1).optional(),
  yanked: z.boolean().optional(),
});
export type TCatalogVersion = z.infer<typeof ZCatalogVersionSchema>;

export const ZCatalogModuleSchema = z.object({
  slug: z.string().min(1),
  versions: z.array(ZCatalogVersionSchema),
});
export type TCatalogModule = z.infer<typeof ZCatalogModuleSchema>;

export const ZCatalogSchema = z.object({ modules: z.array(ZCatalogModuleSchema) });
export type TCatalog = z.infer<typeof ZCatalogSchema>;

/** The tenant's installed set: slug → installed version. */
export const ZInstalledSchema = z.record(z.string().min(1), z.string().min(1));
export type TInstalled = z.infer<typeof ZInstalledSchema>;

export const ZResolveRequestItemSchema = z.object({
  slug: z.string().min(1),
  range: z.string().min(1).optional(),
});
export const ZResolveRequestSchema = z.array(ZResolveRequestItemSchema).min(1, "name at least one module to resolve");
export type TResolveRequestItem = z.infer<typeof ZResolveRequestItemSchema>;
export type TResolveRequest = z.infer<typeof ZResolveRequestSchema>;

export const ZResolveOptionsSchema = z.object({ coreVersion: z.string().min(1).optional() });
export type TResolveOptions = z.infer<typeof ZResolveOptionsSchema>;

export const ZPlanStepSchema = z.object({
  slug: z.string(),
  version: z.string(),
  action: z.enum(["install", "upgrade"]),
});
export type TPlanStep = z.infer<typeof ZPlanStepSchema>;

/** Who asked for a range: a module version ("invoices@2.1.0"), the request, or the installed version (no downgrades). */
export const ZRequirementSchema = z.object({
  by: z.string(),
  slug: z.string(),
  range: z.string(),
});
export type TRequirement = z.infer<typeof ZRequirementSchema>;

export const ZResolveErrorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("cycle"), message: z.string(), path: z.array(z.string()) }),
  z.object({ kind: z.literal("conflict"), message: z.string(), slug: z.string(), requirements: z.array(ZRequirementSchema) }),
  z.object({ kind: z.literal("missing"), message: z.string(), slug: z.string(), by: z.string(), range: z.string().optional() }),
  z.object({
    kind: z.literal("core"),
    message: z.string(),
    slug: z.string(),
    version: z.string(),
    coreRange: z.string(),
    coreVersion: z.string(),
    by: z.string(),
  }),
]);
export type TResolveError = z.infer<typeof ZResolveErrorSchema>;

export const ZResolveResultSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), plan: z.array(ZPlanStepSchema) }),
  z.object({ ok: z.literal(false), error: ZResolveErrorSchema }),
]);
export type TResolveResult = z.infer<typeof ZResolveResultSchema>;
