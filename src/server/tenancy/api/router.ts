import { createTRPCRouter } from "~/server/trpc";
import { findActivityRoute } from "./find-activity";
import { findMyTenantsRoute } from "./find-my-tenants";
import { findTenantMembersRoute } from "./find-tenant-members";
import { getTenantOverviewRoute } from "./get-tenant-overview";
import { updateTenantRoute } from "./update-tenant";

export const tenancyRouter = createTRPCRouter({
  findMyTenants: findMyTenantsRoute,
  getOverview: getTenantOverviewRoute,
  update: updateTenantRoute,
  findMembers: findTenantMembersRoute,
  findActivity: findActivityRoute,
});
