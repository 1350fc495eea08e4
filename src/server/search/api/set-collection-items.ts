import { moderatorProcedure } from "~/server/trpc";
import { setCollectionItems } from "../set-collection-items";
import { ZCollectionAdminSchema, ZSetCollectionItemsRequestSchema } from "../search.schemas";

export const setCollectionItemsRoute = moderatorProcedure
  .input(ZSetCollectionItemsRequestSchema)
  .output(ZCollectionAdminSchema)
  .mutation(({ ctx, input }) => {
    const { id, moduleSlugs } = input;
    return setCollectionItems(ctx.actor, { id, moduleSlugs });
  });
