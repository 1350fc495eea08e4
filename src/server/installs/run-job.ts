/**
 * The bodies of a job's durable steps (inngest/functions/installs/run-installs-job.ts calls them).
 * Every body is idempotent: run twice — a retry, or a resume after the process died in the middle
 * — it does its work once. Each records its state on its JobStep row as it goes, so the job page
 * shows live progress. `compensateJobStep` undoes a step (also idempotently), and the function
 * calls it for the failed step and then every completed step in reverse order, which leaves the
 * tenant exactly as before: installation rows, tenant schema tables, columns and rows.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { JobKind } from "~/generated/prisma/enums";
import { recordAudit } from "~/server/audit/record-audit";
import { type Db, type PrismaDb, prisma } from "~/server/db";
import { readStoredPackage } from "~/server/publishing/package-store";
import { readPackage } from "~/server/publishing/package/read-package";
import { parseStoredMigrations } from "~/server/publishing/stored-json";
import { AppError, isAppError } from "~/server/shared/app-error";
import { sendEvents } from "~/server/shared/events";
import type { TenantContext } from "~/server/tenancy/tenant-scope";
import { faultPoint } from "./fault-points";
import { registrationsOf } from "./registrations";
import { parseJobPlan, parseStepName, stepName, type TJobModule, type TJobPlan } from "./job-plan";
import { checkModuleJob, requireUsableLicense } from "./lifecycle-checks";
import { resolveInstallModules } from "./request-job";
import { runPostInstallHook } from "./run-post-install-hook";
import {
  applyMigration,
  archiveModuleTables,
  dropModuleTables,
  dropTenantSchemaIfEmpty,
  revertMigration,
  runModuleQuery,
  schemaExists,
  type TTenantSchema,
} from "./tenant-db";

/** A transaction long enough for migrations (or the caller's own transaction). */
function inLongTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  const client = db as Partial<Pick<PrismaDb, "$transaction">>;
  return client.$transaction ? client.$transaction((tx) => fn(tx), { timeout: 120_000, maxWait: 30_000 }) : fn(db);
}
const TERMINAL = ["SUCCEEDED", "FAILED", "ROLLED_BACK"] as const;

type LoadedJob = {
  id: string;
  kind: JobKind;
  status: string;
  plan: TJobPlan;
  requestedById: string | null;
  tenant: TTenantSchema & { slug: string; name: string; coreVersion: string };
};

async function loadJob(db: Db, jobId: string): Promise<LoadedJob> {
  const job = await db.job.findUnique({
    where: { id: jobId },
    select: { id: true, kind: true, status: true, plan: true, requestedById: true, tenant: { select: { id: true, slug: true, name: true, schemaName: true, coreVersion: true } } },
  });
  if (!job) throw new AppError("NOT_FOUND", { message: `job ${jobId} not found` });
  return { ...job, plan: parseJobPlan(job.plan) };
}

const actorOf = (job: LoadedJob) => (job.requestedById ? { userId: job.requestedById, platformRole: "USER" as const } : null);

/** A tenant context for re-planning at run time, acting for the admin who asked. */
const tenantContextOf = (job: LoadedJob): TenantContext => ({ ...job.tenant, role: "ADMIN", userId: job.requestedById ?? "" });

const moduleOf = (job: LoadedJob, slug: string | null): TJobModule => {
  const m = job.plan.modules.find((x) => x.slug === slug);
  if (!m) throw new Error(`job ${job.id} has no module ${slug}`);
  return m;
};

