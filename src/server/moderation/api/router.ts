import { createTRPCRouter } from "~/server/trpc";
import { findModerationQueueRoute } from "./find-moderation-queue";
import { setModuleFeaturedRoute } from "./set-module-featured";

export const moderationRouter = createTRPCRouter({
  findQueue: findModerationQueueRoute,
  module: createTRPCRouter({ setFeatured: setModuleFeaturedRoute }),
});
