import semver from "semver";
import { z } from "zod";
import { isKnownPermission } from "../permissions";

/**
 * The schema of `module.toml` (docs/module-manifest.md is its reference for authors). Every
 * check carries its own plain-English message; parse-manifest.ts adds the position and turns
 * the remaining generic issues (wrong type, missing or unknown key) into words.
 */

export const MODULE_SLUG_PATTERN = /^[a-z][a-z0-9-]{1,47}$/;
export const SCHEMA_PREFIX_PATTERN = /^[a-z][a-z0-9_]{1,30}_$/;
export const EVENT_NAME_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
export const TAG_PATTERN = /^[a-z0-9-]{1,32}$/;
/** SPDX-ish: an identifier (`MIT`, `Apache-2.0`, `LicenseRef-Acme`) or an expression of them. */
const LICENSE_PATTERN = /^\(?[A-Za-z0-9][A-Za-z0-9.+-]*\)?( (AND|OR|WITH) \(?[A-Za-z0-9][A-Za-z0-9.+-]*\)?)*$/;

/** Platform ceilings for the sandbox that runs a module's hooks. */
export const HOOK_LIMITS = {
  /** `resources.max_memory` may not ask for more than this (256 MiB). */
  maxMemoryBytes: 256 * 1024 * 1024,
  /** `resources.timeout_ms` range. */
  minTimeoutMs: 1,
  maxTimeoutMs: 5000,
  /** `hooks.*.priority` range and default (lower runs first). */
  minPriority: 0,
  maxPriority: 1000,
  defaultPriority: 10,
} as const;

export const MAX_TAGS = 10;
export const MAX_SCREENSHOTS = 10;

const quote = (v: unknown) => JSON.stringify(v);

/** A whole number in [min, max]; the message names the value. */
const wholeNumber = (min: number, max: number, unit = "") =>
  z.number().superRefine((v, ctx) => {
    if (!Number.isInteger(v)) ctx.addIssue({ code: "custom", message: `must be a whole number${unit}, not ${v}` });
    else if (v < min || v > max) {
      ctx.addIssue({ code: "custom", message: max === Number.MAX_SAFE_INTEGER ? `must be ${min} or more, not ${v}` : `${v} is not between ${min} and ${max}${unit}` });
    }
  });

/** A string that must match `pattern`; the message names the value. */
const matching = (pattern: RegExp, message: (v: string) => string) =>
  z.string().superRefine((v, ctx) => {
    if (!pattern.test(v)) ctx.addIssue({ code: "custom", message: message(v) });
  });

/** `MODULE_SLUG_PATTERN` plus: no `--`, no trailing `-`. */
export function isModuleSlug(s: string): boolean {
  return MODULE_SLUG_PATTERN.test(s) && !s.includes("--") && !s.endsWith("-");
}

export function slugProblem(s: string): string | null {
  if (isModuleSlug(s)) return null;
  if (s.length < 2 || s.length > 48) return `${quote(s)} is not a valid module name: use 2 to 48 characters`;
  if (!/^[a-z]/.test(s)) return `${quote(s)} is not a valid module name: it must start with a lowercase letter`;
  if (s.includes("--")) return `${quote(s)} is not a valid module name: "--" is not allowed`;
  if (s.endsWith("-")) return `${quote(s)} is not a valid module name: it must not end with "-"`;
  return `${quote(s)} is not a valid module name: use lowercase letters, digits and single dashes`;
}

const UNITS: Record<string, number> = {
  B: 1,
  KB: 1000,
  MB: 1000 ** 2,
  GB: 1000 ** 3,
  TB: 1000 ** 4,
  KIB: 1024,
  MIB: 1024 ** 2,
  GIB: 1024 ** 3,
  TIB: 1024 ** 4,
};

