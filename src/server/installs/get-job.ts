import { z } from "zod";
import { type Db, prisma } from "~/server/db";
import { AppError } from "~/server/shared/app-error";
import { paged, pageArgs, type Paged, type TPagination } from "~/server/shared/pagination";
import { scoped, type TenantContext } from "~/server/tenancy/tenant-scope";
import type { TJob, TJobSummary } from "./installs.schemas";
import { parseJobPlan, stepLabel, type TJobPlan } from "./job-plan";
import { kindWord } from "./run-job";

const ZStoredJobError = z.object({ step: z.string().nullable().default(null), message: z.string(), compensationError: z.string().nullable().default(null) }).nullable().catch(null);

const summarySelect = {
  id: true,
  kind: true,
  status: true,
  plan: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  requestedBy: { select: { name: true, email: true } },
} as const;

function jobTitle(kind: TJobSummary["kind"], plan: TJobPlan): string {
  const [first] = plan.modules;
  if (!first) return kindWord(kind);
  const main = plan.modules.find((m) => plan.request.modules.some((r) => r.slug === m.slug)) ?? first;
  const others = plan.modules.length - 1;
  const target = kind === "ROLLBACK" ? `${main.name} to ${main.version}` : kind === "INSTALL" || kind === "UPGRADE" ? `${main.name} ${main.version}` : main.name;
  return `${kindWord(kind)} ${target}${others > 0 ? ` and ${others} more` : ""}`;
}

function summaryOf(row: { id: string; kind: TJobSummary["kind"]; status: TJobSummary["status"]; plan: unknown; createdAt: Date; startedAt: Date | null; finishedAt: Date | null; requestedBy: { name: string | null; email: string } | null }): TJobSummary {
  const plan = parseJobPlan(row.plan);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: jobTitle(row.kind, plan),
    modules: plan.modules.map((m) => ({ slug: m.slug, name: m.name, action: m.action, version: m.version, fromVersion: m.fromVersion })),
    requestedByName: row.requestedBy ? (row.requestedBy.name ?? row.requestedBy.email) : null,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

/** One job of the tenant with its steps, for the live progress page. */
export async function getJob(tenant: TenantContext, input: { jobId: string }, db: Db = prisma): Promise<TJob> {
  const row = await db.job.findFirst({
    where: scoped(tenant, { id: input.jobId }),
    select: {
      ...summarySelect,
      error: true,
      retryOfId: true,
      steps: { orderBy: { position: "asc" }, select: { position: true, name: true, moduleSlug: true, status: true, error: true, startedAt: true, finishedAt: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", { message: `job ${input.jobId} not in tenant ${tenant.id}`, userMessage: "We couldn't find that job in this workspace." });
  const retry = await db.job.findFirst({ where: scoped(tenant, { retryOfId: row.id }), select: { id: true } });
  const plan = parseJobPlan(row.plan);
  const error = ZStoredJobError.parse(row.error);
  return {
    ...summaryOf(row),
    keepData: plan.keepData,
    steps: row.steps.map((s) => ({ ...s, label: stepLabel(s.name, plan.modules, plan.keepData) })),
    error: error
      ? {
          step: error.step,
          stepLabel: error.step ? stepLabel(error.step, plan.modules, plan.keepData) : null,
          message: error.message,
          isRestored: row.status === "ROLLED_BACK",
        }
      : null,
    retryOfId: row.retryOfId,
    retriedById: retry?.id ?? null,
  };
}

/** The tenant's jobs, newest first. */
export async function findJobs(tenant: TenantContext, pagination: TPagination, db: Db = prisma): Promise<Paged<TJobSummary>> {
  const [rows, count] = await Promise.all([
    db.job.findMany({ where: scoped(tenant), orderBy: { createdAt: "desc" }, select: summarySelect, ...pageArgs(pagination) }),
    db.job.count({ where: scoped(tenant) }),
  ]);
  return paged(rows.map(summaryOf), count, pagination);
}
