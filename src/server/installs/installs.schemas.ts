import { z } from "zod";

export const ZInstallationStatusSchema = z.enum(["INSTALLING", "ACTIVE", "INACTIVE", "UPGRADING", "FAILED", "UNINSTALLING"]);

export const ZInstallationSchema = z.object({
  id: z.string(),
  status: ZInstallationStatusSchema,
  version: z.string(),
  latestVersion: z.string().nullable(),
  isUpdateAvailable: z.boolean(),
  previousVersion: z.string().nullable(),
  dependents: z.array(z.string()),
  activeJob: z.object({ id: z.string(), kind: z.enum(["INSTALL", "UPGRADE", "UNINSTALL", "ACTIVATE", "DEACTIVATE", "ROLLBACK"]) }).nullable(),
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

export const ZJobKindSchema = z.enum(["INSTALL", "UPGRADE", "UNINSTALL", "ACTIVATE", "DEACTIVATE", "ROLLBACK"]);
export const ZJobStatusSchema = z.enum(["PENDING", "RUNNING", "COMPENSATING", "SUCCEEDED", "FAILED", "ROLLED_BACK"]);
export const ZJobStepStatusSchema = z.enum(["PENDING", "RUNNING", "SUCCEEDED", "FAILED", "COMPENSATING", "COMPENSATED", "SKIPPED"]);

export const ZJobStepSchema = z.object({
  position: z.number().int(),
  name: z.string(),
  label: z.string(),
  moduleSlug: z.string().nullable(),
  status: ZJobStepStatusSchema,
  error: z.string().nullable(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});

export const ZJobSummarySchema = z.object({
  id: z.string(),
  kind: ZJobKindSchema,
  status: ZJobStatusSchema,
  title: z.string(),
  modules: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      action: z.enum(["install", "upgrade", "uninstall", "activate", "deactivate", "rollback"]),
      version: z.string(),
      fromVersion: z.string().nullable(),
    }),
  ),
  requestedByName: z.string().nullable(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});
export type TJobSummary = z.infer<typeof ZJobSummarySchema>;

export const ZJobSchema = ZJobSummarySchema.extend({
  keepData: z.boolean(),
  steps: z.array(ZJobStepSchema),
  error: z.object({ step: z.string().nullable(), stepLabel: z.string().nullable(), message: z.string(), isRestored: z.boolean() }).nullable(),
  retryOfId: z.string().nullable(),
  retriedById: z.string().nullable(),
});
export type TJob = z.infer<typeof ZJobSchema>;
