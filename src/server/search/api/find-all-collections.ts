import { moderatorProcedure } from "~/server/trpc";
import { findAllCollections } from "../find-collections";
import { ZFindAllCollectionsResponseSchema } from "../search.schemas";

export const findAllCollectionsRoute = moderatorProcedure
  .output(ZFindAllCollectionsResponseSchema)
  .query(({ ctx }) => findAllCollections(ctx.actor));
