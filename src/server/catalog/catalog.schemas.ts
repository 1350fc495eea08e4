import { z } from "zod";
import { ZPaginationSchema, zPaged } from "~/server/shared/pagination";

export const MODULE_SORTS = ["popular", "rating", "updated", "name"] as const;
export const ZModuleSortSchema = z.enum(MODULE_SORTS);

export const ZFindModulesRequestSchema = ZPaginationSchema.extend({
  category: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/)
    .optional(),
  pricing: z.enum(["free", "paid"]).optional(),
  sort: ZModuleSortSchema.default("popular"),
});
export type TFindModulesRequest = z.input<typeof ZFindModulesRequestSchema>;

const ZPriceSchema = z.object({
  model: z.enum(["FREE", "ONE_TIME", "SUBSCRIPTION"]),
  cents: z.number().int(),
  currency: z.string(),
  interval: z.enum(["MONTH", "YEAR"]).nullable(),
});

export const ZModuleCardSchema = z.object({
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  iconUrl: z.string().nullable(),
  publisher: z.object({ slug: z.string(), name: z.string(), isVerified: z.boolean() }),
  category: z.object({ slug: z.string(), name: z.string() }),
  rating: z.object({ average: z.number(), count: z.number().int() }),
  price: ZPriceSchema,
  activeInstalls: z.number().int(),
  isFeatured: z.boolean(),
  latestVersion: z.string().nullable(),
  updatedAt: z.date(),
});
export type TModuleCard = z.infer<typeof ZModuleCardSchema>;

export const ZFindModulesResponseSchema = zPaged(ZModuleCardSchema);

export const ZCategorySchema = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  moduleCount: z.number().int(),
});
export type TCategory = z.infer<typeof ZCategorySchema>;

export const ZDependencySchema = z.object({ slug: z.string(), range: z.string(), isOptional: z.boolean() });

export const ZVersionSchema = z.object({
  version: z.string(),
  state: z.enum(["PUBLISHED", "DEPRECATED", "YANKED", "DRAFT", "SUBMITTED", "APPROVED", "REJECTED"]),
  changelog: z.string(),
  coreRange: z.string(),
  sizeBytes: z.number().int(),
  publishedAt: z.date().nullable(),
  yankReason: z.string().nullable(),
  dependencies: z.array(ZDependencySchema),
});

export const ZPermissionSchema = z.object({ name: z.string(), description: z.string(), isOptional: z.boolean() });

export const ZGetModuleRequestSchema = z.object({ slug: z.string().min(1).max(64) });

export const ZModuleDetailSchema = ZModuleCardSchema.extend({
  description: z.string(),
  tags: z.array(z.string()),
  screenshots: z.array(z.object({ url: z.string(), caption: z.string() })),
  status: z.enum(["DRAFT", "PUBLISHED", "TAKEN_DOWN"]),
  takenDownReason: z.string().nullable(),
  installCount: z.number().int(),
  ratingHistogram: z.array(z.number().int()).length(5),
  publishedAt: z.date().nullable(),
  versions: z.array(ZVersionSchema),
  permissions: z.array(ZPermissionSchema),
  dependencies: z.array(ZDependencySchema.extend({ name: z.string().nullable() })),
  coreRange: z.string().nullable(),
  canEdit: z.boolean(),
});
export type TModuleDetail = z.infer<typeof ZModuleDetailSchema>;
