import { z } from "zod";
import { ZPaginationSchema, zPaged } from "~/server/shared/pagination";
import { authedProcedure } from "~/server/trpc";
import { findNotifications, markNotificationsRead, ZNotificationSchema } from "../notifications";

export const findNotificationsRoute = authedProcedure
  .input(ZPaginationSchema)
  .output(zPaged(ZNotificationSchema).extend({ unread: z.number().int() }))
  .query(({ ctx, input }) => {
    const { page, perPage } = input;
    return findNotifications(ctx.actor, { page, perPage });
  });

export const markNotificationsReadRoute = authedProcedure
  .input(z.object({ ids: z.array(z.string().min(1)).max(100).optional() }))
  .output(z.object({ count: z.number().int() }))
  .mutation(({ ctx, input }) => {
    const { ids } = input;
    return markNotificationsRead(ctx.actor, { ids });
  });
