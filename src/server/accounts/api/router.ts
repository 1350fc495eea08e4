import { createTRPCRouter } from "~/server/trpc";
import { getMeRoute } from "./get-me";
import { findNotificationsRoute, markNotificationsReadRoute } from "./notifications";
import { setPlatformRoleRoute } from "./set-platform-role";

export const accountsRouter = createTRPCRouter({
  me: getMeRoute,
  setPlatformRole: setPlatformRoleRoute,
  notifications: createTRPCRouter({ find: findNotificationsRoute, markRead: markNotificationsReadRoute }),
});
