import { z } from "zod";
import { ZPaginationSchema, zPaged } from "~/server/shared/pagination";

import { ZCheckReportSchema, ZStoredMigrationSchema } from "~/server/publishing/stored-json";

export const ZFindQueueRequestSchema = ZPaginationSchema;

export const ZQueueItemSchema = z.object({
  versionId: z.string(),
  version: z.string(),
  submittedAt: z.date(),
  module: z.object({ slug: z.string(), name: z.string(), iconUrl: z.string().nullable(), isNew: z.boolean() }),
  publisher: z.object({ slug: z.string(), name: z.string(), isVerified: z.boolean() }),
  previousVersion: z.string().nullable(),
  risk: z.object({
    addedPermissions: z.array(z.string()),
    removedPermissions: z.array(z.string()),
    failedChecks: z.array(z.string()),
    warningChecks: z.array(z.string()),
  }),
});
export type TQueueItem = z.infer<typeof ZQueueItemSchema>;
export const ZFindQueueResponseSchema = zPaged(ZQueueItemSchema);

export const ZSetFeaturedRequestSchema = z.object({ slug: z.string().min(1).max(64), isFeatured: z.boolean() });


export const ZVersionReviewSchema = z.object({
  version: z.object({
    id: z.string(),
    version: z.string(),
    state: z.enum(["DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "PUBLISHED", "DEPRECATED", "YANKED"]),
    submittedAt: z.date(),
    sha256: z.string(),
    sizeBytes: z.number().int(),
    coreRange: z.string(),
    changelog: z.string(),
    readme: z.string(),
    manifestToml: z.string(),
    rejectionReason: z.string().nullable(),
    yankReason: z.string().nullable(),
    permissions: z.array(z.object({ name: z.string(), description: z.string(), isOptional: z.boolean() })),
    dependencies: z.array(z.object({ slug: z.string(), range: z.string(), isOptional: z.boolean() })),
    migrations: z.array(ZStoredMigrationSchema),
    checkReport: ZCheckReportSchema,
  }),
  module: z.object({
    slug: z.string(),
    name: z.string(),
    summary: z.string(),
    iconUrl: z.string().nullable(),
    status: z.enum(["DRAFT", "PUBLISHED", "TAKEN_DOWN"]),
    price: z.object({ model: z.enum(["FREE", "ONE_TIME", "SUBSCRIPTION"]), cents: z.number().int(), currency: z.string(), interval: z.enum(["MONTH", "YEAR"]).nullable() }),
  }),
  publisher: z.object({ slug: z.string(), name: z.string(), isVerified: z.boolean() }),
  diff: z.object({
    previousVersion: z.string().nullable(),
    permissions: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
    dependencies: z.object({
      added: z.array(z.object({ slug: z.string(), range: z.string(), isOptional: z.boolean() })),
      removed: z.array(z.object({ slug: z.string(), range: z.string() })),
      changed: z.array(z.object({ slug: z.string(), from: z.string(), to: z.string() })),
    }),
    migrations: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
    coreRange: z.object({ from: z.string(), to: z.string() }).nullable(),
    price: z.object({ from: z.number().nullable(), to: z.number().nullable() }).nullable(),
  }),
  decisions: z.array(
    z.object({ id: z.string(), action: z.string(), reason: z.string().nullable(), createdAt: z.date(), moderatorName: z.string().nullable(), version: z.string().nullable() }),
  ),
});

export const ZModerateVersionRequestSchema = z.object({
  versionId: z.string().min(1),
  action: z.enum(["approve", "reject", "yank"]),
  reason: z.string().max(2000).optional(),
});

export const ZSetTakenDownRequestSchema = z.object({ slug: z.string().min(1).max(64), takenDown: z.boolean(), reason: z.string().max(2000).optional() });