/** "512MB" → 512000000, "64MiB" → 67108864, "1.5GB" → 1500000000; null if not a size. */
export function parseByteSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([A-Za-z]+)$/.exec(text.trim());
  if (!m) return null;
  const unit = UNITS[(m[2] ?? "").toUpperCase()];
  if (unit === undefined) return null;
  return Math.round(Number(m[1]) * unit);
}

/** "50%" → 50; null if not a percentage. */
export function parsePercent(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*%$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

const formatMiB = (bytes: number) => `${bytes / 1024 / 1024} MiB`;

function sizeSchema(what: string, max?: number) {
  return z.string().superRefine((v, ctx) => {
    const bytes = parseByteSize(v);
    if (bytes === null) {
      ctx.addIssue({ code: "custom", message: `${quote(v)} is not a size: write a number and a unit, like "64MB" or "512MiB" (units B, KB, MB, GB, KiB, MiB, GiB)` });
    } else if (bytes <= 0) {
      ctx.addIssue({ code: "custom", message: `${what} must be more than 0` });
    } else if (max !== undefined && bytes > max) {
      ctx.addIssue({ code: "custom", message: `${quote(v)} is more than the platform allows for ${what} (${formatMiB(max)})` });
    }
  });
}

/** A path inside the package: relative, forward slashes, no `.`/`..` segments. */
export function packagePathProblem(p: string): string | null {
  if (p.length === 0) return "must not be empty";
  if (p.startsWith("/")) return `${quote(p)} must be a relative path inside the package, not an absolute one`;
  if (p.includes("\\")) return `${quote(p)} must use forward slashes`;
  const segments = p.split("/");
  if (segments.some((s) => s === "..")) return `${quote(p)} must stay inside the package ("..")`;
  if (segments.some((s) => s === "." || s === "")) return `${quote(p)} is not a clean path (no "./", "//" or trailing "/")`;
  if (!/^[A-Za-z0-9._\-/]+$/.test(p)) return `${quote(p)} may only use letters, digits, ".", "_", "-" and "/"`;
  if (p.length > 200) return `${quote(p)} is longer than 200 characters`;
  return null;
}

function pathSchema(opts: { extensions?: readonly string[]; folder?: string; what: string }) {
  return z.string().superRefine((v, ctx) => {
    const problem = packagePathProblem(v);
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return;
    }
    if (opts.folder && !v.startsWith(`${opts.folder}/`)) {
      ctx.addIssue({ code: "custom", message: `${quote(v)} must be in the ${opts.folder}/ folder (${opts.what})` });
    } else if (opts.extensions && !opts.extensions.some((ext) => v.toLowerCase().endsWith(ext))) {
      ctx.addIssue({ code: "custom", message: `${quote(v)} must be a ${opts.extensions.join(" or ")} file (${opts.what})` });
    }
  });
}

const ZVersion = z.string().superRefine((v, ctx) => {
  if (semver.valid(v) !== v) {
    ctx.addIssue({ code: "custom", message: `${quote(v)} is not a valid semantic version (like "1.4.2" or "2.0.0-beta.1")` });
  }
});

/** An npm-style semver range: `^1.2`, `~1.4.0`, `>=2 <3`. */
export function rangeProblem(v: string): string | null {
  if (v.trim() === "" || semver.validRange(v) === null) return `${quote(v)} is not a valid semver range`;
  return null;
}

const ZRange = z.string().superRefine((v, ctx) => {
  const problem = rangeProblem(v);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const ZText = (what: string, max: number) =>
  z
    .string()
    .refine((v) => v.trim().length > 0, { message: `${what} must not be empty` })
    .refine((v) => v.length <= max, { message: `${what} must be at most ${max} characters` });

const ZUrl = z.string().superRefine((v, ctx) => {
  let isHttp = false;
  try {
    const u = new URL(v);
    isHttp = u.protocol === "https:" || u.protocol === "http:";
  } catch {
    isHttp = false;
  }
  if (!isHttp) ctx.addIssue({ code: "custom", message: `${quote(v)} is not an http(s) URL` });
});

const ZPermissionList = z.array(z.string()).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((name, i) => {
    if (typeof name !== "string") return;
    if (!isKnownPermission(name)) ctx.addIssue({ code: "custom", path: [i], message: `unknown permission ${quote(name)}` });
    else if (seen.has(name)) ctx.addIssue({ code: "custom", path: [i], message: `permission ${quote(name)} is listed twice` });
    seen.add(name);
  });
});

