import { z } from "zod";
import { authedProcedure } from "~/server/trpc";
import { findMyPublishers } from "../find-my-publishers";
import { ZMyPublisherSchema } from "../publishing.schemas";

export const findMyPublishersRoute = authedProcedure
  .output(z.array(ZMyPublisherSchema))
  .query(({ ctx }) => findMyPublishers(ctx.actor));
