import { createTRPCRouter } from "~/server/trpc";
import { findMyPublishersRoute } from "./find-my-publishers";
import { getPublisherDashboardRoute } from "./get-publisher-dashboard";
import { updateModuleListingRoute } from "./update-module-listing";

export const publishingRouter = createTRPCRouter({
  findMyPublishers: findMyPublishersRoute,
  getDashboard: getPublisherDashboardRoute,
  module: createTRPCRouter({ update: updateModuleListingRoute }),
});