/** Marks the job running (once) and returns its steps; refuses while another job of the tenant runs. */
export async function startJob(jobId: string, db: Db = prisma): Promise<{ isFinished: boolean; status: string; steps: string[] }> {
  return inLongTransaction(db, async (tx) => {
    const job = await tx.job.findUnique({ where: { id: jobId }, select: { id: true, tenantId: true, status: true, steps: { select: { name: true }, orderBy: { position: "asc" } } } });
    if (!job) throw new AppError("NOT_FOUND", { message: `job ${jobId} not found` });
    const steps = job.steps.map((s) => s.name);
    if ((TERMINAL as readonly string[]).includes(job.status)) return { isFinished: true, status: job.status, steps };
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, `adx-job-run:${job.tenantId}`);
    const other = await tx.job.findFirst({ where: { tenantId: job.tenantId, id: { not: jobId }, status: { in: ["RUNNING", "COMPENSATING"] } }, select: { id: true } });
    // Retried with backoff by the runner: the other job finishes first.
    if (other) throw new Error(`job ${other.id} of the same workspace is still running`);
    if (job.status === "PENDING") await tx.job.update({ where: { id: jobId }, data: { status: "RUNNING", startedAt: new Date() } });
    return { isFinished: false, status: "RUNNING", steps };
  });
}

const readable = (e: unknown) => (isAppError(e) ? (e.userMessage ?? e.message) : e instanceof Error ? e.message : String(e));

async function recordStep(db: Db, jobId: string, name: string, data: Prisma.JobStepUpdateManyMutationInput) {
  await db.jobStep.updateMany({ where: { jobId, name }, data });
}

/** Runs one step of a job (idempotent). Throws an AppError for failures that retrying won't fix. */
export async function runJobStep(jobId: string, name: string, db: Db = prisma): Promise<unknown> {
  const row = await db.jobStep.findFirst({ where: { jobId, name }, select: { status: true, output: true } });
  if (!row) throw new AppError("NOT_FOUND", { message: `job ${jobId} has no step ${name}` });
  if (row.status === "SUCCEEDED") return row.output ?? null;
  await recordStep(db, jobId, name, { status: "RUNNING", startedAt: new Date(), error: null });
  try {
    await faultPoint(`before:${name}`);
    const job = await loadJob(db, jobId);
    const { verb, slug } = parseStepName(name);
    const output = (await STEP_BODIES[verb](db, job, slug)) ?? {};
    await faultPoint(`after:${name}`);
    await recordStep(db, jobId, name, { status: "SUCCEEDED", output: output as Prisma.InputJsonValue, finishedAt: new Date() });
    return output;
  } catch (e) {
    await recordStep(db, jobId, name, { status: "FAILED", error: readable(e), finishedAt: new Date() });
    throw e;
  }
}

type StepBody = (db: Db, job: LoadedJob, slug: string | null) => Promise<Record<string, unknown> | void>;

const STEP_BODIES: Record<ReturnType<typeof parseStepName>["verb"], StepBody> = {
  validate: validateStep,
  resolve: resolveStep,
  fetch: fetchStep,
  migrate: migrateStep,
  register: registerStep,
  hook: hookStep,
  activate: (db, job, slug) => setStatus(db, job, moduleOf(job, slug), "ACTIVE"),
  deactivate: (db, job, slug) => setStatus(db, job, moduleOf(job, slug), job.kind === "UNINSTALL" ? "UNINSTALLING" : "INACTIVE"),
  unregister: async (db, job, slug) => {
    const m = moduleOf(job, slug);
    await db.installation.updateMany({ where: { id: m.before?.id ?? "", tenantId: job.tenant.id }, data: { registrations: {} } });
  },
  remove: removeStep,
  rollback: rollbackStep,
};

