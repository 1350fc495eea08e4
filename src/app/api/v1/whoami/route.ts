import { errorResponse } from "~/app/api/v1/_lib/respond";
import { authenticateApiToken } from "~/server/publishing/api-tokens";
import { AppError } from "~/server/shared/app-error";

export const dynamic = "force-dynamic";

/** The publisher an API token acts for (the CLI uses it to build upload URLs). */
export async function GET(req: Request) {
  try {
    const bearer = req.headers.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const auth = bearer ? await authenticateApiToken(bearer) : null;
    if (!auth) throw new AppError("UNAUTHORIZED", { userMessage: "The API token is missing, malformed, expired or revoked." });
    return Response.json({ publisher: { slug: auth.publisher.slug, name: auth.publisher.name } });
  } catch (e) {
    return errorResponse(e);
  }
}
