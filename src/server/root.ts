import { accountsRouter } from "~/server/accounts/api/router";
import { billingRouter } from "~/server/billing/api/router";
import { catalogRouter } from "~/server/catalog/api/router";
import { installsRouter } from "~/server/installs/api/router";
import { moderationRouter } from "~/server/moderation/api/router";
import { publishingRouter } from "~/server/publishing/api/router";
import { reviewsRouter } from "~/server/reviews/api/router";
import { searchRouter } from "~/server/search/api/router";
import { tenancyRouter } from "~/server/tenancy/api/router";
import { createCallerFactory, createTRPCRouter } from "~/server/trpc";

export const appRouter = createTRPCRouter({
  accounts: accountsRouter,
  catalog: catalogRouter,
  tenancy: tenancyRouter,
  installs: installsRouter,
  publishing: publishingRouter,
  moderation: moderationRouter,
  reviews: reviewsRouter,
  search: searchRouter,
  billing: billingRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller: `createCaller({ actor })` (used by RSC pages and integration tests). */
export const createCaller = createCallerFactory(appRouter);
