import { tenantProcedure } from "~/server/trpc";
import { findTenantMembers } from "../find-tenant-members";
import { ZFindTenantMembersRequestSchema, ZFindTenantMembersResponseSchema } from "../tenancy.schemas";

export const findTenantMembersRoute = tenantProcedure("MEMBER")
  .input(ZFindTenantMembersRequestSchema)
  .output(ZFindTenantMembersResponseSchema)
  .query(({ ctx, input }) => {
    const { page, perPage } = input;
    return findTenantMembers(ctx.tenant, { page, perPage });
  });
