import { adminProcedure } from "~/server/trpc";
import { ZSetPlatformRoleRequestSchema } from "../accounts.schemas";
import { setPlatformRole } from "../set-platform-role";

export const setPlatformRoleRoute = adminProcedure
  .input(ZSetPlatformRoleRequestSchema)
  .output(ZSetPlatformRoleRequestSchema)
  .mutation(({ ctx, input }) => {
    const { email, role } = input;
    return setPlatformRole(ctx.actor, { email, role });
  });
