import { getCurrentActor } from "~/server/auth";
import { authenticatePublisherRequest } from "~/server/publishing/authenticate-publisher";
import { AppError } from "~/server/shared/app-error";

/**
 * The publisher a publishing-API request acts for (bearer token, or else the session), and its
 * multipart form, refused early when the body is larger than `maxBytes`.
 */
export async function readPublisherForm(req: Request, publisherSlug: string, maxBytes: number, limitMessage: string) {
  const authorization = req.headers.get("authorization");
  const auth = await authenticatePublisherRequest({
    authorization,
    sessionActor: authorization ? null : await getCurrentActor(),
    publisherSlug,
  });
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) throw new AppError("LIMIT_EXCEEDED", { userMessage: limitMessage });
  const form = await req.formData().catch(() => null);
  return { ...auth, form };
}
