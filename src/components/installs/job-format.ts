import type { RouterOutputs } from "~/components/api-types";

export type Job = RouterOutputs["installs"]["getJob"];
export type JobStatus = Job["status"];
export type JobStep = Job["steps"][number];
export type JobStepStatus = JobStep["status"];
export type JobSummary = RouterOutputs["installs"]["findJobs"]["data"][number];

export const UNFINISHED_JOB_STATUSES: readonly JobStatus[] = ["PENDING", "RUNNING", "COMPENSATING"];
export const isJobFinished = (status: JobStatus): boolean => !UNFINISHED_JOB_STATUSES.includes(status);

/** "120 ms", "4.2 s", "38 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  const safe = Math.max(0, ms);
  if (safe < 1000) return `${Math.round(safe)} ms`;
  const seconds = safe / 1000;
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds % 60)} s`;
}

/** How long a step took, or has taken so far when it is still going (`now` known only in the browser). */
export function stepDuration(step: Pick<JobStep, "startedAt" | "finishedAt">, now: number | null): string | null {
  if (!step.startedAt) return null;
  if (step.finishedAt) return formatDuration(step.finishedAt.getTime() - step.startedAt.getTime());
  return now === null ? null : formatDuration(now - step.startedAt.getTime());
}
