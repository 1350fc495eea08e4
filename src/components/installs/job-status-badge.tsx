import { Badge, type BadgeTone, Spinner } from "~/components/ui/badge";
import type { JobStatus } from "./job-format";

const STATUSES: Record<JobStatus, { label: string; tone: BadgeTone; isBusy: boolean }> = {
  PENDING: { label: "Waiting to start", tone: "neutral", isBusy: true },
  RUNNING: { label: "Running", tone: "accent", isBusy: true },
  COMPENSATING: { label: "Undoing changes", tone: "warning", isBusy: true },
  SUCCEEDED: { label: "Succeeded", tone: "success", isBusy: false },
  ROLLED_BACK: { label: "Failed, workspace restored", tone: "caution", isBusy: false },
  FAILED: { label: "Failed, needs attention", tone: "danger", isBusy: false },
};

export const jobStatusLabel = (status: JobStatus): string => STATUSES[status].label;

/** A job's state in words; states in progress carry a spinner. */
export function JobStatusBadge({ status }: { status: JobStatus }) {
  const { label, tone, isBusy } = STATUSES[status];
  return (
    <Badge tone={tone}>
      {isBusy ? <Spinner /> : <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />}
      {isBusy ? `${label}…` : label}
    </Badge>
  );
}
