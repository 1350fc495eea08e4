import { z } from "zod";
import { publisherProcedure } from "~/server/trpc";
import { ZUpdateModuleListingRequestSchema } from "../publishing.schemas";
import { updateModuleListing } from "../update-module-listing";

export const updateModuleListingRoute = publisherProcedure
  .input(ZUpdateModuleListingRequestSchema)
  .output(z.object({ slug: z.string(), name: z.string(), summary: z.string(), description: z.string(), tags: z.array(z.string()) }))
  .mutation(({ ctx, input }) => {
    const { slug, data } = input;
    return updateModuleListing(ctx.actor, ctx.publisher, { slug, data });
  });
