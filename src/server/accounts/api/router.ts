import { createTRPCRouter } from "~/server/trpc";
import { getMeRoute } from "./get-me";
import { setPlatformRoleRoute } from "./set-platform-role";

export const accountsRouter = createTRPCRouter({
  me: getMeRoute,
  setPlatformRole: setPlatformRoleRoute,
});
