import { z } from "zod";

export const ZInstallationStatusSchema = z.enum(["INSTALLING", "ACTIVE", "INACTIVE", "UPGRADING", "FAILED", "UNINSTALLING"]);

export const ZInstallationSchema = z.object({
  id: z.string(),
  status: ZInstallationStatusSchema,
  version: z.string(),
  latestVersion: z.string().nullable(),
  isUpdateAvailable: z.boolean(),
  grantedPermissions: z.array(z.string()),
  installedAt: z.date(),
  updatedAt: z.date(),
  module: z.object({
    slug: z.string(),
    name: z.string(),
    summary: z.string(),
    iconUrl: z.string().nullable(),
    publisherName: z.string(),
  }),
});
export type TInstallation = z.infer<typeof ZInstallationSchema>;

const ZPrice = z.object({
  model: z.enum(["FREE", "ONE_TIME", "SUBSCRIPTION"]),
  cents: z.number().int(),
  currency: z.string(),
  interval: z.enum(["MONTH", "YEAR"]).nullable(),
});

export const ZInstallPlanStepSchema = z.object({
  slug: z.string(),
  name: z.string(),
  iconUrl: z.string().nullable(),
  publisherName: z.string(),
  action: z.enum(["install", "upgrade"]),
  version: z.string(),
  fromVersion: z.string().nullable(),
  isRequested: z.boolean(),
  permissions: z.array(z.object({ name: z.string(), description: z.string(), isOptional: z.boolean(), isNew: z.boolean() })),
  migrations: z.array(z.string()),
  price: ZPrice,
  needsLicense: z.boolean(),
});

export const ZInstallPlanSchema = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    steps: z.array(ZInstallPlanStepSchema),
    alreadySatisfied: z.array(z.string()),
    licensesNeeded: z.array(z.string()),
    canConfirm: z.boolean(),
  }),
  z.object({ ok: z.literal(false), error: z.object({ kind: z.enum(["cycle", "conflict", "missing", "core"]), message: z.string() }).loose() }),
]);
