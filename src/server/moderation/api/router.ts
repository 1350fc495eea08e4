import { createTRPCRouter } from "~/server/trpc";
import { findFlaggedReviewsRoute } from "./find-flagged-reviews";
import { findModerationQueueRoute } from "./find-moderation-queue";
import { getVersionReviewRoute } from "./get-version-review";
import { hideReviewRoute } from "./hide-review";
import { moderateVersionRoute } from "./moderate-version";
import { restoreReviewRoute } from "./restore-review";
import { setModuleFeaturedRoute } from "./set-module-featured";
import { setModuleTakenDownRoute } from "./set-module-taken-down";

export const moderationRouter = createTRPCRouter({
  findQueue: findModerationQueueRoute,
  version: createTRPCRouter({ get: getVersionReviewRoute, moderate: moderateVersionRoute }),
  module: createTRPCRouter({ setFeatured: setModuleFeaturedRoute, setTakenDown: setModuleTakenDownRoute }),
  review: createTRPCRouter({ findFlagged: findFlaggedReviewsRoute, hide: hideReviewRoute, restore: restoreReviewRoute }),
});
