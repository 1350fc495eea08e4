import { publicProcedure } from "~/server/trpc";
import { ZMeSchema } from "../accounts.schemas";
import { getMe } from "../get-me";

export const getMeRoute = publicProcedure.output(ZMeSchema).query(({ ctx }) => getMe(ctx.actor));
