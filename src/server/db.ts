import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { env } from "~/env";
import { logger } from "~/server/logger";

function createClient(url: string = env.DATABASE_URL) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: env.DATABASE_POOL_SIZE }),
    log: [
      { emit: "event", level: "query" },
      { emit: "event", level: "error" },
    ],
  });
  client.$on("query", (e) => {
    if (e.duration >= env.SLOW_QUERY_MS) logger.warn({ durationMs: e.duration, query: e.query }, "slow query");
  });
  client.$on("error", (e) => logger.error({ target: e.target }, e.message));
  // A WHERE with an undefined value matches every row: refuse mass updates and deletes built from
  // a missing id rather than silently touching a whole table.
  return client.$extends({
    query: {
      $allModels: {
        async updateMany({ model, args, query }) {
          assertNoUndefined(model, "updateMany", args.where);
          return query(args);
        },
        async deleteMany({ model, args, query }) {
          assertNoUndefined(model, "deleteMany", args.where);
          return query(args);
        },
      },
    },
  });
}

function assertNoUndefined(model: string, op: string, where: unknown) {
  if (where === undefined || (where !== null && typeof where === "object" && hasUndefined(where))) {
    throw new Error(`${model}.${op}: WHERE contains undefined; refusing to touch every row`);
  }
}

function hasUndefined(value: object): boolean {
  return Object.values(value as Record<string, unknown>).some(
    (v) => v === undefined || (v !== null && typeof v === "object" && !(v instanceof Date) && hasUndefined(v)),
  );
}

export type PrismaDb = ReturnType<typeof createClient>;
/** A client or an interactive transaction: capability functions accept either, so they compose. */
export type Db = Omit<PrismaDb, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/**
 * Runs `fn` in a transaction: a new one on a client, or the caller's own when `db` is already a
 * transaction (so a capability function can be composed into a larger transaction, e.g. the seed).
 */
export function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  const client = db as Partial<Pick<PrismaDb, "$transaction">>;
  return client.$transaction ? client.$transaction((tx) => fn(tx)) : fn(db);
}

const globalForDb = globalThis as unknown as { adxPrisma?: PrismaDb };

/** The one Prisma client of the process (cached on globalThis so dev reloads reuse the pool). */
export const prisma: PrismaDb = globalForDb.adxPrisma ?? createClient();
// Only `next dev` reloads modules; tests and production get a client per module graph.
if (env.NODE_ENV === "development") globalForDb.adxPrisma = prisma;

export { createClient as createPrismaClient };