async function validateStep(db: Db, job: LoadedJob): Promise<Record<string, unknown>> {
  if (job.kind !== "INSTALL" && job.kind !== "UPGRADE") {
    const m = job.plan.modules[0];
    if (!m) throw new Error(`job ${job.id} has no module`);
    await checkModuleJob(db, job.tenant, job.kind, m.slug);
    return { checked: [m.slug] };
  }
  const schemaExisted = await schemaExists(db, job.tenant.schemaName);
  const [versions, installations] = await Promise.all([
    db.moduleVersion.findMany({
      where: { id: { in: job.plan.modules.map((m) => m.versionId) } },
      select: { id: true, state: true, module: { select: { status: true, pricingModel: true } } },
    }),
    db.installation.findMany({
      where: { tenantId: job.tenant.id, moduleId: { in: job.plan.modules.map((m) => m.moduleId) } },
      select: { moduleId: true, versionId: true },
    }),
  ]);
  for (const m of job.plan.modules) {
    const v = versions.find((x) => x.id === m.versionId);
    if (!v || (v.state !== "PUBLISHED" && v.state !== "DEPRECATED") || v.module.status !== "PUBLISHED") {
      throw new AppError("PRECONDITION_FAILED", { userMessage: `${m.name} ${m.version} is no longer available (it was withdrawn, yanked or taken down).` });
    }
    if (v.module.pricingModel !== "FREE") await requireUsableLicense(db, job.tenant.id, m.moduleId, m.name);
    const current = installations.find((i) => i.moduleId === m.moduleId);
    if (m.action === "install" && current) throw new AppError("CONFLICT", { userMessage: `${m.name} is already installed in this workspace.` });
    if (m.action === "upgrade" && (!current || current.versionId !== m.before?.versionId)) {
      throw new AppError("CONFLICT", { userMessage: `${m.name} changed since this upgrade was planned; plan it again.` });
    }
  }
  // Compensation drops the tenant's schema again only if this job created it.
  return { checked: job.plan.modules.map((m) => m.slug), schemaExisted };
}

async function resolveStep(db: Db, job: LoadedJob): Promise<Record<string, unknown>> {
  const now = await resolveInstallModules(db, tenantContextOf(job), job.plan.request.modules);
  const key = (ms: { slug: string; version: string; action: string }[]) => ms.map((m) => `${m.action} ${m.slug}@${m.version}`).join(", ");
  if (key(now.modules) !== key(job.plan.modules)) {
    throw new AppError("CONFLICT", { userMessage: `The catalog changed since this plan was confirmed (it would now ${key(now.modules)}). Review the plan again.` });
  }
  return { plan: job.plan.modules.map((m) => ({ slug: m.slug, version: m.version, action: m.action })) };
}

async function loadVersion(db: Db, versionId: string) {
  const v = await db.moduleVersion.findUnique({
    where: { id: versionId },
    select: { id: true, version: true, sha256: true, manifest: true, migrations: true, permissions: true, optionalPermissions: true },
  });
  if (!v) throw new AppError("NOT_FOUND", { message: `version ${versionId} not found` });
  return v;
}

type StoredManifest = {
  module?: {
    name?: string;
    version?: string;
    database?: { schema_prefix?: string };
    hooks?: { post_install?: string; actions?: unknown[]; filters?: unknown[] };
    extensions?: { navigation?: string[]; pages?: string[]; widgets?: string[] };
    resources?: { max_memory?: string; timeout_ms?: number };
  };
};
const manifestOf = (v: { manifest: unknown }) => (v.manifest ?? {}) as StoredManifest;
const prefixOf = (v: { manifest: unknown }) => manifestOf(v).module?.database?.schema_prefix ?? null;

/** Reads the package from the store, verifies its checksum and that it is the version expected. */
export async function fetchVerifiedPackage(v: { sha256: string; version: string; manifest: unknown }) {
  const data = await readStoredPackage(v.sha256).catch((e: unknown) => {
    throw new AppError("PRECONDITION_FAILED", { message: `package ${v.sha256}: ${readable(e)}`, userMessage: `The package could not be read or its checksum does not match (${readable(e)}).`, cause: e });
  });
  const read = await readPackage(data);
  if (!read.ok) throw new AppError("PRECONDITION_FAILED", { userMessage: `The stored package is damaged: ${read.problems[0]?.message ?? "unreadable"}.` });
  if (read.sha256 !== v.sha256) throw new AppError("PRECONDITION_FAILED", { userMessage: "The stored package does not match its checksum." });
  return read;
}

