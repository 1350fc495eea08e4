import { z } from "zod";
import { tenantProcedure } from "~/server/trpc";
import { requestModuleJob, ZRequestModuleJobSchema } from "../request-job";

export const requestModuleJobRoute = tenantProcedure("ADMIN")
  .input(ZRequestModuleJobSchema)
  .output(z.object({ jobId: z.string() }))
  .mutation(({ ctx, input }) => {
    const { kind, moduleSlug, keepData, idempotencyKey } = input;
    return requestModuleJob(ctx.tenant, { kind, moduleSlug, keepData, idempotencyKey });
  });
