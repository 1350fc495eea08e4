import { z } from "zod";

export const ZSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9-]{1,47}$/, "Use 2-48 lowercase letters, digits and dashes, starting with a letter")
  .refine((s) => !s.includes("--") && !s.endsWith("-"), "No double dashes, and no dash at the end");

export const ZTagsSchema = z
  .array(z.string().trim().toLowerCase().regex(/^[a-z0-9-]{1,32}$/, "Tags use lowercase letters, digits and dashes"))
  .max(10, "At most 10 tags");

const ZPricingFields = z.object({
  pricingModel: z.enum(["FREE", "ONE_TIME", "SUBSCRIPTION"]),
  priceCents: z.number().int().min(0).max(10_000_00),
  billingInterval: z.enum(["MONTH", "YEAR"]).nullable(),
});

/** Paid modules have a price of at least $1; subscriptions have an interval; free ones neither. */
export function pricingProblems(p: z.infer<typeof ZPricingFields>): string | null {
  if (p.pricingModel === "FREE") return p.priceCents === 0 && p.billingInterval === null ? null : "A free module has no price or billing interval";
  if (p.priceCents < 100) return "A paid module costs at least $1.00";
  if (p.pricingModel === "SUBSCRIPTION" && !p.billingInterval) return "Choose monthly or yearly billing for a subscription";
  if (p.pricingModel === "ONE_TIME" && p.billingInterval) return "A one-time price has no billing interval";
  return null;
}

export const ZListingFieldsSchema = z.object({
  name: z.string().trim().min(2, "A name needs at least 2 characters").max(80),
  summary: z.string().trim().min(10, "A summary needs at least 10 characters").max(160),
  description: z.string().max(50_000),
  categorySlug: z.string().regex(/^[a-z0-9-]{1,64}$/),
  tags: ZTagsSchema,
  ...ZPricingFields.shape,
});

export const ZCreateModuleRequestSchema = ZListingFieldsSchema.extend({ slug: ZSlugSchema })
  .partial({ description: true, tags: true, priceCents: true, billingInterval: true, pricingModel: true })
  .superRefine((v, ctx) => {
    const problem = pricingProblems({ pricingModel: v.pricingModel ?? "FREE", priceCents: v.priceCents ?? 0, billingInterval: v.billingInterval ?? null });
    if (problem) ctx.addIssue({ code: "custom", path: ["priceCents"], message: problem });
  });
export type TCreateModuleRequest = z.input<typeof ZCreateModuleRequestSchema>;

export const ZCreatePublisherRequestSchema = z.object({
  slug: ZSlugSchema,
  name: z.string().trim().min(2).max(80),
  description: z.string().trim().max(2000).default(""),
  website: z.url().max(300).nullable().default(null),
});
export type TCreatePublisherRequest = z.input<typeof ZCreatePublisherRequestSchema>;

export const ZCreateApiTokenRequestSchema = z.object({
  name: z.string().trim().min(2).max(60),
  expiresInDays: z.number().int().min(1).max(365).default(90),
});
export type TCreateApiTokenRequest = z.input<typeof ZCreateApiTokenRequestSchema>;