export type TDependencySpec = string | { version: string; optional?: boolean };

/** `slug = "^1.2"` or `slug = { version = "^1.0", optional = true }`. */
const ZDependencies = z.record(z.string(), z.unknown()).superRefine((deps, ctx) => {
  for (const [slug, spec] of Object.entries(deps)) {
    const slugIssue = slugProblem(slug);
    if (slugIssue) ctx.addIssue({ code: "custom", path: [slug], message: slugIssue.replace("module name", "module name to depend on"), params: { at: "key" } });
    if (typeof spec === "string") {
      const problem = rangeProblem(spec);
      if (problem) ctx.addIssue({ code: "custom", path: [slug], message: problem });
    } else if (spec !== null && typeof spec === "object" && !Array.isArray(spec) && !(spec instanceof Date)) {
      const table = spec as Record<string, unknown>;
      if (!("version" in table)) {
        ctx.addIssue({ code: "custom", path: [slug], message: `the dependency on ${quote(slug)} needs a version range: { version = "^1.0" }` });
      } else if (typeof table.version !== "string") {
        ctx.addIssue({ code: "custom", path: [slug, "version"], message: "must be a version range in quotes, like \"^1.0\"" });
      } else {
        const problem = rangeProblem(table.version);
        if (problem) ctx.addIssue({ code: "custom", path: [slug, "version"], message: problem });
      }
      if ("optional" in table && typeof table.optional !== "boolean") {
        ctx.addIssue({ code: "custom", path: [slug, "optional"], message: "must be true or false" });
      }
      for (const key of Object.keys(table)) {
        if (key !== "version" && key !== "optional") {
          ctx.addIssue({ code: "custom", path: [slug, key], message: `unknown key ${quote(key)} (a dependency has "version" and "optional")`, params: { at: "key" } });
        }
      }
    } else {
      ctx.addIssue({ code: "custom", path: [slug], message: `must be a version range like "^1.2", or a table like { version = "^1.2", optional = true }` });
    }
  }
}).transform((deps) => deps as Record<string, TDependencySpec>);

const ZHookEntry = z.strictObject({
  event: matching(EVENT_NAME_PATTERN, (v) => `${quote(v)} is not a valid event name: use dotted lowercase words, like "client.created"`),
  handler: pathSchema({ extensions: [".js", ".mjs"], what: "a hook handler is a JavaScript module" }),
  priority: wholeNumber(HOOK_LIMITS.minPriority, HOOK_LIMITS.maxPriority).default(HOOK_LIMITS.defaultPriority),
});

const ZUiPath = pathSchema({ folder: "ui", extensions: [".json"], what: "UI extensions are JSON files in ui/" });
const IMAGE_EXTENSIONS = [".svg", ".png", ".jpg", ".jpeg", ".webp"] as const;

