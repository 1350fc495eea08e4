import { moderatorProcedure } from "~/server/trpc";
import { updateCollection } from "../update-collection";
import { ZCollectionAdminSchema, ZUpdateCollectionRequestSchema } from "../search.schemas";

export const updateCollectionRoute = moderatorProcedure
  .input(ZUpdateCollectionRequestSchema)
  .output(ZCollectionAdminSchema)
  .mutation(({ ctx, input }) => {
    const { id, data } = input;
    return updateCollection(ctx.actor, { id, data });
  });
