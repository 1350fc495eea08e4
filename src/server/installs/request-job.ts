/**
 * Requesting a job: the plan is computed and checked now (so the admin gets a clear error at once),
 * written with its steps as a PENDING job, and the job is handed to the durable runner with an
 * event. A repeated request with the same idempotency key (double click, retry, two tabs sharing a
 * plan sheet) yields the same job; so does a request equal to a job still waiting or running.
 */
import crypto from "node:crypto";
import { z } from "zod";
import { installsJobRequested } from "~inngest/events";
import { Prisma } from "~/generated/prisma/client";
import type { JobKind } from "~/generated/prisma/enums";
import { type Db, inTransaction, prisma } from "~/server/db";
import { ZResolveRequestSchema, type TResolveRequest } from "~/server/resolver/resolver.schemas";
import { AppError } from "~/server/shared/app-error";
import { sendEvents } from "~/server/shared/events";
import { hasTenantRole, type TenantContext } from "~/server/tenancy/tenant-scope";
import { parseJobPlan, planSteps, type TJobModule, type TJobPlan } from "./job-plan";
import { checkModuleJob } from "./lifecycle-checks";
import { planInstall } from "./plan-install";

export const ZIdempotencyKeySchema = z.string().trim().min(8, "idempotency key too short").max(100);

export const ZRequestInstallSchema = z.object({
  modules: ZResolveRequestSchema.max(20),
  /** The plan the admin saw and confirmed; the job is refused if the plan is different now. */
  expected: z.array(z.object({ slug: z.string(), version: z.string() })).max(100).optional(),
  idempotencyKey: ZIdempotencyKeySchema,
});
export type TRequestInstall = z.infer<typeof ZRequestInstallSchema>;

export const ZRequestModuleJobSchema = z.object({
  kind: z.enum(["UNINSTALL", "ACTIVATE", "DEACTIVATE", "ROLLBACK"]),
  moduleSlug: z.string().min(1).max(80),
  /** Uninstall only: keep the module's tables in an archive schema (true) or drop them (false). */
  keepData: z.boolean().default(true),
  idempotencyKey: ZIdempotencyKeySchema,
});
export type TRequestModuleJob = z.input<typeof ZRequestModuleJobSchema>;

const UNFINISHED = ["PENDING", "RUNNING", "COMPENSATING"] as const;

function requireAdmin(tenant: TenantContext) {
  if (!hasTenantRole(tenant.role, "ADMIN")) {
    throw new AppError("FORBIDDEN", { userMessage: "Only workspace admins and owners can install and manage modules." });
  }
}

/**
 * The job's modules for an install/upgrade request, resolved against the catalog and the tenant
 * now. Used when the job is requested and again by its resolve step.
 */
