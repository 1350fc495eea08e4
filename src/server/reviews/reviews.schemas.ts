import { z } from "zod";
import { ZPaginationSchema, zPaged } from "~/server/shared/pagination";

export const REVIEW_BODY_MIN = 10;
export const REVIEW_BODY_MAX = 2000;
export const REPLY_BODY_MIN = 2;
export const REPLY_BODY_MAX = 2000;
export const FLAG_REASON_MIN = 3;
export const FLAG_REASON_MAX = 500;

export const REVIEW_SORTS = ["newest", "highest", "lowest"] as const;
export type TReviewSort = (typeof REVIEW_SORTS)[number];

const ZSlugSchema = z.string().min(1).max(64);

export const ZRatingSchema = z
  .number({ error: "Choose a rating from 1 to 5 stars." })
  .int("Choose a rating from 1 to 5 stars.")
  .min(1, "Choose a rating from 1 to 5 stars.")
  .max(5, "Choose a rating from 1 to 5 stars.");

export const ZReviewBodySchema = z
  .string({ error: "Write a few words about the module." })
  .trim()
  .min(REVIEW_BODY_MIN, `Write at least ${REVIEW_BODY_MIN} characters.`)
  .max(REVIEW_BODY_MAX, `Keep it under ${REVIEW_BODY_MAX} characters.`);

const ZReviewContentSchema = z.object({ rating: ZRatingSchema, body: ZReviewBodySchema });

export const ZCreateReviewRequestSchema = ZReviewContentSchema.extend({ moduleSlug: ZSlugSchema });
export type TCreateReviewRequest = z.infer<typeof ZCreateReviewRequestSchema>;

export const ZUpdateReviewRequestSchema = z.object({ id: z.string().min(1).max(64), data: ZReviewContentSchema });
export type TUpdateReviewRequest = z.infer<typeof ZUpdateReviewRequestSchema>;

export const ZDeleteReviewRequestSchema = z.object({ id: z.string().min(1).max(64) });

export const ZReplyToReviewRequestSchema = z.object({
  reviewId: z.string().min(1).max(64),
  body: z
    .string()
    .trim()
    .min(REPLY_BODY_MIN, "Write a reply first.")
    .max(REPLY_BODY_MAX, `Keep the reply under ${REPLY_BODY_MAX} characters.`),
});
export type TReplyToReviewRequest = z.infer<typeof ZReplyToReviewRequestSchema>;

export const ZFlagReviewRequestSchema = z.object({
  reviewId: z.string().min(1).max(64),
  reason: z
    .string()
    .trim()
    .min(FLAG_REASON_MIN, "Say what is wrong with this review.")
    .max(FLAG_REASON_MAX, `Keep the reason under ${FLAG_REASON_MAX} characters.`),
});
export type TFlagReviewRequest = z.infer<typeof ZFlagReviewRequestSchema>;

export const ZFindReviewsRequestSchema = ZPaginationSchema.extend({
  moduleSlug: ZSlugSchema,
  perPage: z.coerce.number().int().min(1).max(50).default(10),
  sort: z.enum(REVIEW_SORTS).default("newest"),
  /** Only reviews of this version (its semver string). */
  version: z.string().min(1).max(64).optional(),
  /** Only reviews with this many stars. */
  rating: z.coerce.number().int().min(1).max(5).optional(),
});
export type TFindReviewsRequest = z.input<typeof ZFindReviewsRequestSchema>;

export const ZReviewItemSchema = z.object({
  id: z.string(),
  rating: z.number().int(),
  body: z.string(),
  createdAt: z.date(),
  /** The reviewer's display name; never their e-mail or workspace (that would tell who uses the module). */
  reviewerName: z.string(),
  /** The version the reviewer's workspace had installed when they wrote (or last edited) it. */
  version: z.string().nullable(),
  reply: z.object({ body: z.string(), repliedAt: z.date(), publisherName: z.string() }).nullable(),
  isMine: z.boolean(),
  isFlaggedByMe: z.boolean(),
});
export type TReviewItem = z.infer<typeof ZReviewItemSchema>;

export const CANNOT_REVIEW_REASONS = ["SIGNED_OUT", "NOT_INSTALLED", "OWN_MODULE", "NOT_PUBLISHED"] as const;
export type TCannotReviewReason = (typeof CANNOT_REVIEW_REASONS)[number];

export const ZReviewTenantSchema = z.object({
  slug: z.string(),
  name: z.string(),
  /** The installed (or last installed) version this workspace would review. */
  version: z.string().nullable(),
  isInstalled: z.boolean(),
});
export type TReviewTenant = z.infer<typeof ZReviewTenantSchema>;

export const ZMyReviewSchema = z.object({
  id: z.string(),
  rating: z.number().int(),
  body: z.string(),
  createdAt: z.date(),
  version: z.string().nullable(),
  tenant: z.object({ slug: z.string(), name: z.string() }),
  isHidden: z.boolean(),
  hiddenReason: z.string().nullable(),
  reply: z.object({ body: z.string(), repliedAt: z.date(), publisherName: z.string() }).nullable(),
});
export type TMyReview = z.infer<typeof ZMyReviewSchema>;

export const ZReviewViewerSchema = z.object({
  isSignedIn: z.boolean(),
  myReview: ZMyReviewSchema.nullable(),
  canReview: z.boolean(),
  cannotReviewReason: z.enum(CANNOT_REVIEW_REASONS).nullable(),
  cannotReviewMessage: z.string().nullable(),
  /** Workspaces the viewer may review for (the form lets them pick when there are several). */
  tenants: z.array(ZReviewTenantSchema),
  /** The viewer is a member of the module's publisher and may reply to reviews. */
  canReply: z.boolean(),
});
export type TReviewViewer = z.infer<typeof ZReviewViewerSchema>;

export const ZFindReviewsResponseSchema = zPaged(ZReviewItemSchema).extend({
  /** Versions that have visible reviews, newest first, for the version filter. */
  versions: z.array(z.object({ version: z.string(), count: z.number().int() })),
  viewer: ZReviewViewerSchema,
});
export type TFindReviewsResponse = z.infer<typeof ZFindReviewsResponseSchema>;

export const ZReviewWriteResultSchema = z.object({
  id: z.string(),
  rating: z.number().int(),
  body: z.string(),
  version: z.string().nullable(),
  tenant: z.object({ slug: z.string(), name: z.string() }),
});
export type TReviewWriteResult = z.infer<typeof ZReviewWriteResultSchema>;

export const ZRatingStatsSchema = z.object({
  count: z.number().int(),
  sum: z.number().int(),
  average: z.number(),
  histogram: z.array(z.number().int()).length(5),
});
export type TRatingStats = z.infer<typeof ZRatingStatsSchema>;
