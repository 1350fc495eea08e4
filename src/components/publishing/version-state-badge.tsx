import type { VersionState } from "~/components/api-types";
import { Badge, type BadgeTone } from "~/components/ui/badge";

const STATES: Record<VersionState, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: "Draft", tone: "neutral" },
  SUBMITTED: { label: "In review", tone: "warning" },
  APPROVED: { label: "Approved", tone: "accent" },
  REJECTED: { label: "Rejected", tone: "danger" },
  PUBLISHED: { label: "Published", tone: "success" },
  DEPRECATED: { label: "Deprecated", tone: "warning" },
  YANKED: { label: "Yanked", tone: "danger" },
};

export const versionStateLabel = (state: VersionState): string => STATES[state].label;

/** A version's place in the review and release lifecycle. */
export function VersionStateBadge({ state }: { state: VersionState }) {
  const { label, tone } = STATES[state];
  return <Badge tone={tone}>{label}</Badge>;
}
