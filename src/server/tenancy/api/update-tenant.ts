import { z } from "zod";
import { tenantProcedure } from "~/server/trpc";
import { ZUpdateTenantRequestSchema } from "../tenancy.schemas";
import { updateTenant } from "../update-tenant";

export const updateTenantRoute = tenantProcedure("ADMIN")
  .input(ZUpdateTenantRequestSchema)
  .output(z.object({ slug: z.string(), name: z.string() }))
  .mutation(({ ctx, input }) => {
    const { data } = input;
    return updateTenant(ctx.actor, ctx.tenant, { data });
  });
