"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Spinner } from "~/components/ui/badge";
import { Button, buttonClasses } from "~/components/ui/button";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { Notice } from "~/components/ui/notice";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { jobHref } from "./hrefs";
import { isJobFinished, type Job, type JobStep, type JobStepStatus, stepDuration } from "./job-format";
import { JobStatusBadge, jobStatusLabel } from "./job-status-badge";

/** How often the page asks for the job's state while it is waiting or running. */
const POLL_MS = 500;

/** The current time, ticking while `isTicking` (null until the page runs in the browser, so server and browser render alike). */
function useNow(isTicking: boolean): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!isTicking) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const id = setInterval(tick, 250);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [isTicking]);
  return now;
}

/** The progress line and bar: steps done while it runs, steps undone while it rolls back, where it stopped once it failed. */
function progressOf(job: Job): { value: number; max: number; label: string; text: string; tone: "accent" | "success" | "warning" | "danger" } {
  const total = job.steps.length;
  const count = (...statuses: JobStepStatus[]) => job.steps.filter((s) => statuses.includes(s.status)).length;
  const steps = (n: number) => (n === 1 ? "step" : "steps");
  const failedAt = job.steps.findIndex((s) => s.name === job.error?.step) + 1;
  const stoppedAt = failedAt > 0 ? `Stopped at step ${failedAt} of ${total}` : "Stopped";
  switch (job.status) {
    case "PENDING":
    case "RUNNING":
      return { value: count("SUCCEEDED", "SKIPPED"), max: total, label: "Progress", text: `${count("SUCCEEDED", "SKIPPED")} of ${total} ${steps(total)} done`, tone: "accent" };
    case "SUCCEEDED":
      return { value: total, max: total, label: "Progress", text: `${total} of ${total} ${steps(total)} done`, tone: "success" };
    case "COMPENSATING": {
      const started = job.steps.filter((s) => s.status !== "PENDING" && s.status !== "SKIPPED").length;
      const undone = count("COMPENSATED");
      return { value: undone, max: started, label: "Undoing the changes made so far", text: `${undone} of ${started} ${steps(started)} undone`, tone: "warning" };
    }
    case "ROLLED_BACK":
      return { value: total, max: total, label: "Progress", text: `${stoppedAt} · every change undone`, tone: "warning" };
    case "FAILED":
      return { value: total, max: total, label: "Progress", text: `${stoppedAt} · some changes could not be undone`, tone: "danger" };
  }
}

const BAR_TONES = { accent: "bg-indigo-600", success: "bg-green-600", warning: "bg-amber-500", danger: "bg-red-600" } as const;

/**
 * The live page of one job: its steps with their states and timings, a progress bar, and the
 * outcome in words (with Retry when it failed). The page hydrates it with the server's copy, and
 * it polls until the job finishes.
 */
