import { moderatorProcedure } from "~/server/trpc";
import { createCollection } from "../create-collection";
import { ZCollectionAdminSchema, ZCreateCollectionRequestSchema } from "../search.schemas";

export const createCollectionRoute = moderatorProcedure
  .input(ZCreateCollectionRequestSchema)
  .output(ZCollectionAdminSchema)
  .mutation(({ ctx, input }) => {
    const { slug, title, description, sortOrder, isPublished } = input;
    return createCollection(ctx.actor, { slug, title, description, sortOrder, isPublished });
  });
