import { createTRPCRouter } from "~/server/trpc";
import { createApiTokenRoute, findApiTokensRoute, revokeApiTokenRoute } from "./api-tokens";
import { createModuleRoute } from "./create-module";
import { createPublisherRoute } from "./create-publisher";
import { findMyPublishersRoute } from "./find-my-publishers";
import { getAuthorModuleRoute } from "./get-author-module";
import { getPublisherDashboardRoute } from "./get-publisher-dashboard";
import { removeScreenshotRoute } from "./remove-screenshot";
import { transitionVersionRoute } from "./transition-version";
import { updateModuleListingRoute } from "./update-module-listing";

export const publishingRouter = createTRPCRouter({
  findMyPublishers: findMyPublishersRoute,
  getDashboard: getPublisherDashboardRoute,
  publisher: createTRPCRouter({ create: createPublisherRoute }),
  module: createTRPCRouter({
    create: createModuleRoute,
    get: getAuthorModuleRoute,
    update: updateModuleListingRoute,
    removeScreenshot: removeScreenshotRoute,
  }),
  version: createTRPCRouter({ transition: transitionVersionRoute }),
  token: createTRPCRouter({ create: createApiTokenRoute, find: findApiTokensRoute, revoke: revokeApiTokenRoute }),
});