export async function resolveInstallModules(db: Db, tenant: TenantContext, modules: TResolveRequest): Promise<{ kind: JobKind; modules: (TJobModule & { hasPostInstallHook: boolean })[] }> {
  const plan = await planInstall(tenant, { modules }, db);
  if (!plan.ok) throw new AppError("PRECONDITION_FAILED", { userMessage: plan.error.message, details: plan.error });
  if (plan.steps.length === 0) {
    throw new AppError("CONFLICT", { userMessage: `Nothing to do: ${plan.alreadySatisfied.join(", ")} ${plan.alreadySatisfied.length === 1 ? "is" : "are"} already installed at a version that satisfies the request.` });
  }
  if (plan.licensesNeeded.length > 0) {
    throw new AppError("PRECONDITION_FAILED", { userMessage: `Buy a license first for: ${plan.steps.filter((s) => s.needsLicense).map((s) => s.name).join(", ")}.` });
  }
  const versions = await db.moduleVersion.findMany({
    where: { OR: plan.steps.map((s) => ({ version: s.version, module: { slug: s.slug } })) },
    select: { id: true, version: true, manifest: true, module: { select: { id: true, slug: true } } },
  });
  const installations = await db.installation.findMany({
    where: { tenantId: tenant.id, module: { slug: { in: plan.steps.map((s) => s.slug) } } },
    select: { id: true, versionId: true, previousVersionId: true, status: true, grantedPermissions: true, registrations: true, updatedAt: true, module: { select: { slug: true } } },
  });
  const jobModules = plan.steps.map((s) => {
    const v = versions.find((x) => x.module.slug === s.slug && x.version === s.version);
    if (!v) throw new Error(`plan names ${s.slug}@${s.version}, which is not in the database`);
    const before = installations.find((i) => i.module.slug === s.slug);
    const manifest = v.manifest as { module?: { hooks?: { post_install?: string } } } | null;
    return {
      slug: s.slug,
      moduleId: v.module.id,
      name: s.name,
      action: s.action,
      versionId: v.id,
      version: s.version,
      fromVersion: s.fromVersion,
      before: before
        ? {
            id: before.id,
            versionId: before.versionId,
            previousVersionId: before.previousVersionId,
            status: before.status,
            grantedPermissions: before.grantedPermissions,
            registrations: before.registrations,
            updatedAt: before.updatedAt.toISOString(),
          }
        : null,
      hasPostInstallHook: Boolean(manifest?.module?.hooks?.post_install),
    };
  });
  const requested = new Set(modules.map((m) => m.slug));
  const kind: JobKind = jobModules.some((m) => m.action === "install" && requested.has(m.slug)) ? "INSTALL" : "UPGRADE";
  return { kind, modules: jobModules };
}

export async function requestInstall(tenant: TenantContext, input: TRequestInstall, db: Db = prisma): Promise<{ jobId: string }> {
  requireAdmin(tenant);
  const { modules, expected, idempotencyKey } = ZRequestInstallSchema.parse(input);
  const existing = await findJobByKey(db, tenant, idempotencyKey);
  if (existing) return existing;

  const resolved = await resolveInstallModules(db, tenant, modules);
  if (expected) {
    const now = resolved.modules.map((m) => `${m.slug}@${m.version}`).sort().join(", ");
    const seen = expected.map((m) => `${m.slug}@${m.version}`).sort().join(", ");
    if (now !== seen) {
      throw new AppError("CONFLICT", { userMessage: `The plan changed since you opened it (now: ${now}). Review it again before confirming.` });
    }
  }
  const plan: TJobPlan = { request: { modules }, modules: resolved.modules.map(({ hasPostInstallHook: _, ...m }) => m), keepData: true };
  return createJob(db, tenant, { kind: resolved.kind, plan, steps: planSteps(resolved.kind, resolved.modules), idempotencyKey });
}

export async function requestModuleJob(tenant: TenantContext, input: TRequestModuleJob, db: Db = prisma): Promise<{ jobId: string }> {
  requireAdmin(tenant);
  const { kind, moduleSlug, keepData, idempotencyKey } = ZRequestModuleJobSchema.parse(input);
  const existing = await findJobByKey(db, tenant, idempotencyKey);
  if (existing) return existing;
  const jobModule = await checkModuleJob(db, tenant, kind, moduleSlug);
  const plan: TJobPlan = { request: { modules: [{ slug: moduleSlug }] }, modules: [jobModule], keepData };
  return createJob(db, tenant, { kind, plan, steps: planSteps(kind, [jobModule]), idempotencyKey });
}

