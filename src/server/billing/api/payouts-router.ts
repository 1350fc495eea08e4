import { createTRPCRouter } from "~/server/trpc";

// Publisher-side billing: Stripe Connect (Express) onboarding and the payouts summary.
export const payoutsRouter = createTRPCRouter({});
