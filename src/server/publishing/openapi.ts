/** OpenAPI 3.1 description of the publishing API, served at /api/v1/openapi.json. */
const problem = {
  type: "object",
  required: ["path", "message"],
  properties: {
    path: { type: "string", description: "Manifest path (dependencies.membership) or package file path" },
    message: { type: "string" },
    file: { type: "string", description: "The package file the problem is in" },
    line: { type: "integer" },
    column: { type: "integer" },
  },
} as const;

const error = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INVALID_INPUT", "PRECONDITION_FAILED", "LIMIT_EXCEEDED", "INTERNAL"] },
        message: { type: "string", description: "What happened and what to do, in words" },
        problems: { type: "array", items: { $ref: "#/components/schemas/Problem" } },
      },
    },
  },
} as const;

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

const pathParams = [
  { name: "publisher", in: "path", required: true, schema: { type: "string" }, description: "Publisher slug" },
  { name: "module", in: "path", required: true, schema: { type: "string" }, description: "Module slug (must equal the manifest's module.name)" },
];

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "ADX Module Marketplace publishing API",
    version: "1.0.0",
    description:
      "Upload module packages as new draft versions. Authenticate with a publisher API token (create one on the publisher's API tokens page) as `Authorization: Bearer adx_…`; tokens are scoped to one publisher and expire. The `adx-module publish` CLI uses this API.",
  },
  components: {
    securitySchemes: { bearerToken: { type: "http", scheme: "bearer", description: "Publisher API token (adx_<prefix>_<secret>)" } },
    schemas: {
      Problem: problem,
      Error: error,
      Check: {
        type: "object",
        properties: { name: { type: "string" }, status: { type: "string", enum: ["passed", "warning", "failed"] }, problems: { type: "array", items: { type: "string" } } },
      },
      Version: {
        type: "object",
        properties: {
          id: { type: "string" },
          moduleSlug: { type: "string" },
          version: { type: "string" },
          state: { type: "string", enum: ["DRAFT"] },
          sha256: { type: "string" },
          sizeBytes: { type: "integer" },
          checkReport: { type: "object", properties: { ok: { type: "boolean" }, checks: { type: "array", items: { $ref: "#/components/schemas/Check" } } } },
        },
      },
    },
  },
  security: [{ bearerToken: [] }],
  paths: {
    "/api/v1/publishers/{publisher}/modules/{module}/versions": {
      post: {
        summary: "Upload a new version",
        description:
          "Inspects the package (size and archive safety limits, manifest, referenced files, migrations, hooks) and, when valid, stores it content-addressed and creates a DRAFT version with its automated check report. Submit it for review in the author portal. Versions are immutable and must be greater than every published version.",
        parameters: pathParams,
        requestBody: {
          required: true,
          content: { "multipart/form-data": { schema: { type: "object", required: ["package"], properties: { package: { type: "string", format: "binary", description: "The .tgz package (at most 10 MiB)" } } } } },
        },
        responses: {
          "201": { description: "Created", content: { "application/json": { schema: { type: "object", properties: { version: { $ref: "#/components/schemas/Version" } } } } } },
          "400": errorResponse("The package is invalid: `problems` lists every problem, with file, line and column"),
          "401": errorResponse("Missing, malformed, expired or revoked token"),
          "403": errorResponse("The token belongs to another publisher"),
          "404": errorResponse("No such module in this publisher"),
          "409": errorResponse("This version already exists"),
          "412": errorResponse("The version is not greater than the newest published one, or the module was taken down"),
          "413": errorResponse("The package is too large"),
        },
      },
    },
    "/api/v1/publishers/{publisher}/modules/{module}/media": {
      post: {
        summary: "Upload the listing's icon or a screenshot",
        parameters: pathParams,
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["kind", "file"],
                properties: { kind: { type: "string", enum: ["icon", "screenshot"] }, file: { type: "string", format: "binary" }, caption: { type: "string" } },
              },
            },
          },
        },
        responses: {
          "201": { description: "The listing's icon URL and screenshots" },
          "400": errorResponse("Not a PNG, JPEG, WebP or SVG image"),
          "401": errorResponse("Not authenticated"),
          "413": errorResponse("Too large, or too many screenshots"),
        },
      },
    },
  },
} as const;
