import { createTRPCRouter } from "~/server/trpc";
import { createReviewRoute } from "./create-review";
import { deleteReviewRoute } from "./delete-review";
import { findReviewsRoute } from "./find-reviews";
import { flagReviewRoute } from "./flag-review";
import { replyToReviewRoute } from "./reply-to-review";
import { updateReviewRoute } from "./update-review";

export const reviewsRouter = createTRPCRouter({
  find: findReviewsRoute,
  create: createReviewRoute,
  update: updateReviewRoute,
  delete: deleteReviewRoute,
  reply: replyToReviewRoute,
  flag: flagReviewRoute,
});
