import { moduleCatalogChanged } from "~inngest/events";
import { logger } from "~/server/logger";
import { sendEvent } from "~/server/shared/events";

/**
 * After a committed change to a module's visible reviews: tells the catalog (its search index
 * sorts and filters by rating) that the module changed. Best effort: the review is saved whatever
 * happens here, so a failure is logged rather than reported to the reviewer as their error.
 */
export async function announceRatingChange(moduleId: string): Promise<void> {
  try {
    await sendEvent({ name: moduleCatalogChanged.name, data: { moduleId, change: "updated" } });
  } catch (err) {
    logger.warn({ err, moduleId }, "could not announce a rating change");
  }
}
