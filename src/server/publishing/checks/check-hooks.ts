import { parse as parseJs, type Node, type Program } from "acorn";
import type { TManifest } from "../manifest/manifest.schema";
import type { Problem } from "../problems";

/** A hook file is loaded into the sandbox whole; keep it small. */
export const MAX_HOOK_BYTES = 64 * 1024;

/** Every hook file the manifest names, once each. */
export function hookFiles(manifest: TManifest): string[] {
  const hooks = manifest.module.hooks;
  if (!hooks) return [];
  const all = [hooks.post_install, ...hooks.actions.map((h) => h.handler), ...hooks.filters.map((h) => h.handler)];
  return [...new Set(all.filter((f): f is string => typeof f === "string"))];
}

type AnyNode = Node & Record<string, unknown>;
const isFunctionNode = (n: unknown) => {
  const type = (n as { type?: string } | null)?.type;
  return type === "FunctionDeclaration" || type === "FunctionExpression" || type === "ArrowFunctionExpression";
};

/** Whether the module's default export is a function (declared inline, or by name). */
function defaultExport(program: Program): "function" | "other" | "none" {
  const topLevelFunctions = new Set<string>();
  const topLevelOther = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === "FunctionDeclaration" && statement.id) topLevelFunctions.add(statement.id.name);
    if (statement.type === "VariableDeclaration") {
      for (const d of statement.declarations) {
        if (d.id.type !== "Identifier") continue;
        if (statement.kind === "const" && isFunctionNode(d.init)) topLevelFunctions.add(d.id.name);
        else topLevelOther.add(d.id.name);
      }
    }
  }
  const isFunctionName = (name: string) => topLevelFunctions.has(name) && !topLevelOther.has(name);

  for (const statement of program.body) {
    if (statement.type === "ExportDefaultDeclaration") {
      const d = statement.declaration as AnyNode;
      if (isFunctionNode(d)) return "function";
      if (d.type === "Identifier" && typeof d.name === "string" && isFunctionName(d.name)) return "function";
      return "other";
    }
    if (statement.type === "ExportNamedDeclaration") {
      for (const s of statement.specifiers) {
        const exported = s.exported.type === "Identifier" ? s.exported.name : String(s.exported.value);
        if (exported !== "default") continue;
        if (statement.source) return "other"; // re-exported from another file: not checkable here
        const local = s.local.type === "Identifier" ? s.local.name : String(s.local.value);
        return isFunctionName(local) ? "function" : "other";
      }
    }
  }
  return "none";
}

/**
 * Checks each hook file the manifest names: small enough, valid JavaScript (an ES module, ES2022),
 * and exporting a function as default. Missing files are reported by the files check.
 */
export function checkHooks(files: Map<string, Buffer>, manifest: TManifest): Problem[] {
  const problems: Problem[] = [];
  for (const file of hookFiles(manifest)) {
    const body = files.get(file);
    if (!body) continue;
    if (body.length > MAX_HOOK_BYTES) {
      problems.push({ path: file, file, message: `is ${Math.ceil(body.length / 1024)} KiB; a hook file may be at most ${MAX_HOOK_BYTES / 1024} KiB` });
      continue;
    }
    let program: Program;
    try {
      program = parseJs(body.toString("utf8"), { ecmaVersion: 2022, sourceType: "module", locations: true });
    } catch (e) {
      const err = e as SyntaxError & { loc?: { line: number; column: number } };
      const reason = err.message.replace(/\s*\(\d+:\d+\)$/, "");
      problems.push({
        path: file,
        file,
        message: `is not valid JavaScript: ${reason}`,
        ...(err.loc ? { line: err.loc.line, column: err.loc.column + 1 } : {}),
      });
      continue;
    }
    const kind = defaultExport(program);
    if (kind === "none") {
      problems.push({ path: file, file, message: "has no default export; export the hook as `export default function (ctx, …) { … }`" });
    } else if (kind === "other") {
      problems.push({ path: file, file, message: "must export a function as default (`export default function (ctx, …) { … }`)" });
    }
  }
  return problems;
}
