import { z } from "zod";
import { publisherProcedure } from "~/server/trpc";
import { createApiToken, findApiTokens, revokeApiToken } from "../api-tokens";
import { ZCreateApiTokenRequestSchema } from "../listing.schemas";
import { ZApiTokenSchema } from "../publishing.schemas";

export const createApiTokenRoute = publisherProcedure
  .input(ZCreateApiTokenRequestSchema)
  .output(z.object({ id: z.string(), name: z.string(), prefix: z.string(), expiresAt: z.date().nullable(), createdAt: z.date(), token: z.string() }))
  .mutation(({ ctx, input }) => {
    const { name, expiresInDays } = input;
    return createApiToken(ctx.actor, ctx.publisher, { name, expiresInDays });
  });

export const findApiTokensRoute = publisherProcedure.output(z.array(ZApiTokenSchema)).query(({ ctx }) => findApiTokens(ctx.publisher));

export const revokeApiTokenRoute = publisherProcedure
  .input(z.object({ id: z.string().min(1) }))
  .output(z.object({ id: z.string(), revokedAt: z.date() }))
  .mutation(({ ctx, input }) => {
    const { id } = input;
    return revokeApiToken(ctx.actor, ctx.publisher, { id });
  });
