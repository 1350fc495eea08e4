import { createTRPCRouter } from "~/server/trpc";
import { payoutsRouter } from "./payouts-router";

// Tenant-side billing procedures are mapped here; the publisher side (Connect, payouts) in payouts-router.ts.
export const billingRouter = createTRPCRouter({
  payouts: payoutsRouter,
});
