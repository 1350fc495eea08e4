import fs from "node:fs/promises";
import { mediaFilePath } from "~/server/publishing/module-media";

/** Listing images, immutable (content-addressed). SVGs are sandboxed: a script inside one never runs. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const found = await mediaFilePath((await params).file);
  const data = found ? await fs.readFile(found.path).catch(() => null) : null;
  if (!found || !data) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(data), {
    headers: {
      "content-type": found.contentType,
      "cache-control": "public, max-age=31536000, immutable",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "x-content-type-options": "nosniff",
    },
  });
}
