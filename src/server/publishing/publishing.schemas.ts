import { z } from "zod";

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
  data: z
    .object({
      name: z.string().trim().min(2).max(80),
      summary: z.string().trim().min(10, "A summary needs at least 10 characters").max(160),
      description: z.string().max(50_000),
      tags: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9-]{1,32}$/, "Tags use lowercase letters, digits and dashes")).max(10),
    })
    .partial()
    .refine((d) => Object.keys(d).length > 0, "Nothing to update"),
});
export type TUpdateModuleListingRequest = z.infer<typeof ZUpdateModuleListingRequestSchema>;