async function fetchStep(db: Db, job: LoadedJob, slug: string | null) {
  const m = moduleOf(job, slug);
  const v = await loadVersion(db, m.versionId);
  const pkg = await fetchVerifiedPackage(v);
  return { sha256: pkg.sha256, sizeBytes: pkg.sizeBytes, files: pkg.files.size };
}

async function migrateStep(db: Db, job: LoadedJob, slug: string | null) {
  const m = moduleOf(job, slug);
  const v = await loadVersion(db, m.versionId);
  const prefix = prefixOf(v);
  const migrations = parseStoredMigrations(v.migrations);
  if (!prefix || migrations.length === 0) return { applied: [] };
  const applied: string[] = [];
  for (const migration of migrations) {
    const isNew = await inLongTransaction(db, (tx) =>
      applyMigration(tx, job.tenant, { moduleSlug: m.slug, prefix, versionId: v.id, jobId: job.id, migration }),
    );
    if (isNew) applied.push(migration.name);
    await faultPoint(`migration:${m.slug}:${migration.name}`);
  }
  return { applied };
}

async function registerStep(db: Db, job: LoadedJob, slug: string | null) {
  const m = moduleOf(job, slug);
  const v = await loadVersion(db, m.versionId);
  const data = {
    versionId: v.id,
    grantedPermissions: [...v.permissions, ...v.optionalPermissions],
    registrations: registrationsOf(v),
  };
  if (m.action === "install") {
    const existing = await db.installation.findFirst({ where: { tenantId: job.tenant.id, moduleId: m.moduleId }, select: { id: true } });
    const row = existing
      ? await db.installation.update({ where: { id: existing.id }, data, select: { id: true } })
      : await db.installation.create({
          data: { ...data, tenantId: job.tenant.id, moduleId: m.moduleId, status: "INSTALLING", installedById: job.requestedById },
          select: { id: true },
        });
    return { installationId: row.id };
  }
  if (!m.before) throw new Error(`upgrade of ${m.slug} without an installation`);
  await db.installation.updateMany({
    where: { id: m.before.id, tenantId: job.tenant.id },
    data: { ...data, previousVersionId: m.before.versionId, status: "UPGRADING" },
  });
  return { installationId: m.before.id, from: m.fromVersion, to: m.version };
}

async function hookStep(db: Db, job: LoadedJob, slug: string | null) {
  const m = moduleOf(job, slug);
  const v = await loadVersion(db, m.versionId);
  const hookPath = manifestOf(v).module?.hooks?.post_install;
  if (!hookPath) return { ran: false };
  const installation = await db.installation.findFirst({ where: { tenantId: job.tenant.id, moduleId: m.moduleId }, select: { config: true } });
  const pkg = await fetchVerifiedPackage(v);
  const prefix = prefixOf(v);
  // The hook's queries and the step's success commit together: a resumed job never runs it twice.
  return inLongTransaction(db, async (tx) => {
    const result = await runPostInstallHook({
      moduleName: m.name,
      hookPath,
      files: pkg.files,
      config: (installation?.config ?? {}) as Record<string, unknown>,
      resources: manifestOf(v).module?.resources,
      tenant: { slug: job.tenant.slug, name: job.tenant.name },
      query: (sql, params) => {
        if (!prefix) throw new AppError("FORBIDDEN", { userMessage: `${m.name} has no tables ([module.database] is missing)` });
        return runModuleQuery(tx, job.tenant, prefix, sql, params);
      },
    });
    const output = { ran: true, result: (result ?? null) as Prisma.InputJsonValue };
    await tx.jobStep.updateMany({ where: { jobId: job.id, name: stepName("hook", m.slug) }, data: { status: "SUCCEEDED", output, finishedAt: new Date() } });
    return output;
  });
}

