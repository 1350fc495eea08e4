import { eventType } from "inngest";
import { z } from "zod";

/**
 * Typed event payloads, named `capability/noun.verb`. Capabilities send them through
 * src/server/shared/events.ts after their transaction commits.
 */
export const moduleCatalogChanged = eventType("catalog/module.changed", {
  schema: z.object({
    moduleId: z.string(),
    change: z.enum(["published", "updated", "deprecated", "yanked", "taken_down", "restored"]),
  }),
});
