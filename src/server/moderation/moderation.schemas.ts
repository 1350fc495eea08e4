import { z } from "zod";
import { ZPaginationSchema, zPaged } from "~/server/shared/pagination";

import { ZCheckReportSchema, ZStoredMigrationSchema } from "~/server/publishing/stored-json";
import { ZRatingStatsSchema } from "~/server/reviews/reviews.schemas";

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

// ─── flagged reviews ───

export const MODERATION_REASON_MIN = 10;
export const MODERATION_REASON_MAX = 2000;

export const ZModerationReasonSchema = z
  .string({ error: "Give a reason." })
  .trim()
  .min(MODERATION_REASON_MIN, `Write at least ${MODERATION_REASON_MIN} characters.`)
  .max(MODERATION_REASON_MAX, `Keep the reason under ${MODERATION_REASON_MAX} characters.`);

export const ZModerateReviewRequestSchema = z.object({ reviewId: z.string().min(1).max(64), reason: ZModerationReasonSchema });
export type TModerateReviewRequest = z.infer<typeof ZModerateReviewRequestSchema>;

export const FLAGGED_REVIEW_FILTERS = ["open", "hidden"] as const;
export const ZFindFlaggedReviewsRequestSchema = ZPaginationSchema.extend({
  /** `open`: reviews with reports nobody has acted on yet; `hidden`: reviews moderators hid. */
  status: z.enum(FLAGGED_REVIEW_FILTERS).default("open"),
  perPage: z.coerce.number().int().min(1).max(100).default(20),
});
export type TFindFlaggedReviewsRequest = z.input<typeof ZFindFlaggedReviewsRequestSchema>;

export const ZFlaggedReviewSchema = z.object({
  id: z.string(),
  rating: z.number().int(),
  body: z.string(),
  createdAt: z.date(),
  reviewerName: z.string(),
  version: z.string().nullable(),
  module: z.object({ slug: z.string(), name: z.string() }),
  isHidden: z.boolean(),
  hiddenReason: z.string().nullable(),
  openFlagCount: z.number().int(),
  flags: z.array(z.object({ reason: z.string(), createdAt: z.date(), reporterName: z.string(), isResolved: z.boolean() })),
  lastDecision: z.object({ action: z.enum(["HIDE_REVIEW", "RESTORE_REVIEW"]), reason: z.string().nullable(), createdAt: z.date(), moderatorName: z.string() }).nullable(),
});
export type TFlaggedReview = z.infer<typeof ZFlaggedReviewSchema>;

export const ZFindFlaggedReviewsResponseSchema = zPaged(ZFlaggedReviewSchema).extend({
  openCount: z.number().int(),
  hiddenCount: z.number().int(),
});

export const ZModerateReviewResultSchema = z.object({
  id: z.string(),
  visibility: z.enum(["VISIBLE", "HIDDEN"]),
  resolvedFlags: z.number().int(),
  rating: ZRatingStatsSchema,
});
