import { Inngest } from "inngest";
import { env } from "~/env";
import { logger } from "~/server/logger";

/**
 * The one Inngest client. Functions live in ./functions/<capability>/<verb-noun>.ts. With
 * INNGEST_EVENT_KEY set, Inngest Cloud (or the self-hosted server at INNGEST_BASE_URL) runs them;
 * otherwise the embedded executor does (src/server/executor, docs/decisions/003).
 */
export const inngest = new Inngest({
  id: "adx-marketplace",
  ...(env.INNGEST_BASE_URL ? { baseUrl: env.INNGEST_BASE_URL } : {}),
  // The SDK's and the functions' `logger` write through pino like the rest of the server.
  logger: logger.child({ component: "inngest" }),
});
