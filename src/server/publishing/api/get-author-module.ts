import { z } from "zod";
import { publisherProcedure } from "~/server/trpc";
import { getAuthorModule } from "../get-author-module";
import { ZAuthorModuleSchema } from "../publishing.schemas";

export const getAuthorModuleRoute = publisherProcedure
  .input(z.object({ slug: z.string().min(1).max(64) }))
  .output(ZAuthorModuleSchema)
  .query(({ ctx, input }) => {
    const { slug } = input;
    return getAuthorModule(ctx.publisher, slug);
  });
