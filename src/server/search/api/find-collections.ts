import { publicProcedure } from "~/server/trpc";
import { findCollections } from "../find-collections";
import { ZFindCollectionsResponseSchema } from "../search.schemas";

export const findCollectionsRoute = publicProcedure.output(ZFindCollectionsResponseSchema).query(() => findCollections());
