import { z } from "zod";
import { authedProcedure } from "~/server/trpc";
import { createPublisher } from "../create-publisher";
import { ZCreatePublisherRequestSchema } from "../listing.schemas";

export const createPublisherRoute = authedProcedure
  .input(ZCreatePublisherRequestSchema)
  .output(z.object({ slug: z.string(), name: z.string() }))
  .mutation(({ ctx, input }) => {
    const { slug, name, description, website } = input;
    return createPublisher(ctx.actor, { slug, name, description, website });
  });
