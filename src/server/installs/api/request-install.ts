import { z } from "zod";
import { tenantProcedure } from "~/server/trpc";
import { requestInstall, ZRequestInstallSchema } from "../request-job";

export const requestInstallRoute = tenantProcedure("ADMIN")
  .input(ZRequestInstallSchema)
  .output(z.object({ jobId: z.string() }))
  .mutation(({ ctx, input }) => {
    const { modules, expected, idempotencyKey } = input;
    return requestInstall(ctx.tenant, { modules, expected, idempotencyKey });
  });
