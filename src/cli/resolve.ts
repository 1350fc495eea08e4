/**
 * adx-module resolve --catalog catalog.json [--installed installed.json] [--core 2.3.0] <slug[@range]>...
 *
 * Runs the same resolver the app runs (src/server/resolver) and prints its result as JSON on
 * stdout: `{ "ok": true, "plan": [...] }` (exit 0) or `{ "ok": false, "error": {...} }` (exit 1).
 * Unreadable or invalid files, versions and ranges give `{ "ok": false, "error": { "kind": "invalid" } }`.
 */
import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ResolverInputError } from "~/server/resolver/prepare-catalog";
import { resolve } from "~/server/resolver/resolve";
import { ZCatalogSchema, ZInstalledSchema, type TResolveRequestItem } from "~/server/resolver/resolver.schemas";

type ResolveIo = { out: (s: string) => void };

const ZResolveArgs = z.object({
  catalog: z.string({ error: "resolve needs --catalog <catalog.json>" }),
  installed: z.string().optional(),
  core: z.string().optional(),
  modules: z.array(z.string()).min(1, "resolve needs at least one module: <slug[@range]>"),
});

/** `invoices@^2.0` → { slug: "invoices", range: "^2.0" }; `invoices` → { slug: "invoices" }. */
export function parseModuleSpec(spec: string): TResolveRequestItem {
  const at = spec.indexOf("@");
  if (at < 0) return { slug: spec };
  const range = spec.slice(at + 1).trim();
  return range === "" ? { slug: spec.slice(0, at) } : { slug: spec.slice(0, at), range };
}

class InvalidInput extends Error {}

async function readJson<T>(file: string, what: string, schema: z.ZodType<T>): Promise<T> {
  const text = await fs.readFile(file, "utf8").catch(() => {
    throw new InvalidInput(`${file}: no such file`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InvalidInput(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    // Report every problem at once (STYLE.md rule 17).
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new InvalidInput(`${file} is not a valid ${what}: ${problems.join("; ")}`);
  }
  return parsed.data;
}

export async function cmdResolve(io: ResolveIo, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { catalog: { type: "string" }, installed: { type: "string" }, core: { type: "string" } },
    allowPositionals: true,
  });
  const input = ZResolveArgs.parse({ ...values, modules: positionals });
  const print = (result: unknown) => io.out(JSON.stringify(result, null, 2));
  try {
    const catalog = await readJson(input.catalog, "catalog", ZCatalogSchema);
    const installed = input.installed ? await readJson(input.installed, "installed set", ZInstalledSchema) : {};
    const result = resolve(catalog, installed, input.modules.map(parseModuleSpec), input.core ? { coreVersion: input.core } : {});
    print(result);
    return result.ok ? 0 : 1;
  } catch (e) {
    if (e instanceof InvalidInput || e instanceof ResolverInputError) {
      print({ ok: false, error: { kind: "invalid", message: e.message } });
      return 1;
    }
    throw e;
  }
}
