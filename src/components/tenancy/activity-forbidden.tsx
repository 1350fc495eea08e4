import { Forbidden } from "~/components/ui/forbidden";

/** What a workspace member (not an admin or owner) sees on the activity feed. */
export function ActivityForbidden({ tenantName }: { tenantName?: string }) {
  return (
    <Forbidden title="Only admins can see the activity feed">
      {tenantName ? `The activity feed of ${tenantName}` : "A workspace's activity feed"} is visible to its owners and admins. Ask
      one of them if you need to know who changed what.
    </Forbidden>
  );
}
