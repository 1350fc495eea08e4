import { z } from "zod";
import { publisherProcedure } from "~/server/trpc";
import { removeModuleScreenshot } from "../module-media";

export const removeScreenshotRoute = publisherProcedure
  .input(z.object({ slug: z.string().min(1).max(64), url: z.string().min(1).max(300) }))
  .output(z.object({ screenshots: z.array(z.object({ url: z.string(), caption: z.string() })) }))
  .mutation(({ ctx, input }) => {
    const { slug, url } = input;
    return removeModuleScreenshot(ctx.actor, ctx.publisher, { slug, url });
  });
