import type { TenantRole } from "~/components/api-types";
import { Badge } from "~/components/ui/badge";
import { ROLE_LABELS } from "./role-label";

export function RoleBadge({ role }: { role: TenantRole }) {
  return <Badge tone={role === "MEMBER" ? "neutral" : "accent"}>{ROLE_LABELS[role]}</Badge>;
}
