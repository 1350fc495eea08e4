import type { InstallationStatus } from "~/components/api-types";
import { Badge, type BadgeTone, Spinner } from "~/components/ui/badge";

const STATUSES: Record<InstallationStatus, { label: string; tone: BadgeTone; isBusy: boolean }> = {
  ACTIVE: { label: "Active", tone: "success", isBusy: false },
  INACTIVE: { label: "Inactive", tone: "neutral", isBusy: false },
  FAILED: { label: "Failed", tone: "danger", isBusy: false },
  INSTALLING: { label: "Installing", tone: "warning", isBusy: true },
  UPGRADING: { label: "Upgrading", tone: "warning", isBusy: true },
  UNINSTALLING: { label: "Uninstalling", tone: "warning", isBusy: true },
};

/** An installation's status; states that are in progress carry a spinner. */
export function InstallationStatusBadge({ status }: { status: InstallationStatus }) {
  const { label, tone, isBusy } = STATUSES[status];
  return (
    <Badge tone={tone}>
      {isBusy ? <Spinner /> : <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />}
      {isBusy ? `${label}…` : label}
    </Badge>
  );
}
