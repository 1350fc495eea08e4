import { createHash } from "node:crypto";
import { checkDocuments, checkReferencedFiles, checkUiExtensions } from "./checks/check-files";
import { checkHooks } from "./checks/check-hooks";
import { checkMigrations, type TMigration } from "./checks/check-migrations";
import type { TManifest } from "./manifest/manifest.schema";
import { MANIFEST_FILE, parseManifest } from "./manifest/parse-manifest";
import { packDirectory } from "./package/pack-directory";
import { PACKAGE_LIMITS, readPackage, type TPackageLimits } from "./package/read-package";
import { formatProblem, type Problem } from "./problems";

export type CheckStatus = "passed" | "failed" | "warning";
export type TCheckName = "package" | "manifest" | "files" | "migrations" | "hooks" | "ui";

/**
 * Everything the marketplace learns from an uploaded package. `ok` is true when there are no
 * problems; warnings (advice that does not block publishing) only appear in `checks`, with
 * status "warning". `checks` lists the checks that ran, in order: when the archive cannot be
 * read only "package" is there; when the manifest is invalid, "package" and "manifest".
 */
export type TInspection = {
  ok: boolean;
  sha256: string;
  sizeBytes: number;
  manifest: TManifest | null;
  manifestSource: string | null;
  files: string[];
  migrations: TMigration[];
  readme: string | null;
  changelog: string | null;
  problems: Problem[];
  checks: { name: TCheckName; status: CheckStatus; problems: string[] /* formatted */ }[];
};

const CHECK_ORDER: readonly TCheckName[] = ["package", "manifest", "files", "migrations", "hooks", "ui"];

/**
 * Reads and checks a package: the archive, the manifest, the files it names, the migrations,
 * the hooks and the UI extensions. Never throws for bad input; every problem is in the result.
 * Used by version upload (server), the API and the CLI (`validate`).
 */
export async function inspectPackage(data: Uint8Array, limits: TPackageLimits = PACKAGE_LIMITS): Promise<TInspection> {
  const report = new Map<TCheckName, { problems: Problem[]; warnings: Problem[] }>();
  const ran = (name: TCheckName, problems: Problem[] = [], warnings: Problem[] = []) => {
    const entry = report.get(name) ?? { problems: [], warnings: [] };
    entry.problems.push(...problems);
    entry.warnings.push(...warnings);
    report.set(name, entry);
  };
  const result = (fields: Partial<TInspection> & Pick<TInspection, "sha256" | "sizeBytes">): TInspection => {
    const problems = CHECK_ORDER.flatMap((name) => report.get(name)?.problems ?? []);
    const checks = CHECK_ORDER.filter((name) => report.has(name)).map((name) => {
      const entry = report.get(name) ?? { problems: [], warnings: [] };
      const status: CheckStatus = entry.problems.length > 0 ? "failed" : entry.warnings.length > 0 ? "warning" : "passed";
      return { name, status, problems: [...entry.problems, ...entry.warnings].map(formatProblem) };
    });
    return {
      ok: problems.length === 0,
      manifest: null,
      manifestSource: null,
      files: [],
      migrations: [],
      readme: null,
      changelog: null,
      ...fields,
      problems,
      checks,
    };
  };

  const pkg = await readPackage(data, limits);
  const { sha256, sizeBytes } = pkg.ok ? pkg : { sha256: sha256Of(data), sizeBytes: data.byteLength };
  if (!pkg.ok) {
    ran("package", pkg.problems);
    return result({ sha256, sizeBytes });
  }
  ran("package");

  const files = pkg.files;
  const fileList = [...files.keys()].sort();
  const text = (name: string) => files.get(name)?.toString("utf8").replace(/^\uFEFF/, "") ?? null;
  const manifestSource = text(MANIFEST_FILE);
  const readme = text("README.md");
  const changelog = text("CHANGELOG.md");
  const base = { sha256, sizeBytes, files: fileList, manifestSource, readme, changelog };

  const parsed = parseManifest(manifestSource ?? "");
  if (!parsed.ok) {
    ran("manifest", parsed.problems);
    return result(base);
  }
  const manifest = parsed.manifest;
  ran("manifest", [], parsed.problems);

  ran("files", checkReferencedFiles(files, manifest, manifestSource ?? ""), checkDocuments(files, manifest, changelogFor(changelog, manifest.module.version)));
  const { migrations, problems: migrationProblems } = await checkMigrations(files, manifest);
  ran("migrations", migrationProblems);
  ran("hooks", checkHooks(files, manifest));
  ran("ui", checkUiExtensions(files, manifest));

  return result({ ...base, manifest, migrations });
}

/** Packs a module folder (as the CLI would upload it) and inspects the result: `adx-module validate <dir>`. */
export async function inspectDirectory(dir: string, limits: TPackageLimits = PACKAGE_LIMITS): Promise<TInspection> {
  const { data } = await packDirectory(dir);
  return inspectPackage(data, limits);
}

/**
 * The CHANGELOG.md section for one version: the lines under `## 2.1.0` (also `## [2.1.0]`,
 * `## v2.1.0`, `## 2.1.0 - 2024-05-01`) up to the next `## ` heading, trimmed; "" if there is none.
 */
export function changelogFor(changelog: string | null, version: string): string {
  if (!changelog) return "";
  const lines = changelog.replace(/\r\n/g, "\n").split("\n");
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const heading = new RegExp(`^##\\s+\\[?v?${escaped}\\]?(?=$|[\\s(—–])`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return "";
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^##\s/.test(l));
  return (end < 0 ? rest : rest.slice(0, end)).join("\n").trim();
}

function sha256Of(data: Uint8Array): string {
  // readPackage computes it on success; on failure it is still useful for logs and dedupe.
  return createHash("sha256").update(data).digest("hex");
}