/** Runs a failed job's request again as a new job (planned afresh: the tenant may have changed). */
export async function retryJob(tenant: TenantContext, input: { jobId: string }, db: Db = prisma): Promise<{ jobId: string }> {
  requireAdmin(tenant);
  const job = await db.job.findFirst({ where: { id: input.jobId, tenantId: tenant.id }, select: { id: true, kind: true, status: true, plan: true } });
  if (!job) throw new AppError("NOT_FOUND", { userMessage: "We couldn't find that job in this workspace." });
  if (job.status !== "ROLLED_BACK" && job.status !== "FAILED") {
    throw new AppError("CONFLICT", { userMessage: "Only a job that failed can be retried." });
  }
  const idempotencyKey = `retry-of-${job.id}`;
  const existing = await findJobByKey(db, tenant, idempotencyKey);
  if (existing) return existing;
  const old = parseJobPlan(job.plan);
  if (job.kind === "INSTALL" || job.kind === "UPGRADE") {
    const resolved = await resolveInstallModules(db, tenant, old.request.modules);
    const plan: TJobPlan = { request: old.request, modules: resolved.modules.map(({ hasPostInstallHook: _, ...m }) => m), keepData: old.keepData };
    return createJob(db, tenant, { kind: resolved.kind, plan, steps: planSteps(resolved.kind, resolved.modules), idempotencyKey, retryOfId: job.id });
  }
  const slug = old.modules[0]?.slug ?? "";
  const jobModule = await checkModuleJob(db, tenant, job.kind, slug);
  const plan: TJobPlan = { request: old.request, modules: [jobModule], keepData: old.keepData };
  return createJob(db, tenant, { kind: job.kind, plan, steps: planSteps(job.kind, [jobModule]), idempotencyKey, retryOfId: job.id });
}

/** Keys are per tenant: the same client key in two workspaces names two jobs. */
const scopedKey = (tenant: TenantContext, key: string) => `${tenant.id}:${key}`;

async function findJobByKey(db: Db, tenant: TenantContext, key: string) {
  const job = await db.job.findUnique({ where: { idempotencyKey: scopedKey(tenant, key) }, select: { id: true, tenantId: true } });
  if (!job) return null;
  // Re-send: if the first request died between commit and send, this one hands the job over.
  await sendJobRequested(job.id, job.tenantId);
  return { jobId: job.id };
}

async function createJob(
  db: Db,
  tenant: TenantContext,
  job: { kind: JobKind; plan: TJobPlan; steps: string[]; idempotencyKey: string; retryOfId?: string },
): Promise<{ jobId: string }> {
  const signature = jobSignature(job.kind, job.plan);
  let jobId: string;
  try {
    jobId = await inTransaction(db, async (tx) => {
      // One request at a time per tenant decides whether an equal job is already under way.
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, `adx-job-request:${tenant.id}`);
      const unfinished = await tx.job.findMany({ where: { tenantId: tenant.id, status: { in: [...UNFINISHED] } }, select: { id: true, kind: true, plan: true } });
      const same = unfinished.find((j) => jobSignature(j.kind, parseJobPlan(j.plan)) === signature);
      if (same) return same.id;
      const created = await tx.job.create({
        data: {
          tenantId: tenant.id,
          kind: job.kind,
          plan: job.plan as Prisma.InputJsonValue,
          idempotencyKey: scopedKey(tenant, job.idempotencyKey),
          retryOfId: job.retryOfId ?? null,
          requestedById: tenant.userId,
          steps: { create: job.steps.map((name, position) => ({ name, position, moduleSlug: name.split(":")[1] ?? null })) },
        },
        select: { id: true },
      });
      return created.id;
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const existing = await findJobByKey(db, tenant, job.idempotencyKey);
      if (existing) return existing;
    }
    throw e;
  }
  await sendJobRequested(jobId, tenant.id);
  return { jobId };
}

/** What makes two requests the same job: kind, modules with versions, and the data choice. */
function jobSignature(kind: JobKind, plan: TJobPlan): string {
  const body = JSON.stringify([kind, plan.modules.map((m) => [m.slug, m.action, m.version]), plan.keepData]);
  return crypto.createHash("sha256").update(body).digest("hex").slice(0, 32);
}

export async function sendJobRequested(jobId: string, tenantId: string) {
  // The event id makes the send idempotent: Inngest and the local executor start one run per id.
  await sendEvents([{ id: `job-${jobId}`, name: installsJobRequested.name, data: { jobId, tenantId } }]);
}
