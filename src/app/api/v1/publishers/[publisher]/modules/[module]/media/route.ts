import { errorResponse } from "~/app/api/v1/_lib/respond";
import { readPublisherForm } from "~/app/api/v1/_lib/publisher-request";
import { uploadModuleMedia, ZMediaKindSchema } from "~/server/publishing/module-media";
import { AppError } from "~/server/shared/app-error";

export const dynamic = "force-dynamic";

/** Uploads a listing's icon or a screenshot: multipart fields `kind` (icon|screenshot), `file`, `caption`. */
export async function POST(req: Request, { params }: { params: Promise<{ publisher: string; module: string }> }) {
  try {
    const { publisher: publisherSlug, module: moduleSlug } = await params;
    const { actor, publisher, form } = await readPublisherForm(req, publisherSlug, 4 * 1024 * 1024, "Images are limited to 3 MiB.");
    const kind = ZMediaKindSchema.safeParse(form?.get("kind"));
    const file = form?.get("file");
    if (!kind.success || !(file instanceof Blob)) {
      throw new AppError("INVALID_INPUT", { userMessage: "Send multipart fields `kind` (icon or screenshot) and `file`." });
    }
    const caption = form?.get("caption");
    const result = await uploadModuleMedia(actor, publisher, {
      moduleSlug,
      kind: kind.data,
      data: new Uint8Array(await file.arrayBuffer()),
      caption: typeof caption === "string" ? caption : undefined,
    });
    return Response.json(result, { status: 201 });
  } catch (e) {
    return errorResponse(e);
  }
}
