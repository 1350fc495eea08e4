import type { TenantRole } from "~/components/api-types";

export const ROLE_LABELS: Record<TenantRole, string> = { OWNER: "Owner", ADMIN: "Admin", MEMBER: "Member" };
