import { publisherProcedure } from "~/server/trpc";
import { getPublisherDashboard } from "../get-publisher-dashboard";
import { ZPublisherDashboardSchema } from "../publishing.schemas";

export const getPublisherDashboardRoute = publisherProcedure
  .output(ZPublisherDashboardSchema)
  .query(({ ctx }) => getPublisherDashboard(ctx.publisher));
