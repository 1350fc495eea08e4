import { z } from "zod";
import { tenantProcedure } from "~/server/trpc";
import { retryJob } from "../request-job";

export const retryJobRoute = tenantProcedure("ADMIN")
  .input(z.object({ jobId: z.string().min(1).max(64) }))
  .output(z.object({ jobId: z.string() }))
  .mutation(({ ctx, input }) => {
    const { jobId } = input;
    return retryJob(ctx.tenant, { jobId });
  });
