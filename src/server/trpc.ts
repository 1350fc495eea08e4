/**
 * tRPC plumbing: the context, the error formatter and the procedure tiers that say who may call.
 * Procedures are thin adapters over capability functions (src/server/<capability>/).
 */
import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { env } from "~/env";
import type { TenantRole } from "~/generated/prisma/enums";
import { logger } from "~/server/logger";
import { type Actor, requireModerator, requirePlatformAdmin, requireUser } from "~/server/shared/actor";
import { AppError, type AppErrorCode } from "~/server/shared/app-error";
import { getPublisherMembership } from "~/server/publishing/publisher-scope";
import { getTenantMembership } from "~/server/tenancy/tenant-scope";

export type TRPCContext = { actor: Actor };

export const createTRPCContext = (opts: { actor: Actor }): TRPCContext => ({ actor: opts.actor });

const TRPC_CODE: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  UNAUTHORIZED: "UNAUTHORIZED",
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  INVALID_INPUT: "BAD_REQUEST",
  PRECONDITION_FAILED: "PRECONDITION_FAILED",
  LIMIT_EXCEEDED: "PAYLOAD_TOO_LARGE",
};

const GENERIC_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const app = error.cause instanceof AppError ? error.cause : null;
    const zod = error.cause instanceof ZodError ? error.cause : null;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      // Unknown errors reach people as a generic message, never raw text.
      message: app ? app.userMessage : zod ? (zod.issues[0]?.message ?? "Some of what you entered isn't valid.") : internal ? GENERIC_MESSAGE : shape.message,
      data: {
        ...shape.data,
        stack: env.NODE_ENV === "development" ? shape.data.stack : undefined,
        appCode: app?.code ?? null,
        details: app?.details ?? null,
        zodError: zod ? z.flattenError(zod) : null,
      },
    };
  },
});

/** Turns AppError (thrown by capability functions) into the matching tRPC error. */
const appErrors = t.middleware(async ({ next, path, type }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      throw new TRPCError({ code: TRPC_CODE[cause.code], message: cause.message, cause });
    }
    // Capability functions validate their input too; their Zod errors are the caller's mistake, not ours.
    if (cause instanceof ZodError) {
      throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      logger.error({ err: result.error.cause ?? result.error, path, type }, "procedure failed");
    }
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(appErrors);

/** Any signed-in user. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) =>
  next({ ctx: { actor: requireUser(ctx.actor) } }),
);

/** A platform moderator (or admin). */
export const moderatorProcedure = publicProcedure.use(({ ctx, next }) =>
  next({ ctx: { actor: requireModerator(ctx.actor) } }),
);

/** A platform admin. */
export const adminProcedure = publicProcedure.use(({ ctx, next }) =>
  next({ ctx: { actor: requirePlatformAdmin(ctx.actor) } }),
);

export const ZTenantInput = z.object({ tenant: z.string().min(1).max(64) });
export const ZPublisherInput = z.object({ publisher: z.string().min(1).max(64) });

/**
 * A member of the tenant named in the input (`tenant`: its slug) with at least `minRole`.
 * Membership is checked on the server for every call; non-members get NOT_FOUND, so the
 * existence of other tenants is not revealed.
 */
export const tenantProcedure = (minRole: TenantRole = "MEMBER") =>
  authedProcedure.input(ZTenantInput).use(async ({ ctx, input, next }) => {
    const tenant = await getTenantMembership(ctx.actor, input.tenant, minRole);
    return next({ ctx: { tenant } });
  });

/** A member of the publisher named in the input (`publisher`: its slug). */
export const publisherProcedure = authedProcedure.input(ZPublisherInput).use(async ({ ctx, input, next }) => {
  const publisher = await getPublisherMembership(ctx.actor, input.publisher);
  return next({ ctx: { publisher } });
});
