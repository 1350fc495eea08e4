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
