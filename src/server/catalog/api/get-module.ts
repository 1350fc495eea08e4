import { publicProcedure } from "~/server/trpc";
import { ZGetModuleRequestSchema, ZModuleDetailSchema } from "../catalog.schemas";
import { getModule } from "../get-module";

export const getModuleRoute = publicProcedure
  .input(ZGetModuleRequestSchema)
  .output(ZModuleDetailSchema)
  .query(({ ctx, input }) => {
    const { slug } = input;
    return getModule(ctx.actor, slug);
  });
