import { z } from "zod";
import { publisherProcedure } from "~/server/trpc";
import { createModule } from "../create-module";
import { ZCreateModuleRequestSchema } from "../listing.schemas";

export const createModuleRoute = publisherProcedure
  .input(ZCreateModuleRequestSchema)
  .output(z.object({ slug: z.string(), name: z.string(), status: z.enum(["DRAFT", "PUBLISHED", "TAKEN_DOWN"]) }))
  .mutation(({ ctx, input }) => {
    const { publisher: _publisher, ...listing } = input;
    return createModule(ctx.actor, ctx.publisher, listing);
  });
