import type { TManifest } from "../manifest/manifest.schema";
import { locateInManifest, referencedFiles } from "../manifest/parse-manifest";
import type { Problem } from "../problems";

/**
 * Every file the manifest names is in the package; the configuration schema is a JSON object.
 * Problems point at the manifest line that names the file.
 */
export function checkReferencedFiles(files: Map<string, Buffer>, manifest: TManifest, manifestSource: string): Problem[] {
  const problems: Problem[] = [];
  for (const ref of referencedFiles(manifest)) {
    if (!files.has(ref.path)) {
      problems.push({ path: ref.manifestPath, message: `${JSON.stringify(ref.path)} is not in the package`, ...locateInManifest(manifestSource, ref.manifestPath) });
    }
  }
  const schemaPath = manifest.module.config?.schema;
  const schema = schemaPath ? files.get(schemaPath) : undefined;
  if (schemaPath && schema) {
    const parsed = parseJson(schema);
    if (!parsed.ok) {
      problems.push({ path: schemaPath, file: schemaPath, message: `is not valid JSON: ${parsed.reason}`, ...(parsed.line ? { line: parsed.line, column: parsed.column } : {}) });
    }
    else if (!isPlainObject(parsed.value)) problems.push({ path: schemaPath, file: schemaPath, message: "must be a JSON Schema object ({ \"type\": \"object\", … })" });
  }
  return problems;
}

/** Each UI extension file is a JSON object with a `type` ("form", "table", "widget", "navigation", …). */
export function checkUiExtensions(files: Map<string, Buffer>, manifest: TManifest): Problem[] {
  const problems: Problem[] = [];
  const extensions = manifest.module.extensions;
  if (!extensions) return problems;
  const paths = [...new Set([...extensions.navigation, ...extensions.pages, ...extensions.widgets])];
  for (const path of paths) {
    const body = files.get(path);
    if (!body) continue; // reported by the files check
    const parsed = parseJson(body);
    if (!parsed.ok) {
      problems.push({ path, file: path, message: `is not valid JSON: ${parsed.reason}`, ...(parsed.line ? { line: parsed.line, column: parsed.column } : {}) });
    } else if (!isPlainObject(parsed.value)) {
      problems.push({ path, file: path, message: "must be a JSON object" });
    } else if (typeof parsed.value.type !== "string" || parsed.value.type.trim() === "") {
      problems.push({ path, file: path, message: 'needs a "type" (a string such as "form", "table", "widget" or "navigation")' });
    }
  }
  return problems;
}

/** Advice about README.md and CHANGELOG.md: their absence does not block publishing. */
export function checkDocuments(files: Map<string, Buffer>, manifest: TManifest, changelogSection: string): Problem[] {
  const warnings: Problem[] = [];
  if (!files.has("README.md")) warnings.push({ path: "README.md", message: "is missing; it becomes the module's description page" });
  if (!files.has("CHANGELOG.md")) {
    warnings.push({ path: "CHANGELOG.md", message: "is missing; tenants read it before they upgrade" });
  } else if (changelogSection === "") {
    warnings.push({ path: "CHANGELOG.md", file: "CHANGELOG.md", message: `has no "## ${manifest.module.version}" section for this version` });
  }
  return warnings;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false; reason: string; line?: number; column?: number } {
  const text = body.toString("utf8").replace(/^\uFEFF/, "");
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // V8: "… in JSON at position 42 (line 3 column 7)" — or only the position.
    const lc = /line (\d+) column (\d+)/.exec(message);
    const pos = /at position (\d+)/.exec(message);
    const reason = message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+/, "");
    if (lc) return { ok: false, reason, line: Number(lc[1]), column: Number(lc[2]) };
    if (pos) {
      const before = text.slice(0, Number(pos[1])).split("\n");
      return { ok: false, reason, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
    }
    return { ok: false, reason };
  }
}