async function setStatus(db: Db, job: LoadedJob, m: TJobModule, status: "ACTIVE" | "INACTIVE" | "UNINSTALLING") {
  const updated = await db.installation.updateMany({ where: { tenantId: job.tenant.id, moduleId: m.moduleId }, data: { status } });
  if (updated.count === 0) throw new AppError("NOT_FOUND", { userMessage: `${m.name} is not installed in this workspace.` });
  return { status };
}

/** Downs for applied migrations, newest first, each from the version whose package brought it. */
async function revertPlan(db: Db, tenantId: string, slug: string, where: Prisma.TenantModuleMigrationWhereInput) {
  const rows = await db.tenantModuleMigration.findMany({
    where: { ...where, tenantId, moduleSlug: slug },
    orderBy: [{ appliedAt: "desc" }, { name: "desc" }],
    select: { name: true, versionId: true },
  });
  const versions = new Map<string, Awaited<ReturnType<typeof loadVersion>>>();
  const out: { name: string; down: string | null; up: string; prefix: string }[] = [];
  for (const r of rows) {
    if (!versions.has(r.versionId)) versions.set(r.versionId, await loadVersion(db, r.versionId));
    const v = versions.get(r.versionId);
    const mig = v ? parseStoredMigrations(v.migrations).find((x) => x.name === r.name) : undefined;
    const prefix = v ? prefixOf(v) : null;
    if (!mig || !prefix) throw new AppError("PRECONDITION_FAILED", { userMessage: `The down migration for ${slug} ${r.name} is missing.` });
    out.push({ ...mig, prefix });
  }
  return out;
}

async function removeStep(db: Db, job: LoadedJob, slug: string | null) {
  const m = moduleOf(job, slug);
  const v = await loadVersion(db, m.before?.versionId ?? m.versionId);
  const prefix = prefixOf(v);
  const downs = job.plan.keepData ? [] : await revertPlan(db, job.tenant.id, m.slug, {});
  // One transaction: the data and the installation go together, or neither does.
  return inLongTransaction(db, async (tx) => {
    let archived: { schema: string; tables: string[] } | null = null;
    let dropped: string[] = [];
    if (prefix && job.plan.keepData) {
      archived = await archiveModuleTables(tx, job.tenant, prefix, new Date());
    } else if (prefix) {
      for (const d of downs) {
        await revertMigration(tx, job.tenant, { moduleSlug: m.slug, prefix: d.prefix, migration: d });
        await faultPoint(`migration:${m.slug}:${d.name}`);
      }
      dropped = await dropModuleTables(tx, job.tenant, prefix);
    }
    await tx.tenantModuleMigration.deleteMany({ where: { tenantId: job.tenant.id, moduleSlug: m.slug } });
    await tx.installation.deleteMany({ where: { tenantId: job.tenant.id, moduleId: m.moduleId } });
    return { keptData: job.plan.keepData, archived, leftoverTablesDropped: dropped };
  });
}

async function rollbackStep(db: Db, job: LoadedJob, slug: string | null) {
  const m = moduleOf(job, slug);
  if (!m.before) throw new Error(`rollback of ${m.slug} without an installation`);
  const previous = await loadVersion(db, m.versionId);
  const keep = new Set(parseStoredMigrations(previous.migrations).map((x) => x.name));
  const downs = (await revertPlan(db, job.tenant.id, m.slug, {})).filter((d) => !keep.has(d.name));
  return inLongTransaction(db, async (tx) => {
    for (const d of downs) {
      await revertMigration(tx, job.tenant, { moduleSlug: m.slug, prefix: d.prefix, migration: d });
      await faultPoint(`migration:${m.slug}:${d.name}`);
    }
    await tx.installation.updateMany({
      where: { id: m.before?.id ?? "", tenantId: job.tenant.id },
      data: {
        versionId: previous.id,
        previousVersionId: null,
        grantedPermissions: [...previous.permissions, ...previous.optionalPermissions],
        registrations: registrationsOf(previous),
      },
    });
    return { to: m.version, from: m.fromVersion, reverted: downs.map((d) => d.name) };
  });
}

