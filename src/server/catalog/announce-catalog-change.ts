import type { z } from "zod";
import { moduleCatalogChanged } from "~inngest/events";
import { type Db, prisma } from "~/server/db";
import { logger } from "~/server/logger";
import { sendEvent } from "~/server/shared/events";

export type TCatalogChange = z.infer<typeof moduleCatalogChanged.schema>["change"];

/**
 * After a committed change to what the public catalog shows of a module: tells the rest of the app
 * (the search index, inngest/functions/search/sync-module.ts). Best effort: the change is saved
 * whatever happens here, so a failure is logged, not reported as the caller's error; the sync
 * re-reads the module, and `npm run search:rebuild` repairs anything missed.
 *
 * `db` is what the change was written with. Only on the app's own client has the change's
 * transaction committed when this runs; a caller that passes its own client or transaction composes
 * a larger one (the seed builds the whole demo in one, and Prisma nests transactions as savepoints),
 * which has not committed yet: nothing is sent then (the event would point at rows nobody can see,
 * and waiting on the caller's locks could deadlock), and the composing caller announces or rebuilds
 * the index once it commits.
 */
export async function announceCatalogChange(db: Db, moduleId: string, change: TCatalogChange): Promise<void> {
  if (db !== prisma) return;
  try {
    await sendEvent({ name: moduleCatalogChanged.name, data: { moduleId, change } });
  } catch (err) {
    logger.warn({ err, moduleId, change }, "could not announce a catalog change");
  }
}
