import { tenantProcedure } from "~/server/trpc";
import { getTenantOverview } from "../get-tenant-overview";
import { ZTenantOverviewSchema } from "../tenancy.schemas";

export const getTenantOverviewRoute = tenantProcedure("MEMBER")
  .output(ZTenantOverviewSchema)
  .query(({ ctx }) => getTenantOverview(ctx.tenant));
