import { moderatorProcedure } from "~/server/trpc";
import { deleteCollection } from "../delete-collection";
import { ZDeleteCollectionRequestSchema, ZDeleteCollectionResponseSchema } from "../search.schemas";

export const deleteCollectionRoute = moderatorProcedure
  .input(ZDeleteCollectionRequestSchema)
  .output(ZDeleteCollectionResponseSchema)
  .mutation(({ ctx, input }) => {
    const { id } = input;
    return deleteCollection(ctx.actor, { id });
  });
