import type { QueueItem } from "~/components/api-types";
import { Badge } from "~/components/ui/badge";

/** The signals a moderator triages by, as short chips: new permissions, failed and warning checks. */
export function RiskChips({ risk }: { risk: QueueItem["risk"] }) {
  const hasAny =
    risk.addedPermissions.length + risk.removedPermissions.length + risk.failedChecks.length + risk.warningChecks.length > 0;
  if (!hasAny) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No risk signals: same permissions, all checks passed.</p>;
  }
  return (
    <ul role="list" aria-label="Risk signals" className="flex flex-wrap gap-1.5">
      {risk.failedChecks.map((check) => (
        <li key={`failed-${check}`}>
          <Badge tone="danger">Failed: {check}</Badge>
        </li>
      ))}
      {risk.addedPermissions.map((perm) => (
        <li key={`added-${perm}`}>
          <Badge tone="warning">
            <span aria-hidden="true">+</span>
            <span className="sr-only">New permission:</span> <span className="font-mono">{perm}</span>
          </Badge>
        </li>
      ))}
      {risk.warningChecks.map((check) => (
        <li key={`warning-${check}`}>
          <Badge tone="caution">Warning: {check}</Badge>
        </li>
      ))}
      {risk.removedPermissions.map((perm) => (
        <li key={`removed-${perm}`}>
          <Badge>
            <span aria-hidden="true">−</span>
            <span className="sr-only">Permission dropped:</span> <span className="font-mono">{perm}</span>
          </Badge>
        </li>
      ))}
    </ul>
  );
}
