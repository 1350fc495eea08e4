import { OPENAPI_DOCUMENT } from "~/server/publishing/openapi";

export function GET() {
  return Response.json(OPENAPI_DOCUMENT);
}
