/**
 * adx-module: scaffold, validate, pack and publish ADX modules.
 *
 *   adx-module init <dir> [--name <slug>]
 *   adx-module validate <dir|package.tgz> [--json]
 *   adx-module pack <dir> [--out <file.tgz>]
 *   adx-module publish <package.tgz> --url <app url> --token <api token>
 *   adx-module resolve --catalog <catalog.json> [--installed <installed.json>] [--core <version>] <slug[@range]>...
 *
 * `validate` runs the same inspection as the server (src/server/publishing/inspect-package.ts)
 * and never writes anything. Exit codes: 0 ok, 1 problems found or the request failed, 2 usage.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { inspectDirectory, inspectPackage, type TInspection } from "~/server/publishing/inspect-package";
import { packDirectory } from "~/server/publishing/package/pack-directory";
import { formatProblem } from "~/server/publishing/problems";
import { cmdResolve } from "./resolve";
import { scaffoldModule } from "./scaffold";

const USAGE = `Usage:
  adx-module init <dir> [--name <slug>]          scaffold a new module
  adx-module validate <dir|package.tgz> [--json]  check a module (writes nothing)
  adx-module pack <dir> [--out <file.tgz>]        write a deterministic package, print its sha256
  adx-module publish <package.tgz> --url <url> --token <token>
                                                  upload a package as a new draft version
  adx-module resolve --catalog <catalog.json> [--installed <installed.json>] [--core <version>] <slug[@range]>...
                                                  print the install plan (JSON) for modules
Environment: ADX_URL and ADX_TOKEN stand in for --url and --token.`;

type Io = { out: (s: string) => void; err: (s: string) => void; env: Record<string, string | undefined>; fetch: typeof fetch };
const defaultIo: Io = { out: (s) => console.log(s), err: (s) => console.error(s), env: process.env, fetch: globalThis.fetch };

class UsageError extends Error {}

async function isDirectory(p: string) {
  return (await fs.stat(p).catch(() => null))?.isDirectory() ?? false;
}

async function inspectTarget(target: string): Promise<TInspection> {
  if (await isDirectory(target)) return inspectDirectory(target);
  const data = await fs.readFile(target).catch(() => {
    throw new UsageError(`${target}: no such file or folder`);
  });
  return inspectPackage(data);
}

function printProblems(io: Io, inspection: TInspection) {
  for (const p of inspection.problems) io.err(`  ${p.file ? `${p.file}: ` : ""}${formatProblem(p)}`);
}

async function cmdValidate(io: Io, args: string[]) {
  const { values, positionals } = parseArgs({ args, options: { json: { type: "boolean", default: false } }, allowPositionals: true });
  const target = z.string({ error: "validate needs a folder or a .tgz" }).parse(positionals[0]);
  const inspection = await inspectTarget(target);
  if (values.json) {
    io.out(
      JSON.stringify(
        inspection.ok
          ? { ok: true, module: inspection.manifest?.module.name, version: inspection.manifest?.module.version, sha256: inspection.sha256, problems: [] }
          : { ok: false, problems: inspection.problems.map((p) => ({ path: p.path, message: p.message, line: p.line ?? null, column: p.column ?? null, file: p.file ?? null })) },
      ),
    );
  } else if (inspection.ok) {
    io.out(`✓ ${inspection.manifest?.module.name}@${inspection.manifest?.module.version} is valid (${inspection.files.length} files)`);
  } else {
    io.err(`✗ ${inspection.problems.length} problem${inspection.problems.length === 1 ? "" : "s"} in ${target}:`);
    printProblems(io, inspection);
  }
  return inspection.ok ? 0 : 1;
}

async function cmdPack(io: Io, args: string[]) {
  const { values, positionals } = parseArgs({ args, options: { out: { type: "string" } }, allowPositionals: true });
  const dir = z.string({ error: "pack needs a module folder" }).parse(positionals[0]);
  if (!(await isDirectory(dir))) throw new UsageError(`${dir} is not a folder`);
  const inspection = await inspectDirectory(dir);
  if (!inspection.ok || !inspection.manifest) {
    io.err(`✗ not packing: ${inspection.problems.length} problem(s) in ${dir}:`);
    printProblems(io, inspection);
    return 1;
  }
  const { data, sha256 } = await packDirectory(dir);
  const out = values.out ?? `${inspection.manifest.module.name}-${inspection.manifest.module.version}.tgz`;
  await fs.writeFile(out, data);
  io.out(`${sha256}  ${out}`);
  return 0;
}

const ZPublishArgs = z.object({
  file: z.string({ error: "publish needs a .tgz package" }),
  url: z.url({ error: "give the app's URL with --url (or ADX_URL)" }),
  token: z.string({ error: "give an API token with --token (or ADX_TOKEN)" }).regex(/^adx_/, "API tokens start with adx_"),
});

async function cmdPublish(io: Io, args: string[]) {
  const { values, positionals } = parseArgs({ args, options: { url: { type: "string" }, token: { type: "string" } }, allowPositionals: true });
  const { file, url, token } = ZPublishArgs.parse({ file: positionals[0], url: values.url ?? io.env.ADX_URL, token: values.token ?? io.env.ADX_TOKEN });
  const data = await fs.readFile(file).catch(() => {
    throw new UsageError(`${file}: no such file`);
  });
  // Check locally first: the same inspection the server runs, so problems show before any upload.
  const inspection = await inspectPackage(data);
  if (!inspection.ok || !inspection.manifest) {
    io.err(`✗ not publishing: ${inspection.problems.length} problem(s):`);
    printProblems(io, inspection);
    return 1;
  }
  const base = url.replace(/\/+$/, "");
  const headers = { authorization: `Bearer ${token}` };
  const who = await io.fetch(`${base}/api/v1/whoami`, { headers });
  const whoBody = (await who.json().catch(() => ({}))) as { publisher?: { slug: string }; error?: { message: string } };
  if (!who.ok || !whoBody.publisher) {
    io.err(`✗ ${whoBody.error?.message ?? `the server answered ${who.status}`}`);
    return 1;
  }
  const form = new FormData();
  form.set("package", new Blob([new Uint8Array(data)], { type: "application/gzip" }), path.basename(file));
  const slug = inspection.manifest.module.name;
  const res = await io.fetch(`${base}/api/v1/publishers/${encodeURIComponent(whoBody.publisher.slug)}/modules/${encodeURIComponent(slug)}/versions`, {
    method: "POST",
    headers,
    body: form,
  });
  const body = (await res.json().catch(() => ({}))) as {
    version?: { version: string; state: string; checkReport?: { checks: { name: string; status: string; problems: string[] }[] } };
    error?: { message: string; problems?: { path: string; message: string; line?: number; column?: number; file?: string }[] };
  };
  if (!res.ok || !body.version) {
    io.err(`✗ ${body.error?.message ?? `the server answered ${res.status}`}`);
    for (const p of body.error?.problems ?? []) io.err(`  ${p.file ? `${p.file}: ` : ""}${formatProblem(p)}`);
    return 1;
  }
  io.out(`✓ uploaded ${slug}@${body.version.version} to ${whoBody.publisher.slug} as a ${body.version.state.toLowerCase()}`);
  for (const c of body.version.checkReport?.checks ?? []) {
    if (c.status !== "passed") io.out(`  ${c.status}: ${c.name}${c.problems.length ? ` — ${c.problems.join("; ")}` : ""}`);
  }
  io.out(`  Submit it for review: ${base}/p/${whoBody.publisher.slug}/modules/${slug}`);
  return 0;
}

async function cmdInit(io: Io, args: string[]) {
  const { values, positionals } = parseArgs({ args, options: { name: { type: "string" } }, allowPositionals: true });
  const dir = z.string({ error: "init needs a folder to create" }).parse(positionals[0]);
  const slug = values.name ?? path.basename(path.resolve(dir)).toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  const entries = await fs.readdir(dir).catch(() => []);
  if (entries.length > 0) throw new UsageError(`${dir} exists and is not empty`);
  const files = await scaffoldModule(dir, slug);
  io.out(`✓ created ${slug} in ${dir} (${files.length} files). Next: adx-module validate ${dir}`);
  return 0;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "init":
        return await cmdInit(io, rest);
      case "validate":
        return await cmdValidate(io, rest);
      case "pack":
        return await cmdPack(io, rest);
      case "publish":
        return await cmdPublish(io, rest);
      case "resolve":
        return await cmdResolve(io, rest);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return command ? 0 : 2;
      default:
        io.err(`unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof z.ZodError || (e instanceof Error && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))) {
      io.err(`adx-module: ${e instanceof z.ZodError ? (e.issues[0]?.message ?? e.message) : e.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`adx-module: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
