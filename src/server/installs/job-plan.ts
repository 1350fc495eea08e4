/**
 * What a job does, written when it is requested and read by every step: the modules in order,
 * each with the version to go to and the installation as it was before (so compensation can put
 * it back exactly), plus the step list. Stored in `Job.plan`, parsed with Zod on read.
 */
import { z } from "zod";
import type { JobKind } from "~/generated/prisma/enums";

export const ZInstallationSnapshotSchema = z.object({
  id: z.string(),
  versionId: z.string(),
  previousVersionId: z.string().nullable(),
  status: z.enum(["INSTALLING", "ACTIVE", "INACTIVE", "UPGRADING", "FAILED", "UNINSTALLING"]),
  grantedPermissions: z.array(z.string()),
  registrations: z.unknown(),
  /** ISO time: compensation puts it back too, so the record is identical to before. */
  updatedAt: z.string(),
});
export type TInstallationSnapshot = z.infer<typeof ZInstallationSnapshotSchema>;

export const ZJobModuleSchema = z.object({
  slug: z.string(),
  moduleId: z.string(),
  name: z.string(),
  action: z.enum(["install", "upgrade", "uninstall", "activate", "deactivate", "rollback"]),
  versionId: z.string(),
  version: z.string(),
  fromVersion: z.string().nullable(),
  before: ZInstallationSnapshotSchema.nullable(),
});
export type TJobModule = z.infer<typeof ZJobModuleSchema>;

export const ZJobPlanSchema = z.object({
  /** What the admin asked for, so a retry can plan again. */
  request: z.object({ modules: z.array(z.object({ slug: z.string(), range: z.string().optional() })) }),
  modules: z.array(ZJobModuleSchema),
  keepData: z.boolean().default(true),
});
export type TJobPlan = z.infer<typeof ZJobPlanSchema>;

export const parseJobPlan = (value: unknown): TJobPlan => ZJobPlanSchema.parse(value);

/** Step verbs; a step's name is `<verb>` or `<verb>:<module slug>`. */
export const STEP_VERBS = [
  "validate",
  "resolve",
  "fetch",
  "migrate",
  "register",
  "hook",
  "activate",
  "deactivate",
  "unregister",
  "remove",
  "rollback",
] as const;
export type TStepVerb = (typeof STEP_VERBS)[number];

export const stepName = (verb: TStepVerb, slug?: string) => (slug ? `${verb}:${slug}` : verb);

export function parseStepName(name: string): { verb: TStepVerb; slug: string | null } {
  const [verb, slug] = name.split(":", 2);
  if (!STEP_VERBS.includes(verb as TStepVerb)) throw new Error(`unknown job step ${name}`);
  return { verb: verb as TStepVerb, slug: slug ?? null };
}

/** The steps of a job, in order (DESIGN.md "What an install does"). */
export function planSteps(kind: JobKind, modules: (TJobModule & { hasPostInstallHook?: boolean })[]): string[] {
  const perModule = (m: TJobModule & { hasPostInstallHook?: boolean }): string[] => {
    switch (m.action) {
      case "install":
        return ["fetch", "migrate", "register", ...(m.hasPostInstallHook ? ["hook"] : []), "activate"].map((v) => stepName(v as TStepVerb, m.slug));
      case "upgrade":
        return ["fetch", "migrate", "register", "activate"].map((v) => stepName(v as TStepVerb, m.slug));
      case "uninstall":
        return ["deactivate", "unregister", "remove"].map((v) => stepName(v as TStepVerb, m.slug));
      case "activate":
        return [stepName("activate", m.slug)];
      case "deactivate":
        return [stepName("deactivate", m.slug)];
      case "rollback":
        return [stepName("rollback", m.slug)];
    }
  };
  const head = kind === "INSTALL" || kind === "UPGRADE" ? ["validate", "resolve"] : ["validate"];
  return [...head, ...modules.flatMap(perModule)];
}

/** Human labels for the job page: "Fetch the Invoices 2.1.0 package". */
export function stepLabel(name: string, modules: TJobModule[], keepData = true): string {
  const { verb, slug } = parseStepName(name);
  const m = modules.find((x) => x.slug === slug);
  const what = m ? `${m.name} ${m.version}` : (slug ?? "");
  switch (verb) {
    case "validate":
      return "Check the request";
    case "resolve":
      return "Resolve dependencies";
    case "fetch":
      return `Fetch and verify the ${what} package`;
    case "migrate":
      return `Run ${m?.name ?? slug} database migrations`;
    case "register":
      return `Register ${m?.name ?? slug} hooks and extensions`;
    case "hook":
      return `Run ${m?.name ?? slug} post-install hook`;
    case "activate":
      return `Activate ${what}`;
    case "deactivate":
      return `Deactivate ${m?.name ?? slug}`;
    case "unregister":
      return `Unregister ${m?.name ?? slug} hooks and extensions`;
    case "remove":
      return keepData ? `Remove ${m?.name ?? slug}, archiving its data` : `Remove ${m?.name ?? slug} and delete its data`;
    case "rollback":
      return `Roll ${m?.name ?? slug} back to ${m?.version ?? "its previous version"}`;
  }
}
