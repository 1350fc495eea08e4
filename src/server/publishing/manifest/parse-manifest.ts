import { parse as parseToml, TomlDate, TomlError } from "smol-toml";
import type { z } from "zod";
import { type Problem, sortProblems } from "../problems";
import { type TManifest, ZManifestSchema } from "./manifest.schema";
import { locateToml, type PathSegment } from "./toml-locator";

export const MANIFEST_FILE = "module.toml";

export type TParseManifestResult = { ok: true; manifest: TManifest; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Parses and validates `module.toml`, reporting every problem at once, each with the line and
 * column of the offending value (or key, for unknown keys; or `[table]` header, for missing
 * keys). On success `problems` holds warnings only.
 */
export function parseManifest(text: string): TParseManifestResult {
  // Editors do not count a byte-order mark as a column; neither do we.
  const source = text.replace(/^\uFEFF/, "");
  let raw: unknown;
  try {
    raw = parseToml(source);
  } catch (e) {
    if (e instanceof TomlError) {
      const reason = e.message.replace(/^Invalid TOML document:\s*/, "").split("\n")[0]?.trim() ?? "";
      return {
        ok: false,
        problems: [{ path: MANIFEST_FILE, file: MANIFEST_FILE, message: `is not valid TOML: ${reason}`, line: e.line, column: e.column }],
      };
    }
    throw e;
  }

  const locations = locateToml(source);
  const at = (path: readonly PathSegment[], prefer: "value" | "key" = "value"): Pick<Problem, "line" | "column" | "file"> => {
    const pos = locations.locate(path, prefer);
    return pos ? { file: MANIFEST_FILE, line: pos.line, column: pos.column } : { file: MANIFEST_FILE };
  };

  const problems: Problem[] = [];
  const result = ZManifestSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...issueToProblems(issue, raw, at));
  }
  problems.push(...crossFieldProblems(raw, at));

  if (problems.length > 0 || !result.success) return { ok: false, problems: dedupe(sortProblems(problems)) };
  return { ok: true, manifest: result.data, problems: sortProblems(warnings(result.data, at)) };
}

type At = (path: readonly PathSegment[], prefer?: "value" | "key") => Pick<Problem, "line" | "column" | "file">;

/**
 * The display path: below `[module]` without the prefix (`dependencies.membership`,
 * `hooks.actions[0].handler`), but keys directly in `[module]` keep it (`module.version`).
 */
export function manifestPath(segments: readonly PathSegment[]): string {
  const rel = segments[0] === "module" && segments.length > 2 ? segments.slice(1) : segments;
  let out = "";
  for (const s of rel) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(s)) out += out === "" ? s : `.${s}`;
    else out += `${out === "" ? "" : "."}${JSON.stringify(s)}`;
  }
  return out === "" ? "(root)" : out;
}

/** `[module.compatibility]` for a table path; used in "missing key" messages. */
function tableName(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return "the top level";
  if (segments.some((s) => typeof s === "number")) return manifestPath(segments);
  return `[${segments.join(".")}]`;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const s of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PathSegment, unknown>)[s];
  }
  return v;
}

/** "a string", "an integer", "a table"… as TOML calls them. */
function describeTomlValue(v: unknown): string {
  if (typeof v === "string") return `a string (${JSON.stringify(v)})`;
  if (typeof v === "number") return Number.isInteger(v) ? `an integer (${v})` : `a number (${v})`;
  if (typeof v === "bigint") return `an integer (${v})`;
  if (typeof v === "boolean") return `a boolean (${v})`;
  if (v instanceof TomlDate || v instanceof Date) return "a date";
  if (Array.isArray(v)) return "an array";
  return "a table";
}

const EXPECTED: Record<string, string> = {
  string: "a string in quotes",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "an array, like [\"a\", \"b\"]",
  object: "a table",
  record: "a table",
};

type Issue = z.core.$ZodIssue;

function issueToProblems(issue: Issue, raw: unknown, at: At): Problem[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s === "string" || typeof s === "number");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const keyPath = [...path, key];
      const hint = path.length === 0 ? " (everything goes in the [module] table)" : "";
      return { path: manifestPath(keyPath), message: `unknown key ${JSON.stringify(key)} in ${tableName(path)}${hint}`, ...at(keyPath, "key") };
    });
  }
  if (issue.code === "invalid_type") {
    const actual = valueAt(raw, path);
    if (actual === undefined && path.length === 1 && path[0] === "module") {
      return [{ path: "module", message: "the [module] table is missing; every manifest starts with [module]", file: MANIFEST_FILE }];
    }
    if (actual === undefined) {
      const key = path.at(-1);
      const parent = path.slice(0, -1);
      return [{ path: manifestPath(path), message: `${tableName(parent)} is missing the required key ${JSON.stringify(key)}`, ...at(path) }];
    }
    // An integer check fails as invalid_type with our own message ("must be a whole number").
    const message = issue.expected === "int" ? issue.message : `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeTomlValue(actual)}`;
    return [{ path: manifestPath(path), message, ...at(path) }];
  }
  const prefer = issue.code === "custom" && (issue.params as { at?: string } | undefined)?.at === "key" ? "key" : "value";
  return [{ path: manifestPath(path), message: issue.message, ...at(path, prefer) }];
}

