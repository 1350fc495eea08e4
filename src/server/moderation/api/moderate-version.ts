import { moderatorProcedure } from "~/server/trpc";
import { ZVersionTransitionResultSchema } from "~/server/publishing/publishing.schemas";
import { moderateVersion } from "~/server/publishing/version-transitions";
import { ZModerateVersionRequestSchema } from "../moderation.schemas";

export const moderateVersionRoute = moderatorProcedure
  .input(ZModerateVersionRequestSchema)
  .output(ZVersionTransitionResultSchema)
  .mutation(({ ctx, input }) => {
    const { versionId, action, reason } = input;
    return moderateVersion(ctx.actor, { versionId, action, reason });
  });