// ───────────────────────────── compensation ─────────────────────────────

export async function beginCompensation(jobId: string, db: Db = prisma) {
  await db.job.updateMany({ where: { id: jobId, status: { in: ["PENDING", "RUNNING"] } }, data: { status: "COMPENSATING" } });
}

/** Undoes one step (idempotent); steps that never started are skipped. */
export async function compensateJobStep(jobId: string, name: string, db: Db = prisma): Promise<{ status: string }> {
  const row = await db.jobStep.findFirst({ where: { jobId, name }, select: { status: true } });
  if (!row) throw new Error(`job ${jobId} has no step ${name}`);
  if (row.status === "COMPENSATED" || row.status === "SKIPPED") return { status: row.status };
  if (row.status === "PENDING") {
    await recordStep(db, jobId, name, { status: "SKIPPED" });
    return { status: "SKIPPED" };
  }
  await recordStep(db, jobId, name, { status: "COMPENSATING" });
  const job = await loadJob(db, jobId);
  const { verb, slug } = parseStepName(name);
  const m = slug ? moduleOf(job, slug) : null;
  switch (verb) {
    case "migrate": {
      if (!m) break;
      // Only what this job applied, newest first, each in its own transaction.
      for (const d of await revertPlan(db, job.tenant.id, m.slug, { jobId })) {
        await inLongTransaction(db, (tx) => revertMigration(tx, job.tenant, { moduleSlug: m.slug, prefix: d.prefix, migration: d }));
      }
      const validated = await db.jobStep.findFirst({ where: { jobId, name: "validate" }, select: { output: true } });
      if ((validated?.output as { schemaExisted?: boolean } | null)?.schemaExisted === false) {
        await inLongTransaction(db, (tx) => dropTenantSchemaIfEmpty(tx, job.tenant));
      }
      break;
    }
    case "register":
    case "activate":
    case "deactivate":
    case "unregister":
      if (m) await restoreInstallation(db, job, m);
      break;
    default:
      // validate, resolve, fetch and hook change nothing; remove and rollback are one transaction
      // each (they failed whole or succeeded as the job's last step).
      break;
  }
  await recordStep(db, jobId, name, { status: "COMPENSATED" });
  return { status: "COMPENSATED" };
}

/** Puts the installation back as it was before the job: gone for an install, the snapshot otherwise. */
async function restoreInstallation(db: Db, job: LoadedJob, m: TJobModule) {
  if (!m.before) {
    await db.installation.deleteMany({ where: { tenantId: job.tenant.id, moduleId: m.moduleId } });
    return;
  }
  const b = m.before;
  await db.installation.updateMany({
    where: { id: b.id, tenantId: job.tenant.id },
    data: {
      versionId: b.versionId,
      previousVersionId: b.previousVersionId,
      status: b.status,
      grantedPermissions: b.grantedPermissions,
      registrations: (b.registrations ?? {}) as Prisma.InputJsonValue,
      updatedAt: new Date(b.updatedAt),
    },
  });
}

// ───────────────────────────── the end of a job ─────────────────────────────

const AUDIT_ACTION: Record<TJobModule["action"], string> = {
  install: "module.installed",
  upgrade: "module.upgraded",
  uninstall: "module.uninstalled",
  activate: "module.activated",
  deactivate: "module.deactivated",
  rollback: "module.rolled_back",
};

const EMITTED = new Set(["module.installed", "module.upgraded", "module.uninstalled"]);

