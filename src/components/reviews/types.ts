import type { RouterInputs, RouterOutputs } from "~/components/api-types";

export type ReviewsPage = RouterOutputs["reviews"]["find"];
export type ReviewItemData = ReviewsPage["data"][number];
export type ReviewViewer = ReviewsPage["viewer"];
export type MyReviewData = NonNullable<ReviewViewer["myReview"]>;
export type ReviewSort = NonNullable<RouterInputs["reviews"]["find"]["sort"]>;
export type FlaggedReviewsPage = RouterOutputs["moderation"]["review"]["findFlagged"];
export type FlaggedReview = FlaggedReviewsPage["data"][number];
