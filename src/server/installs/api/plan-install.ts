import { tenantProcedure } from "~/server/trpc";
import { ZInstallPlanSchema } from "../installs.schemas";
import { planInstall, ZPlanInstallRequestSchema } from "../plan-install";

export const planInstallRoute = tenantProcedure("ADMIN")
  .input(ZPlanInstallRequestSchema)
  .output(ZInstallPlanSchema)
  .query(({ ctx, input }) => {
    const { modules } = input;
    return planInstall(ctx.tenant, { modules });
  });
