import { ActivityForbidden } from "~/components/tenancy/activity-forbidden";

export default function TenantActivityForbidden() {
  return <ActivityForbidden />;
}
