import { createTRPCRouter } from "~/server/trpc";
import { findInstallationsRoute } from "./find-installations";

export const installsRouter = createTRPCRouter({
  findInstallations: findInstallationsRoute,
});
