import { NonRetriableError } from "inngest";
import { isAppError } from "~/server/shared/app-error";
import { beginCompensation, compensateJobStep, failJob, finishJob, runJobStep, startJob } from "~/server/installs/run-job";
import { inngest } from "~inngest/client";
import { installsJobRequested } from "~inngest/events";

/** Failures that retrying will not fix (AppError: a refused migration, a missing license…) stop at once. */
async function step<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (e) {
    if (isAppError(e)) throw new NonRetriableError(e.userMessage ?? e.message, { cause: e });
    throw e;
  }
}

/**
 * Runs a tenant's install, upgrade, uninstall, activate, deactivate or rollback job: one durable
 * step per job step (validate → resolve → fetch → migrate → register → hook → activate per module),
 * and on failure the failed step and then every completed step undone in reverse order. One job per
 * tenant at a time (the concurrency key); each step body is idempotent, so a retry or a resume
 * after a crash repeats nothing.
 */
export const runInstallsJob = inngest.createFunction(
  {
    id: "run-installs-job",
    name: "Run a tenant's module job",
    retries: 3,
    concurrency: [{ key: "event.data.tenantId", limit: 1 }],
    triggers: [installsJobRequested],
  },
  async ({ event, step: tools }) => {
    const { jobId } = event.data;
    const started = await tools.run("start", () => step(() => startJob(jobId)));
    if (started.isFinished) return { jobId, status: started.status };

    const done: string[] = [];
    let failed: string | null = null;
    for (const name of started.steps) {
      try {
        await tools.run(name, () => step(() => runJobStep(jobId, name)));
        done.push(name);
      } catch {
        failed = name;
        break;
      }
    }
    if (failed === null) return { jobId, ...(await tools.run("finish", () => step(() => finishJob(jobId)))) };

    await tools.run("begin compensation", () => step(() => beginCompensation(jobId)));
    let compensationError: string | null = null;
    for (const name of [failed, ...done.reverse()]) {
      try {
        await tools.run(`undo ${name}`, () => step(() => compensateJobStep(jobId, name)));
      } catch (e) {
        compensationError = e instanceof Error ? e.message : String(e);
        break;
      }
    }
    const failedStep = failed;
    return { jobId, ...(await tools.run("end", () => step(() => failJob(jobId, failedStep, compensationError)))) };
  },
);
