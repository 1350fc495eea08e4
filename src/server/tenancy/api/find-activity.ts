import { ZPaginationSchema } from "~/server/shared/pagination";
import { tenantProcedure } from "~/server/trpc";
import { findActivity } from "../find-activity";
import { ZFindActivityResponseSchema } from "../tenancy.schemas";

export const findActivityRoute = tenantProcedure("ADMIN")
  .input(ZPaginationSchema)
  .output(ZFindActivityResponseSchema)
  .query(({ ctx, input }) => {
    const { page, perPage } = input;
    return findActivity(ctx.tenant, { page, perPage });
  });
