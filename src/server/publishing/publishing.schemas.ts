import { z } from "zod";
import { pricingProblems, ZListingFieldsSchema } from "./listing.schemas";
import { ZCheckReportSchema } from "./stored-json";

export const ZMyPublisherSchema = z.object({
  slug: z.string(),
  name: z.string(),
  isVerified: z.boolean(),
  role: z.enum(["OWNER", "MEMBER"]),
});

export const ZVersionStateSchema = z.enum(["DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "PUBLISHED", "DEPRECATED", "YANKED"]);

export const ZPublisherModuleSchema = z.object({
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  iconUrl: z.string().nullable(),
  status: z.enum(["DRAFT", "PUBLISHED", "TAKEN_DOWN"]),
  activeInstalls: z.number().int(),
  ratingAverage: z.number(),
  ratingCount: z.number().int(),
  updatedAt: z.date(),
  versions: z.array(
    z.object({
      version: z.string(),
      state: ZVersionStateSchema,
      submittedAt: z.date().nullable(),
      publishedAt: z.date().nullable(),
      rejectionReason: z.string().nullable(),
      yankReason: z.string().nullable(),
    }),
  ),
});

export const ZPublisherDashboardSchema = z.object({
  publisher: z.object({ slug: z.string(), name: z.string(), isVerified: z.boolean() }),
  modules: z.array(ZPublisherModuleSchema),
  totals: z.object({ modules: z.number().int(), activeInstalls: z.number().int(), pendingReview: z.number().int() }),
});
export type TPublisherDashboard = z.infer<typeof ZPublisherDashboardSchema>;

export const ZUpdateModuleListingRequestSchema = z.object({
  slug: z.string().min(1).max(64),
  data: ZListingFieldsSchema.partial()
    .refine((d) => Object.keys(d).length > 0, "Nothing to update")
    .superRefine((d, ctx) => {
      const given = [d.pricingModel, d.priceCents, d.billingInterval].filter((v) => v !== undefined).length;
      if (given === 0) return;
      if (given < 3) {
        ctx.addIssue({ code: "custom", path: ["pricingModel"], message: "Change pricing model, price and interval together" });
        return;
      }
      const problem = pricingProblems({ pricingModel: d.pricingModel!, priceCents: d.priceCents!, billingInterval: d.billingInterval ?? null });
      if (problem) ctx.addIssue({ code: "custom", path: ["priceCents"], message: problem });
    }),
});
export type TUpdateModuleListingRequest = z.input<typeof ZUpdateModuleListingRequestSchema>;


export const ZAuthorModuleSchema = z.object({
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  description: z.string(),
  tags: z.array(z.string()),
  iconUrl: z.string().nullable(),
  screenshots: z.array(z.object({ url: z.string(), caption: z.string() })),
  status: z.enum(["DRAFT", "PUBLISHED", "TAKEN_DOWN"]),
  takenDownReason: z.string().nullable(),
  pricingModel: z.enum(["FREE", "ONE_TIME", "SUBSCRIPTION"]),
  priceCents: z.number().int(),
  billingInterval: z.enum(["MONTH", "YEAR"]).nullable(),
  activeInstalls: z.number().int(),
  ratingAverage: z.number(),
  ratingCount: z.number().int(),
  category: z.object({ slug: z.string(), name: z.string() }),
  versions: z.array(
    z.object({
      id: z.string(),
      version: z.string(),
      state: ZVersionStateSchema,
      sha256: z.string(),
      sizeBytes: z.number().int(),
      createdAt: z.date(),
      submittedAt: z.date().nullable(),
      publishedAt: z.date().nullable(),
      rejectionReason: z.string().nullable(),
      yankReason: z.string().nullable(),
      permissions: z.array(z.string()),
      optionalPermissions: z.array(z.string()),
      checkReport: ZCheckReportSchema.nullable(),
      moderation: z.array(z.object({ action: z.string(), reason: z.string().nullable(), createdAt: z.date() })),
    }),
  ),
});

export const ZVersionTransitionResultSchema = z.object({ id: z.string(), version: z.string(), state: ZVersionStateSchema, moduleSlug: z.string() });

export const ZAuthorTransitionRequestSchema = z.object({
  moduleSlug: z.string().min(1).max(64),
  version: z.string().min(1).max(64),
  action: z.enum(["submit", "withdraw", "deprecate", "yank"]),
  reason: z.string().max(2000).optional(),
});

export const ZApiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  expiresAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdAt: z.date(),
  createdByName: z.string(),
  status: z.enum(["active", "expired", "revoked"]),
});