export async function finishJob(jobId: string, db: Db = prisma): Promise<{ status: string }> {
  const job = await loadJob(db, jobId);
  if (job.status !== "SUCCEEDED") {
    await inLongTransaction(db, async (tx) => {
      const claimed = await tx.job.updateMany({ where: { id: jobId, status: "RUNNING" }, data: { status: "SUCCEEDED", finishedAt: new Date(), error: undefined } });
      if (claimed.count === 0) return;
      for (const m of job.plan.modules) {
        await recordAudit(tx, actorOf(job), {
          action: AUDIT_ACTION[m.action],
          targetType: "module",
          targetId: m.moduleId,
          tenantId: job.tenant.id,
          data: { jobId, slug: m.slug, name: m.name, version: m.version, fromVersion: m.fromVersion, ...(m.action === "uninstall" ? { keptData: job.plan.keepData } : {}) },
        });
      }
    });
  }
  await sendEvents(
    job.plan.modules
      .filter((m) => EMITTED.has(AUDIT_ACTION[m.action]))
      .map((m) => ({
        id: `${jobId}:${m.slug}:${AUDIT_ACTION[m.action]}`,
        name: AUDIT_ACTION[m.action],
        data: {
          tenantId: job.tenant.id,
          jobId,
          moduleSlug: m.slug,
          version: m.version,
          fromVersion: m.fromVersion,
          ...(m.action === "uninstall" ? { keptData: job.plan.keepData } : {}),
        },
      })),
  );
  return { status: "SUCCEEDED" };
}

/**
 * Ends a failed job: ROLLED_BACK when compensation restored the tenant, FAILED when compensation
 * itself failed (an operator must look). The reason is the failed step's own error message.
 */
export async function failJob(jobId: string, failedStep: string, compensationError: string | null, db: Db = prisma): Promise<{ status: string }> {
  const job = await loadJob(db, jobId);
  const step = await db.jobStep.findFirst({ where: { jobId, name: failedStep }, select: { error: true } });
  const message = step?.error ?? "The step failed.";
  const status = compensationError ? "FAILED" : "ROLLED_BACK";
  const isInstall = job.kind === "INSTALL" || job.kind === "UPGRADE";
  if (!(TERMINAL as readonly string[]).includes(job.status)) {
    await inLongTransaction(db, async (tx) => {
      const claimed = await tx.job.updateMany({
        where: { id: jobId, status: { notIn: [...TERMINAL] } },
        data: { status, finishedAt: new Date(), error: { step: failedStep, message, compensationError } },
      });
      if (claimed.count === 0) return;
      for (const m of job.plan.modules) {
        await recordAudit(tx, actorOf(job), {
          action: isInstall ? "module.installation_failed" : `module.${m.action}_failed`,
          targetType: "module",
          targetId: m.moduleId,
          tenantId: job.tenant.id,
          data: { jobId, slug: m.slug, name: m.name, version: m.version, step: failedStep, message, restored: !compensationError },
        });
      }
      if (job.requestedById) {
        await tx.notification.create({
          data: {
            userId: job.requestedById,
            kind: "job.failed",
            title: `${kindWord(job.kind)} of ${job.plan.modules.map((m) => m.name).join(", ")} failed`,
            body: compensationError ? `${message} Restoring the workspace also failed: ${compensationError}` : `${message} Your workspace was restored to how it was.`,
            link: `/t/${job.tenant.slug}/jobs/${jobId}`,
          },
        });
      }
    });
  }
  if (isInstall) {
    await sendEvents(
      job.plan.modules.map((m) => ({
        id: `${jobId}:${m.slug}:module.installation_failed`,
        name: "module.installation_failed",
        data: { tenantId: job.tenant.id, jobId, moduleSlug: m.slug, version: m.version, fromVersion: m.fromVersion, step: failedStep, message },
      })),
    );
  }
  return { status };
}

export const kindWord = (kind: JobKind) =>
  ({ INSTALL: "Install", UPGRADE: "Upgrade", UNINSTALL: "Uninstall", ACTIVATE: "Activation", DEACTIVATE: "Deactivation", ROLLBACK: "Rollback" })[kind];
