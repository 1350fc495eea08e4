import { errorResponse } from "~/app/api/v1/_lib/respond";
import { readPublisherForm } from "~/app/api/v1/_lib/publisher-request";
import { PACKAGE_LIMITS } from "~/server/publishing/package/read-package";
import { uploadVersion } from "~/server/publishing/upload-version";
import { AppError } from "~/server/shared/app-error";

export const dynamic = "force-dynamic";

/** Uploads a module package (multipart field `package`) as a new draft version. See /api/v1/openapi.json. */
export async function POST(req: Request, { params }: { params: Promise<{ publisher: string; module: string }> }) {
  try {
    const { publisher: publisherSlug, module: moduleSlug } = await params;
    const { actor, publisher, form } = await readPublisherForm(
      req,
      publisherSlug,
      PACKAGE_LIMITS.maxCompressedBytes + 64 * 1024,
      `Packages are limited to ${PACKAGE_LIMITS.maxCompressedBytes / 1024 / 1024} MiB.`,
    );
    const file = form?.get("package");
    if (!(file instanceof Blob)) {
      throw new AppError("INVALID_INPUT", { userMessage: "Send the package as a multipart/form-data field named `package`." });
    }
    const data = new Uint8Array(await file.arrayBuffer());
    const version = await uploadVersion(actor, publisher, { moduleSlug, data });
    return Response.json({ version }, { status: 201 });
  } catch (e) {
    return errorResponse(e);
  }
}
