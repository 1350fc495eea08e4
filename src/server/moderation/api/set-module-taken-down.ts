import { z } from "zod";
import { setModuleTakenDown } from "~/server/publishing/version-transitions";
import { moderatorProcedure } from "~/server/trpc";
import { ZSetTakenDownRequestSchema } from "../moderation.schemas";

export const setModuleTakenDownRoute = moderatorProcedure
  .input(ZSetTakenDownRequestSchema)
  .output(z.object({ slug: z.string(), status: z.enum(["DRAFT", "PUBLISHED", "TAKEN_DOWN"]) }))
  .mutation(({ ctx, input }) => {
    const { slug, takenDown, reason } = input;
    return setModuleTakenDown(ctx.actor, { slug, takenDown, reason });
  });