export const ZManifestSchema = z.strictObject({
  module: z.strictObject({
    name: z.string().superRefine((v, ctx) => {
      const problem = slugProblem(v);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
    display_name: ZText("the display name", 80),
    version: ZVersion,
    description: ZText("the description", 500),
    author: ZText("the author", 100),
    license: matching(LICENSE_PATTERN, (v) => `${quote(v)} is not an SPDX license identifier or expression (like "MIT" or "Apache-2.0 OR MIT")`),
    homepage: ZUrl.optional(),
    repository: ZUrl.optional(),

    compatibility: z.strictObject({ adx_core_version: ZRange }),

    dependencies: ZDependencies.default({}),

    permissions: z
      .strictObject({
        required: ZPermissionList.default([]),
        optional: ZPermissionList.default([]),
      })
      .default({ required: [], optional: [] }),

    resources: z
      .strictObject({
        max_memory: sizeSchema("max_memory", HOOK_LIMITS.maxMemoryBytes).optional(),
        max_cpu: z
          .string()
          .superRefine((v, ctx) => {
            const pct = parsePercent(v);
            if (pct === null) ctx.addIssue({ code: "custom", message: `${quote(v)} is not a percentage: write it like "50%"` });
            else if (pct < 1 || pct > 100) ctx.addIssue({ code: "custom", message: `${quote(v)} must be between 1% and 100%` });
          })
          .optional(),
        max_storage: sizeSchema("max_storage").optional(),
        max_network_requests: wholeNumber(0, Number.MAX_SAFE_INTEGER).optional(),
        timeout_ms: wholeNumber(HOOK_LIMITS.minTimeoutMs, HOOK_LIMITS.maxTimeoutMs, " milliseconds").optional(),
      })
      .optional(),

    database: z
      .strictObject({
        schema_prefix: matching(
          SCHEMA_PREFIX_PATTERN,
          (v) => `${quote(v)} is not a valid table prefix: use 3 to 32 lowercase letters, digits and underscores, starting with a letter and ending with "_" (like "crm_")`,
        ),
        migrations_path: pathSchema({ what: "the folder with the migrations" }).default("migrations"),
      })
      .optional(),

    hooks: z
      .strictObject({
        post_install: pathSchema({ extensions: [".js", ".mjs"], what: "a hook handler is a JavaScript module" }).optional(),
        actions: z.array(ZHookEntry).default([]),
        filters: z.array(ZHookEntry).default([]),
      })
      .optional(),

    extensions: z
      .strictObject({
        navigation: z.array(ZUiPath).default([]),
        pages: z.array(ZUiPath).default([]),
        widgets: z.array(ZUiPath).default([]),
      })
      .optional(),

    config: z
      .strictObject({
        schema: pathSchema({ extensions: [".json"], what: "the configuration schema is a JSON Schema file" }),
      })
      .optional(),

    marketplace: z
      .strictObject({
        category: z.string().superRefine((v, ctx) => {
          if (!isModuleSlug(v)) ctx.addIssue({ code: "custom", message: `${quote(v)} is not a valid category: use a slug like "business-management"` });
        }),
        tags: z
          .array(matching(TAG_PATTERN, (v) => `${quote(v)} is not a valid tag: use up to 32 lowercase letters, digits and dashes`))
          .superRefine((tags, ctx) => {
            if (tags.length > MAX_TAGS) ctx.addIssue({ code: "custom", message: `has ${tags.length} tags; at most ${MAX_TAGS} are allowed` });
          })
          .default([]),
        price: z
          .number()
          .superRefine((v, ctx) => {
            if (v < 0) ctx.addIssue({ code: "custom", message: `must be 0 or more, not ${v}` });
          })
          .optional(),
        icon: pathSchema({ extensions: IMAGE_EXTENSIONS, what: "the icon is an image" }).optional(),
        screenshots: z
          .array(pathSchema({ extensions: IMAGE_EXTENSIONS, what: "screenshots are images" }))
          .superRefine((list, ctx) => {
            if (list.length > MAX_SCREENSHOTS) ctx.addIssue({ code: "custom", message: `has ${list.length} screenshots; at most ${MAX_SCREENSHOTS} are allowed` });
          })
          .default([]),
      })
      .optional(),
  }),
});

export type TManifest = z.infer<typeof ZManifestSchema>;

/** The manifest's dependencies as a list, table form and string form alike. */
export function listDependencies(m: TManifest): { slug: string; range: string; isOptional: boolean }[] {
  return Object.entries(m.module.dependencies).map(([slug, spec]) =>
    typeof spec === "string" ? { slug, range: spec, isOptional: false } : { slug, range: spec.version, isOptional: spec.optional === true },
  );
}
