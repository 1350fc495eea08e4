import { z } from "zod";
import { tenantProcedure } from "~/server/trpc";
import { getJob } from "../get-job";
import { ZJobSchema } from "../installs.schemas";

export const getJobRoute = tenantProcedure("MEMBER")
  .input(z.object({ jobId: z.string().min(1).max(64) }))
  .output(ZJobSchema)
  .query(({ ctx, input }) => {
    const { jobId } = input;
    return getJob(ctx.tenant, { jobId });
  });
