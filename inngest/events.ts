import { eventType } from "inngest";
import { z } from "zod";

/**
 * Typed event payloads, named `capability/noun.verb`. Capabilities send them through
 * src/server/shared/events.ts after their transaction commits.
 */
export const moduleCatalogChanged = eventType("catalog/module.changed", {
  schema: z.object({
    moduleId: z.string(),
    change: z.enum(["published", "updated", "deprecated", "yanked", "taken_down", "restored"]),
  }),
});

/** A tenant's install/upgrade/uninstall/activate/deactivate/rollback job is ready to run. */
export const installsJobRequested = eventType("installs/job.requested", {
  schema: z.object({ jobId: z.string(), tenantId: z.string() }),
});

const ZModuleLifecycleData = z.object({
  tenantId: z.string(),
  jobId: z.string(),
  moduleSlug: z.string(),
  version: z.string(),
  fromVersion: z.string().nullable(),
});

/** Emitted when a job finishes (one per module), after the audit log row is written. */
export const moduleInstalled = eventType("module.installed", { schema: ZModuleLifecycleData });
export const moduleUpgraded = eventType("module.upgraded", { schema: ZModuleLifecycleData });
export const moduleUninstalled = eventType("module.uninstalled", { schema: ZModuleLifecycleData.extend({ keptData: z.boolean() }) });
export const moduleInstallationFailed = eventType("module.installation_failed", {
  schema: ZModuleLifecycleData.extend({ step: z.string().nullable(), message: z.string() }),
});