export function JobProgress({ tenantSlug, jobId, canManage }: { tenantSlug: string; jobId: string; canManage: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { data: job, isRefetchError } = useSuspenseQuery({
    ...trpc.installs.getJob.queryOptions({ tenant: tenantSlug, jobId }),
    refetchInterval: (query) => (query.state.data && isJobFinished(query.state.data.status) ? false : POLL_MS),
    refetchIntervalInBackground: false,
  });
  const isFinished = isJobFinished(job.status);
  const now = useNow(!isFinished);

  // When the job finishes here, re-render the server parts (the workspace's module counts).
  const wasFinished = useRef(isFinished);
  useEffect(() => {
    if (isFinished && !wasFinished.current) router.refresh();
    wasFinished.current = isFinished;
  }, [isFinished, router]);

  const progress = progressOf(job);
  const percent = progress.max === 0 ? (isFinished ? 100 : 0) : Math.round((progress.value / progress.max) * 100);

  return (
    <div className="space-y-6">
      <section aria-labelledby="job-steps-heading" className={cn(CARD_CLASSES, "space-y-5 p-5")}>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="job-steps-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            Steps
          </h2>
          <span data-testid="job-status" data-status={job.status}>
            <JobStatusBadge status={job.status} />
          </span>
        </div>

        <div className="space-y-1.5">
          <div className="flex flex-wrap justify-between gap-x-3 text-sm text-zinc-700 dark:text-zinc-300">
            <span id="job-progress-label">{progress.label}</span>
            <span className="tabular-nums" data-testid="job-progress-text">
              {progress.text}
            </span>
          </div>
          <div
            role="progressbar"
            aria-labelledby="job-progress-label"
            aria-valuemin={0}
            aria-valuemax={progress.max}
            aria-valuenow={progress.value}
            aria-valuetext={progress.text}
            className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
          >
            <div
              className={cn("h-full rounded-full transition-[width] duration-300 motion-reduce:transition-none", BAR_TONES[progress.tone])}
              style={{ width: `${percent}%` }}
            />
          </div>
        </div>

      {job.status === "PENDING" ? (
          <p data-testid="job-waiting" className="flex items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300">
            <Spinner className="size-4" />
            Waiting for another job in this workspace to finish… Jobs in a workspace run one at a time; this one starts as soon as it
            can.
          </p>
        ) : null}

        {isRefetchError && !isFinished ? (
          <p data-testid="job-poll-error" className="text-sm text-amber-900 dark:text-amber-100">
            We can&apos;t reach the server right now, so this page may be behind. It keeps trying; the job itself carries on.
          </p>
        ) : null}

        <ol role="list" aria-label="Steps, in order" className="space-y-1">
          {job.steps.map((step) => (
            <StepRow key={step.position} step={step} now={now} isFailedStep={step.name === job.error?.step} isJobFinished={isFinished} />
          ))}
        </ol>
      </section>

      {/* The outcome is announced when it appears. */}
      <div aria-live="polite">
        <span className="sr-only">{isFinished ? `Job ${jobStatusLabel(job.status).toLowerCase()}.` : ""}</span>
        <Outcome job={job} tenantSlug={tenantSlug} canManage={canManage} />
      </div>

      {job.retryOfId || job.retriedById ? (
        <ul role="list" className="space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
          {job.retryOfId ? (
            <li>
              This job retries{" "}
              <Link href={jobHref(tenantSlug, job.retryOfId)} className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
                an earlier job that failed
              </Link>
              .
            </li>
          ) : null}
          {job.retriedById ? (
            <li data-testid="job-retried-by">
              This job was retried:{" "}
              <Link href={jobHref(tenantSlug, job.retriedById)} className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
                see the retry
              </Link>
              .
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

const STEP_STATES: Record<JobStepStatus, { label: string; className: string }> = {
  PENDING: { label: "Not started", className: "text-zinc-400 dark:text-zinc-500" },
  RUNNING: { label: "Running", className: "text-indigo-600 dark:text-indigo-400" },
  SUCCEEDED: { label: "Done", className: "text-green-700 dark:text-green-400" },
  FAILED: { label: "Failed", className: "text-red-700 dark:text-red-400" },
  COMPENSATING: { label: "Undoing", className: "text-amber-600 dark:text-amber-400" },
  COMPENSATED: { label: "Undone", className: "text-amber-700 dark:text-amber-400" },
  SKIPPED: { label: "Skipped", className: "text-zinc-500 dark:text-zinc-400" },
};

function StepIcon({ status }: { status: JobStepStatus }) {
  const common = { "aria-hidden": true, viewBox: "0 0 20 20", className: "size-5" } as const;
  switch (status) {
    case "RUNNING":
    case "COMPENSATING":
      return <Spinner className="size-5" />;
    case "SUCCEEDED":
      return (
        <svg {...common} fill="currentColor">
          <path fillRule="evenodd" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-9.8a.75.75 0 0 0-1.22-.87l-3.24 4.53-1.6-1.6a.75.75 0 1 0-1.06 1.06l2.25 2.25a.75.75 0 0 0 1.14-.1l3.73-5.27Z" clipRule="evenodd" />
        </svg>
      );
    case "FAILED":
      return (
        <svg {...common} fill="currentColor">
          <path fillRule="evenodd" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16ZM8.28 7.22a.75.75 0 0 0-1.06 1.06L8.94 10l-1.72 1.72a.75.75 0 1 0 1.06 1.06L10 11.06l1.72 1.72a.75.75 0 1 0 1.06-1.06L11.06 10l1.72-1.72a.75.75 0 0 0-1.06-1.06L10 8.94 8.28 7.22Z" clipRule="evenodd" />
        </svg>
      );
    case "COMPENSATED":
      return (
        <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
          <path d="M7.5 6 4 9.5 7.5 13" />
          <path d="M4.5 9.5h7a4 4 0 0 1 0 8H9" />
        </svg>
      );
    case "SKIPPED":
      return (
        <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
          <circle cx="10" cy="10" r="7.25" strokeDasharray="2 2.5" />
          <path d="M7 10h6" />
        </svg>
      );
    case "PENDING":
      return (
        <svg {...common} fill="none" stroke="currentColor" strokeWidth="1.6">
          <circle cx="10" cy="10" r="7.25" />
        </svg>
      );
  }
}

function StepRow({ step, now, isFailedStep, isJobFinished }: { step: JobStep; now: number | null; isFailedStep: boolean; isJobFinished: boolean }) {
  // The step that failed keeps its red mark after it was undone; steps a finished job never reached did not run.
  const shown: JobStepStatus = isFailedStep && (step.status === "COMPENSATED" || step.status === "COMPENSATING") ? "FAILED" : step.status;
  const state = STEP_STATES[shown];
  const label =
    isFailedStep && step.status === "COMPENSATED"
      ? "Failed, undone"
      : isJobFinished && step.status === "PENDING"
        ? "Not run"
        : state.label;
  const duration = stepDuration(step, now);
  const isActive = step.status === "RUNNING" || step.status === "COMPENSATING";
  return (
    <li
      data-testid="job-step"
      data-status={step.status}
      data-step={step.name}
      aria-current={isActive ? "step" : undefined}
      className={cn("flex items-start gap-3 rounded-lg px-3 py-2.5", isActive && "bg-indigo-50/70 dark:bg-indigo-500/10")}
    >
      <span className={cn("mt-0.5 shrink-0", state.className)}>
        <StepIcon status={isActive ? step.status : shown} />
      </span>
      <div className="min-w-0 flex-1">
        <p className={cn("text-sm font-medium text-zinc-900 dark:text-zinc-100", step.status === "PENDING" && "text-zinc-600 dark:text-zinc-400")}>
          {step.label}
        </p>
        <p className={cn("text-xs", state.className)}>
          {label}
          {duration ? <span className="text-zinc-600 tabular-nums dark:text-zinc-400"> · {duration}</span> : null}
        </p>
        {step.error ? <p className="mt-1 text-sm text-red-700 dark:text-red-300">{step.error}</p> : null}
      </div>
    </li>
  );
}

/** What happened, in words, once the job has finished (nothing while it runs). */
function Outcome({ job, tenantSlug, canManage }: { job: Job; tenantSlug: string; canManage: boolean }) {
  const modulesHref = `/t/${tenantSlug}/modules`;
  switch (job.status) {
    case "PENDING":
    case "RUNNING":
    case "COMPENSATING":
      return null;
    case "SUCCEEDED":
      return (
        <div data-testid="job-success">
          <Notice tone="success" title={successTitle(job)}>
            <p>{successDetail(job)}</p>
            <p className="mt-3 flex flex-wrap gap-2">
              <Link href={modulesHref} className={buttonClasses({ size: "sm" })}>
                Go to Modules
              </Link>
              {job.modules
                .filter((m) => m.action !== "uninstall")
                .map((m) => (
                  <Link key={m.slug} href={`/modules/${m.slug}`} className={buttonClasses({ size: "sm", variant: "secondary" })}>
                    About {m.name}
                  </Link>
                ))}
            </p>
          </Notice>
        </div>
      );
    case "ROLLED_BACK":
      return (
        <div data-testid="job-error" className="space-y-3">
          <Notice tone="warning" title={job.error?.stepLabel ? `“${job.error.stepLabel}” failed` : "The job failed"}>
            {job.error ? <p data-testid="job-error-reason">{job.error.message}</p> : null}
            <p className="font-medium">Your workspace was restored to how it was.</p>
          </Notice>
          <RetryOrBack job={job} tenantSlug={tenantSlug} canManage={canManage} />
        </div>
      );
    case "FAILED":
      return (
        <div data-testid="job-error" className="space-y-3">
          <Notice tone="danger" title={job.error?.stepLabel ? `“${job.error.stepLabel}” failed, and undoing it failed too` : "The job failed, and undoing it failed too"}>
            {job.error ? <p data-testid="job-error-reason">{job.error.message}</p> : null}
            <p className="font-medium">
              Some changes could not be undone, so your workspace may need attention. The affected modules may not work until this is
              fixed; contact the marketplace operator with the link to this page.
            </p>
          </Notice>
          <RetryOrBack job={job} tenantSlug={tenantSlug} canManage={canManage} />
        </div>
      );
  }
}

function successTitle(job: Job): string {
  const main = job.modules[0];
  const others = job.modules.length - 1;
  const and = others > 0 ? ` (and ${others} more)` : "";
  if (!main) return "Done";
  switch (job.kind) {
    case "INSTALL":
      return `${main.name} is installed${and}`;
    case "UPGRADE":
      return `${main.name} is updated${and}`;
    case "UNINSTALL":
      return `${main.name} is uninstalled`;
    case "ACTIVATE":
      return `${main.name} is active`;
    case "DEACTIVATE":
      return `${main.name} is deactivated`;
    case "ROLLBACK":
      return `${main.name} is back on ${main.version}`;
  }
}

function successDetail(job: Job): string {
  const versions = job.modules
    .filter((m) => m.action === "install" || m.action === "upgrade")
    .map((m) => (m.action === "upgrade" && m.fromVersion ? `${m.name} ${m.fromVersion} → ${m.version}` : `${m.name} ${m.version}`));
  switch (job.kind) {
    case "INSTALL":
    case "UPGRADE":
      return `Now running: ${versions.join(", ")}. Everyone in the workspace can use it.`;
    case "UNINSTALL":
      return job.keepData
        ? "Its data was archived in the workspace's database; nothing was deleted."
        : "Its data was deleted.";
    case "ACTIVATE":
      return "Its pages, widgets and automations are on for everyone in the workspace.";
    case "DEACTIVATE":
      return "Its pages, widgets and automations are off. Its data is kept; activate it again from the Modules page.";
    case "ROLLBACK":
      return "Database changes of the newer version were undone.";
  }
}

function RetryOrBack({ job, tenantSlug, canManage }: { job: Job; tenantSlug: string; canManage: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isNavigating, setIsNavigating] = useState(false);
  const retry = useMutation(
    trpc.installs.retryJob.mutationOptions({
      onSuccess: ({ jobId }) => {
        setIsNavigating(true);
        router.push(jobHref(tenantSlug, jobId));
      },
      onError: (e) => setError(parseAppError(e).message),
    }),
  );
  const isBusy = retry.isPending || isNavigating;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {canManage && !job.retriedById ? (
          <Button
            onClick={() => {
              if (isBusy) return;
              setError(null);
              retry.mutate({ tenant: tenantSlug, jobId: job.id });
            }}
            disabled={isBusy}
          >
            {isBusy ? (
              <>
                <Spinner className="size-4" /> Starting…
              </>
            ) : (
              "Retry"
            )}
          </Button>
        ) : null}
        <Link href={`/t/${tenantSlug}/modules`} className={buttonClasses({ variant: "secondary" })}>
          Back to Modules
        </Link>
      </div>
      <div aria-live="assertive">
        {error ? (
          <p data-testid="retry-error" className="text-sm text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
