import { createTRPCRouter } from "~/server/trpc";
import { findInstallationsRoute } from "./find-installations";
import { planInstallRoute } from "./plan-install";

export const installsRouter = createTRPCRouter({
  findInstallations: findInstallationsRoute,
  planInstall: planInstallRoute,
});
