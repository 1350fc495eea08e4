import { ZPaginationSchema, zPaged } from "~/server/shared/pagination";
import { tenantProcedure } from "~/server/trpc";
import { findJobs } from "../get-job";
import { ZJobSummarySchema } from "../installs.schemas";

export const findJobsRoute = tenantProcedure("MEMBER")
  .input(ZPaginationSchema)
  .output(zPaged(ZJobSummarySchema))
  .query(({ ctx, input }) => {
    const { page, perPage } = input;
    return findJobs(ctx.tenant, { page, perPage });
  });
