import { z } from "zod";
import { ZPaginationSchema, zPaged } from "~/server/shared/pagination";

/** The automated submission report stored on a version (written by the publishing checks). */
export const ZCheckReportSchema = z.object({
  ok: z.boolean(),
  checks: z.array(
    z.object({
      name: z.string(),
      status: z.enum(["passed", "failed", "warning"]),
      problems: z.array(z.string()).default([]),
    }),
  ),
});
export type TCheckReport = z.infer<typeof ZCheckReportSchema>;

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
