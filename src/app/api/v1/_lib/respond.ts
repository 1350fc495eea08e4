import { logger } from "~/server/logger";
import { ZodError, z } from "zod";
import { isAppError } from "~/server/shared/app-error";

/** The publishing API's error body: `{ error: { code, message, problems? } }` with the matching status. */
export function errorResponse(e: unknown): Response {
  if (isAppError(e)) {
    const details = (e.details ?? {}) as { problems?: unknown };
    return Response.json(
      { error: { code: e.code, message: e.userMessage, ...(details.problems ? { problems: details.problems } : {}) } },
      { status: e.status },
    );
  }
  if (e instanceof ZodError) {
    const problems = e.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return Response.json({ error: { code: "INVALID_INPUT", message: z.prettifyError(e), problems } }, { status: 400 });
  }
  logger.error({ err: e }, "publishing API request failed");
  return Response.json({ error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } }, { status: 500 });
}