const isTable = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof TomlDate);

/** Rules that involve two fields; run on the raw document so they report alongside type errors. */
function crossFieldProblems(raw: unknown, at: At): Problem[] {
  const problems: Problem[] = [];
  const mod = valueAt(raw, ["module"]);
  if (!isTable(mod)) return problems;

  const deps = mod.dependencies;
  if (typeof mod.name === "string" && isTable(deps) && Object.hasOwn(deps, mod.name)) {
    const path = ["module", "dependencies", mod.name];
    problems.push({ path: manifestPath(path), message: `a module cannot depend on itself (${JSON.stringify(mod.name)})`, ...at(path, "key") });
  }

  const perms = mod.permissions;
  if (isTable(perms) && Array.isArray(perms.required) && Array.isArray(perms.optional)) {
    const required = new Set(perms.required.filter((p): p is string => typeof p === "string"));
    perms.optional.forEach((p, i) => {
      if (typeof p === "string" && required.has(p)) {
        const path = ["module", "permissions", "optional", i];
        problems.push({ path: manifestPath(path), message: `permission ${JSON.stringify(p)} is both required and optional; list it once`, ...at(path) });
      }
    });
  }
  return problems;
}

/** Advice that does not block publishing. */
function warnings(m: TManifest, at: At): Problem[] {
  const out: Problem[] = [];
  const prefix = m.module.database?.schema_prefix;
  if (prefix && prefix[0] !== m.module.name[0]) {
    const path = ["module", "database", "schema_prefix"];
    out.push({
      path: manifestPath(path),
      message: `${JSON.stringify(prefix)} does not look like an abbreviation of ${JSON.stringify(m.module.name)}; a prefix that starts like the module name is easier to recognise`,
      ...at(path),
    });
  }
  return out;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path}\u0000${p.message}\u0000${p.line}\u0000${p.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Every package file the manifest names, with the manifest path that names it. */
export function referencedFiles(m: TManifest): { path: string; manifestPath: string }[] {
  const out: { path: string; manifestPath: string }[] = [];
  const add = (path: string | undefined, segments: PathSegment[]) => {
    if (path !== undefined) out.push({ path, manifestPath: manifestPath(["module", ...segments]) });
  };
  const { hooks, extensions, config, marketplace } = m.module;
  add(hooks?.post_install, ["hooks", "post_install"]);
  hooks?.actions.forEach((h, i) => add(h.handler, ["hooks", "actions", i, "handler"]));
  hooks?.filters.forEach((h, i) => add(h.handler, ["hooks", "filters", i, "handler"]));
  for (const kind of ["navigation", "pages", "widgets"] as const) extensions?.[kind].forEach((p, i) => add(p, ["extensions", kind, i]));
  add(config?.schema, ["config", "schema"]);
  add(marketplace?.icon, ["marketplace", "icon"]);
  marketplace?.screenshots.forEach((p, i) => add(p, ["marketplace", "screenshots", i]));
  return out;
}

/** Segments of a display path made by `manifestPath`, for looking the position up again. */
export function manifestPathSegments(display: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const re = /\[(\d+)\]|"((?:[^"\\]|\\.)*)"|([A-Za-z0-9_-]+)/g;
  for (const m of display.matchAll(re)) {
    if (m[1] !== undefined) segments.push(Number(m[1]));
    else if (m[2] !== undefined) segments.push(JSON.parse(`"${m[2]}"`) as string);
    else if (m[3] !== undefined) segments.push(m[3]);
  }
  return segments[0] === "module" ? segments : ["module", ...segments];
}

/** Line and column of a manifest path (display form) in the manifest source, if it is there. */
export function locateInManifest(source: string, display: string): Pick<Problem, "line" | "column" | "file"> {
  const pos = locateToml(source).locate(manifestPathSegments(display));
  return pos ? { file: MANIFEST_FILE, line: pos.line, column: pos.column } : { file: MANIFEST_FILE };
}
