/**
 * Demo data for the ADX Module Marketplace.
 *
 *   DATABASE_URL=postgresql://… npx tsx prisma/seed.ts [--reset]
 *
 * Without --reset it does nothing when the demo is already there; with --reset it empties every
 * application table (and the demo tenants' module schemas) and seeds again. Either way it runs in
 * one transaction: a failure leaves the database exactly as it was.
 *
 * The facts live in prisma/seed-data/; this file derives the rest (manifests, checksums,
 * statistics, audit entries), checks the data is consistent (published versions, compatible
 * cores, satisfied dependencies, reviewers who really run the module), then writes it.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import bcrypt from "bcryptjs";
import semver from "semver";
import { parse as parseToml } from "smol-toml";
import { PrismaClient, type Prisma } from "~/generated/prisma/client";
import type { ModuleStatus, VersionState } from "~/generated/prisma/enums";
import { APPROVALS, COLLECTIONS, NOTIFICATIONS, PURCHASES } from "./seed-data/activity";
import { CATEGORIES } from "./seed-data/categories";
import { MODULES } from "./seed-data/catalog";
import { INSTALLATIONS } from "./seed-data/installations";
import { DEMO_PASSWORD, PUBLISHERS, SENTINEL_USER_EMAIL, TENANTS, USERS } from "./seed-data/people";
import { REVIEWS } from "./seed-data/reviews";
import { TENANT_RECORDS } from "./seed-data/tenant-data";
import type { CheckReport, DaysAgo, SeedDependency, SeedModule, SeedVersion } from "./seed-data/types";
import { inspectPackage, type TInspection } from "~/server/publishing/inspect-package";
import { packDirectory } from "~/server/publishing/package/pack-directory";
import { DEFAULT_PACKAGE_STORE_DIR } from "~/server/publishing/package-store-defaults";
import type { Db } from "~/server/db";
import { getPublisherMembership } from "~/server/publishing/publisher-scope";
import { uploadVersion } from "~/server/publishing/upload-version";
import { registrationsOf } from "~/server/installs/registrations";
import { applyMigration, ensureTenantSchema } from "~/server/installs/tenant-db";
import { moderateVersion, transitionVersionAsAuthor } from "~/server/publishing/version-transitions";

type Tx = Prisma.TransactionClient;
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

export type SeedCounts = Record<string, number>;
export type SeedResult = { status: "seeded"; counts: SeedCounts } | { status: "skipped" };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MODULES_DIR = path.join(ROOT, "modules");
const DAY_MS = 24 * 60 * 60 * 1000;

/** The permission registry modules may ask for (see DESIGN.md / module runtime). */
const PERMISSIONS = new Set([
  "client.read",
  "client.write",
  "client.delete",
  "project.read",
  "project.write",
  "invoice.read",
  "invoice.write",
  "file.read",
  "file.write",
  "workflow.execute",
  "billing.read",
  "analytics.read",
  "notification.send",
  "user.read",
  "settings.write",
]);

const PUBLISHED_STATES: ReadonlySet<VersionState> = new Set(["PUBLISHED", "DEPRECATED", "YANKED"]);

/** Tenant schemas hold module tables; PostgreSQL identifiers cannot contain "-" unquoted. */
export const tenantSchemaName = (slug: string) => `tenant_${slug.replace(/-/g, "_")}`;

// ───────────────────────────── planning: derive and check, no database ─────────────────────────────

type PlannedVersion = {
  version: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: string | null;
  state: VersionState;
  coreRange: string;
  permissions: string[];
  optionalPermissions: string[];
  dependencies: SeedDependency[];
  manifest: JsonObject;
  changelog: string;
  sha256: string;
  sizeBytes: number;
  checkReport: CheckReport | null;
  migrations: TInspection["migrations"];
  readme: string;
  createdAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  rejectionReason: string | null;
  rejectedAt: Date | null;
  yankReason: string | null;
  yankedAt: Date | null;
};

type PlannedModule = {
  seed: SeedModule;
  status: ModuleStatus;
  versions: PlannedVersion[];
  latest: PlannedVersion | null;
  createdAt: Date;
  publishedAt: Date | null;
  updatedAt: Date;
  takenDownAt: Date | null;
};

type Clock = { ago: (days: DaysAgo) => Date };

function fail(message: string): never {
  throw new Error(`seed data: ${message}`);
}

function asObject(value: JsonValue | undefined, where: string): JsonObject {
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) {
    fail(`${where} is not a table`);
  }
  return value;
}

function asStringArray(value: JsonValue | undefined, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) fail(`${where} is not a list of strings`);
  return value as string[];
}

type ReferencePackage = {
  manifest: JsonObject;
  version: string;
  coreRange: string;
  permissions: string[];
  optionalPermissions: string[];
  dependencies: SeedDependency[];
  changelogs: Map<string, string>;
  sizeBytes: number;
};

/**
 * The reference modules' packages, packed and inspected by the publishing code itself (the path
 * every upload takes), so their newest versions carry the real sha256, size, migrations and check
 * report, and the packages are in the store for installs. Filled by loadReferencePackages().
 */
const referencePackages = new Map<string, { data: Buffer; inspection: TInspection }>();

export async function loadReferencePackages(): Promise<void> {
  for (const mod of MODULES.filter((m) => m.isReference)) {
    const { data } = await packDirectory(path.join(MODULES_DIR, mod.slug));
    const inspection = await inspectPackage(data);
    if (!inspection.ok || !inspection.manifest) {
      fail(`modules/${mod.slug} does not pass the publishing checks:\n  ${inspection.problems.map((p) => `${p.path}: ${p.message}`).join("\n  ")}`);
    }
    referencePackages.set(mod.slug, { data, inspection });
  }
}

/** Reads modules/<slug>/ the way an author packaged it. */
function readReferencePackage(slug: string): ReferencePackage {
  const dir = path.join(MODULES_DIR, slug);
  // JSON round trip: the manifest is stored as JSON, and TOML dates would not survive otherwise.
  const manifest = JSON.parse(JSON.stringify(parseToml(readFileSync(path.join(dir, "module.toml"), "utf8")))) as JsonObject;
  const mod = asObject(manifest.module, `${slug}/module.toml [module]`);
  if (mod.name !== slug) fail(`${slug}/module.toml names itself ${JSON.stringify(mod.name)}`);
  const version = mod.version;
  if (typeof version !== "string") fail(`${slug}/module.toml has no version`);
  const compatibility = asObject(mod.compatibility, `${slug} [module.compatibility]`);
  const coreRange = compatibility.adx_core_version;
  if (typeof coreRange !== "string") fail(`${slug}/module.toml has no adx_core_version`);
  const permissions = asObject(mod.permissions, `${slug} [module.permissions]`);
  const dependencies = Object.entries(asObject(mod.dependencies ?? {}, `${slug} [module.dependencies]`)).map(
    ([depSlug, spec]): SeedDependency => {
      if (typeof spec === "string") return { slug: depSlug, range: spec };
      const table = asObject(spec, `${slug} dependency ${depSlug}`);
      if (typeof table.version !== "string") fail(`${slug} dependency ${depSlug} has no version`);
      return { slug: depSlug, range: table.version, optional: table.optional === true };
    },
  );

  // CHANGELOG.md: "## 1.4.2" headings, each followed by that version's notes.
  const changelogs = new Map<string, string>();
  const sections = readFileSync(path.join(dir, "CHANGELOG.md"), "utf8").split(/^## /m).slice(1);
  for (const section of sections) {
    const [heading = "", ...body] = section.split("\n");
    changelogs.set(heading.trim(), body.join("\n").trim());
  }

  return {
    manifest,
    version,
    coreRange,
    permissions: asStringArray(permissions.required, `${slug} permissions.required`),
    optionalPermissions: asStringArray(permissions.optional, `${slug} permissions.optional`),
    dependencies,
    changelogs,
    sizeBytes: directorySize(dir),
  };
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(full) : statSync(full).size;
  }
  return total;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

const depKey = (deps: readonly SeedDependency[]) =>
  deps
    .map((d) => `${d.slug}@${d.range}${d.optional ? "?" : ""}`)
    .sort()
    .join(",");

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function passedReport(): CheckReport {
  return {
    ok: true,
    checks: [
      { name: "manifest", status: "passed", problems: [] },
      { name: "permissions", status: "passed", problems: [] },
      { name: "migrations", status: "passed", problems: [] },
    ],
  };
}

function buildManifest(
  mod: SeedModule,
  v: { version: string; coreRange: string; permissions: string[]; optionalPermissions: string[]; dependencies: SeedDependency[] },
  publisher: { name: string; website: string },
): JsonObject {
  const priceCents = mod.pricing.model === "FREE" ? 0 : mod.pricing.priceCents;
  return {
    module: {
      name: mod.slug,
      display_name: mod.name,
      version: v.version,
      description: mod.summary,
      author: publisher.name,
      license: mod.license ?? "MIT",
      homepage: `${publisher.website}/modules/${mod.slug}`,
      compatibility: { adx_core_version: v.coreRange },
      dependencies: Object.fromEntries(
        v.dependencies.map((d): [string, JsonValue] => [d.slug, d.optional ? { version: d.range, optional: true } : d.range]),
      ),
      permissions: { required: v.permissions, optional: v.optionalPermissions },
      resources: { max_memory: "64MB", max_cpu: "50%", timeout_ms: 200 },
      database: { schema_prefix: mod.schemaPrefix ?? `${mod.slug.replace(/-/g, "_")}_`, migrations_path: "migrations" },
      hooks: { post_install: "hooks/post-install.js", actions: [], filters: [] },
      extensions: { navigation: ["ui/navigation.json"], pages: [], widgets: [] },
      marketplace: {
        category: mod.category,
        tags: mod.tags,
        price: priceCents,
        icon: "assets/icon.svg",
        screenshots: (mod.screenshots ?? []).map((_, i) => `assets/screenshots/${mod.slug}-${i + 1}.svg`),
      },
    },
  };
}

function planVersion(mod: SeedModule, seed: SeedVersion, ref: ReferencePackage | null, isNewest: boolean, clock: Clock): PlannedVersion {
  const where = `${mod.slug}@${seed.version}`;
  const parsed = semver.parse(seed.version);
  if (!parsed) fail(`${where}: not a semver version`);

  const coreRange = seed.coreRange ?? mod.coreRange;
  const permissions = seed.permissions ?? mod.permissions;
  const optionalPermissions = seed.optionalPermissions ?? mod.optionalPermissions ?? [];
  const dependencies = seed.dependencies ?? mod.dependencies ?? [];

  if (!semver.validRange(coreRange)) fail(`${where}: bad core range "${coreRange}"`);
  for (const p of [...permissions, ...optionalPermissions]) if (!PERMISSIONS.has(p)) fail(`${where}: unknown permission ${p}`);
  for (const d of dependencies) {
    if (!semver.validRange(d.range)) fail(`${where}: bad range "${d.range}" for ${d.slug}`);
    if (!MODULES.some((m) => m.slug === d.slug)) fail(`${where}: depends on unknown module ${d.slug}`);
  }

  let manifest: JsonObject;
  let changelog: string;
  let sizeBytes: number;
  const publisher = PUBLISHERS.find((p) => p.slug === mod.publisher) ?? fail(`${mod.slug}: unknown publisher ${mod.publisher}`);
  if (ref) {
    // The newest version is the package in modules/<slug>; older ones are that manifest as it was.
    changelog = ref.changelogs.get(seed.version) ?? fail(`${where}: no "## ${seed.version}" in CHANGELOG.md`);
    if (isNewest) {
      const pkg = referencePackages.get(mod.slug) ?? fail(`${where}: call loadReferencePackages() before planning`);
      manifest = JSON.parse(JSON.stringify(pkg.inspection.manifest)) as JsonObject;
      sizeBytes = pkg.inspection.sizeBytes;
    } else {
      const copy = structuredClone(ref.manifest);
      const m = asObject(copy.module, where);
      m.version = seed.version;
      m.compatibility = { ...asObject(m.compatibility, where), adx_core_version: coreRange };
      m.permissions = { required: permissions, optional: optionalPermissions };
      m.dependencies = Object.fromEntries(
        dependencies.map((d): [string, JsonValue] => [d.slug, d.optional ? { version: d.range, optional: true } : d.range]),
      );
      manifest = copy;
      sizeBytes = Math.round(ref.sizeBytes * (0.8 + 0.05 * parsed.minor));
    }
  } else {
    manifest = buildManifest(mod, { version: seed.version, coreRange, permissions, optionalPermissions, dependencies }, publisher);
    changelog = seed.changelog ?? fail(`${where}: no changelog`);
    sizeBytes = 0; // set from the checksum below
  }

  const pkg = ref && isNewest ? referencePackages.get(mod.slug) : undefined;
  const manifestText = JSON.stringify(manifest);
  // A real package's checksum for the reference modules' newest versions; a stable stand-in otherwise.
  const digest = pkg?.inspection.sha256 ?? sha256(manifestText);
  // Plausible package sizes (12–80 kB), stable across runs.
  if (sizeBytes === 0) sizeBytes = 12_000 + (parseInt(digest.slice(0, 6), 16) % 68_000);

  const at = clock.ago(seed.at);
  const isPublished = PUBLISHED_STATES.has(seed.state);
  const isReviewed = seed.state !== "DRAFT";
  if (seed.state === "YANKED" && (!seed.yankReason || seed.yankedAt === undefined)) fail(`${where}: yanked without reason/time`);
  if (seed.state === "REJECTED" && (!seed.rejectionReason || seed.decidedAt === undefined)) fail(`${where}: rejected without reason/time`);

  const createdAt = clock.ago(seed.at + (isPublished ? 2 : seed.state === "DRAFT" ? 0 : 0.25));
  const submittedAt = !isReviewed ? null : isPublished ? clock.ago(seed.at + 1) : at;
  const rejectedAt = seed.state === "REJECTED" && seed.decidedAt !== undefined ? clock.ago(seed.decidedAt) : null;
  const yankedAt = seed.yankedAt !== undefined ? clock.ago(seed.yankedAt) : null;

  return {
    version: seed.version,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: parsed.prerelease.length > 0 ? parsed.prerelease.join(".") : null,
    state: seed.state,
    coreRange,
    permissions,
    optionalPermissions,
    dependencies,
    manifest,
    changelog,
    sha256: digest,
    sizeBytes,
    checkReport: pkg
      ? { ok: true, checks: [...pkg.inspection.checks, { name: "dependencies", status: "passed", problems: [] }] }
      : (seed.checkReport ?? (isReviewed ? passedReport() : null)),
    // Older versions of a reference module had the same schema: their installs can be upgraded,
    // rolled back and uninstalled by the real jobs.
    migrations: pkg?.inspection.migrations ?? (ref ? referencePackages.get(mod.slug)?.inspection.migrations : undefined) ?? [],
    readme: pkg?.inspection.readme ?? "",
    createdAt,
    submittedAt,
    publishedAt: isPublished ? at : null,
    updatedAt: yankedAt ?? rejectedAt ?? (isPublished ? at : submittedAt ?? createdAt),
    rejectionReason: seed.rejectionReason ?? null,
    rejectedAt,
    yankReason: seed.yankReason ?? null,
    yankedAt,
  };
}

function planModule(mod: SeedModule, clock: Clock): PlannedModule {
  if (!CATEGORIES.some((c) => c.slug === mod.category)) fail(`${mod.slug}: unknown category ${mod.category}`);
  if (mod.versions.length === 0) fail(`${mod.slug}: no versions`);
  const status = mod.status ?? "PUBLISHED";

  const sorted = [...mod.versions].sort((a, b) => semver.compare(a.version, b.version));
  const newest = sorted.at(-1);
  const ref = mod.isReference ? readReferencePackage(mod.slug) : null;
  if (ref) {
    // The data mirrors module.toml for the listing; catch the two drifting apart.
    if (newest?.version !== ref.version) fail(`${mod.slug}: newest version ${newest?.version} but module.toml says ${ref.version}`);
    if (mod.coreRange !== ref.coreRange) fail(`${mod.slug}: coreRange differs from module.toml`);
    if (!sameList(mod.permissions, ref.permissions)) fail(`${mod.slug}: permissions differ from module.toml`);
    if (!sameList(mod.optionalPermissions ?? [], ref.optionalPermissions)) fail(`${mod.slug}: optional permissions differ from module.toml`);
    if (depKey(mod.dependencies ?? []) !== depKey(ref.dependencies)) fail(`${mod.slug}: dependencies differ from module.toml`);
  }

  const versions = sorted.map((v) => planVersion(mod, v, ref, v === newest, clock));
  // "Latest" is what a tenant is offered: the highest published release (pre-releases are opt-in).
  const latest = [...versions].reverse().find((v) => v.state === "PUBLISHED" && v.prerelease === null) ?? null;
  const published = versions.filter((v) => v.publishedAt !== null);

  if (status === "DRAFT" && published.length > 0) fail(`${mod.slug}: DRAFT module with a published version`);
  if (status !== "DRAFT" && !latest) fail(`${mod.slug}: ${status} module without a published version`);
  if (status === "TAKEN_DOWN" && (!mod.takenDownReason || mod.takenDownAt === undefined)) fail(`${mod.slug}: taken down without reason/time`);
  if (mod.pricing.model !== "FREE" && mod.pricing.priceCents <= 0) fail(`${mod.slug}: paid without a price`);

  const first = versions.reduce((a, b) => (a.createdAt < b.createdAt ? a : b));
  const takenDownAt = mod.takenDownAt !== undefined ? clock.ago(mod.takenDownAt) : null;
  const lastChange = [
    ...published.map((v) => v.publishedAt as Date),
    ...(status === "DRAFT" ? versions.map((v) => v.createdAt) : []),
    ...(takenDownAt ? [takenDownAt] : []),
  ].reduce((a, b) => (a > b ? a : b));

  return {
    seed: mod,
    status,
    versions,
    latest,
    createdAt: new Date(first.createdAt.getTime() - 3 * DAY_MS),
    publishedAt: published.length > 0 ? published.reduce((a, b) => ((a.publishedAt as Date) < (b.publishedAt as Date) ? a : b)).publishedAt : null,
    updatedAt: lastChange,
    takenDownAt,
  };
}

type Plan = { modules: Map<string, PlannedModule> };

/** Derives everything and checks the data hangs together, before touching the database. */
export function planDemo(now: Date = new Date()): Plan {
  const clock: Clock = { ago: (days) => new Date(now.getTime() - days * DAY_MS) };
  const modules = new Map<string, PlannedModule>();
  for (const mod of MODULES) {
    if (modules.has(mod.slug)) fail(`duplicate module ${mod.slug}`);
    modules.set(mod.slug, planModule(mod, clock));
  }

  const userEmails = new Set(USERS.map((u) => u.email));
  const tenantOf = (slug: string) => TENANTS.find((t) => t.slug === slug) ?? fail(`unknown tenant ${slug}`);
  const versionOf = (slug: string, version: string) =>
    modules.get(slug)?.versions.find((v) => v.version === version) ?? fail(`unknown version ${slug}@${version}`);
  for (const t of TENANTS) for (const m of t.members) if (!userEmails.has(m.email)) fail(`${t.slug}: unknown member ${m.email}`);
  for (const p of PUBLISHERS) for (const m of p.members) if (!userEmails.has(m.email)) fail(`${p.slug}: unknown member ${m.email}`);

  // Installations: published, compatible, dependencies satisfied and installed first.
  for (const inst of INSTALLATIONS) {
    const where = `installation ${inst.tenant}/${inst.module}`;
    const tenant = tenantOf(inst.tenant);
    const mod = modules.get(inst.module) ?? fail(`${where}: unknown module`);
    if (mod.status !== "PUBLISHED") fail(`${where}: module is ${mod.status}`);
    if (!tenant.members.some((m) => m.email === inst.installedBy && m.role !== "MEMBER")) fail(`${where}: installer is not an owner/admin`);
    const version = versionOf(inst.module, inst.version);
    if (version.state !== "PUBLISHED") fail(`${where}: version is ${version.state}`);
    if (!semver.satisfies(tenant.coreVersion, version.coreRange)) fail(`${where}: core ${tenant.coreVersion} outside ${version.coreRange}`);
    const firstVersion = inst.previousVersion ? versionOf(inst.module, inst.previousVersion) : version;
    if (inst.previousVersion && inst.upgradedAt === undefined) fail(`${where}: upgraded without upgradedAt`);
    if ((firstVersion.publishedAt as Date) > new Date(now.getTime() - inst.installedAt * DAY_MS)) fail(`${where}: installed before it was published`);
    if (inst.upgradedAt !== undefined && (version.publishedAt as Date) > new Date(now.getTime() - inst.upgradedAt * DAY_MS)) {
      fail(`${where}: upgraded before the new version was published`);
    }
    if ((inst.status === "INACTIVE") !== (inst.deactivatedAt !== undefined)) fail(`${where}: deactivatedAt goes with INACTIVE`);
    for (const dep of version.dependencies) {
      const installed = INSTALLATIONS.find((i) => i.tenant === inst.tenant && i.module === dep.slug);
      if (!installed) {
        if (!dep.optional) fail(`${where}: needs ${dep.slug} ${dep.range}, not installed`);
        continue;
      }
      if (!semver.satisfies(installed.version, dep.range)) fail(`${where}: needs ${dep.slug} ${dep.range}, has ${installed.version}`);
      if (!dep.optional && installed.installedAt < inst.installedAt) fail(`${where}: installed before its dependency ${dep.slug}`);
    }
  }

  // Reviews: by members of a tenant that runs (or ran, before its last upgrade) that version.
  const seenReviews = new Set<string>();
  for (const r of REVIEWS) {
    const where = `review of ${r.module} by ${r.user}`;
    if (seenReviews.has(`${r.module}/${r.user}`)) fail(`${where}: duplicate`);
    seenReviews.add(`${r.module}/${r.user}`);
    const tenant = TENANTS.find((t) => t.members.some((m) => m.email === r.user)) ?? fail(`${where}: reviewer in no tenant`);
    const inst = INSTALLATIONS.find((i) => i.tenant === tenant.slug && i.module === r.module) ?? fail(`${where}: ${tenant.slug} has not installed it`);
    if (r.at > inst.installedAt) fail(`${where}: written before the install`);
    if (r.version === inst.version) {
      if (inst.upgradedAt !== undefined && r.at > inst.upgradedAt) fail(`${where}: about ${r.version} before upgrading to it`);
    } else if (r.version === inst.previousVersion) {
      if (inst.upgradedAt !== undefined && r.at < inst.upgradedAt) fail(`${where}: about ${r.version} after upgrading away`);
    } else {
      fail(`${where}: ${tenant.slug} never ran ${r.version}`);
    }
    if (r.authorReply && r.authorReply.at > r.at) fail(`${where}: reply before review`);
    for (const f of r.flags ?? []) if (!userEmails.has(f.user) || f.user === r.user) fail(`${where}: bad flagger ${f.user}`);
  }

  for (const a of APPROVALS) {
    const v = versionOf(a.module, a.version);
    if (!v.publishedAt) fail(`approval of ${a.module}@${a.version}: not published`);
  }
  for (const p of PURCHASES) {
    const mod = modules.get(p.module) ?? fail(`purchase of unknown module ${p.module}`);
    const pricing = mod.seed.pricing;
    if (pricing.model === "FREE" || pricing.priceCents !== p.amountCents) fail(`purchase of ${p.module}: amount does not match the price`);
    tenantOf(p.tenant);
  }
  for (const c of COLLECTIONS) for (const slug of c.modules) if (modules.get(slug)?.status !== "PUBLISHED") fail(`collection ${c.slug}: ${slug} not published`);
  for (const rec of TENANT_RECORDS) tenantOf(rec.tenant);

  return { modules };
}

// ───────────────────────────── writing ─────────────────────────────

/** Empties every application table and the demo tenants' module schemas. */
async function resetDatabase(tx: Tx): Promise<void> {
  // Only schemas the Tenant table names: never guess by pattern and drop something else.
  const schemas = await tx.$queryRaw<{ schemaName: string }[]>`SELECT "schemaName" FROM "Tenant"`;
  for (const { schemaName } of schemas) {
    await tx.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${quoteIdent(schemaName)} CASCADE`);
    // and the archives "keep data" uninstalls made (archiveSchemaName: <schema>_archive_<stamp>)
    const archives = await tx.$queryRawUnsafe<{ name: string }[]>(
      `SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1)`,
      `${schemaName.slice(0, 40)}_archive_`,
    );
    for (const { name } of archives) await tx.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${quoteIdent(name)} CASCADE`);
  }
  const tables = await tx.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length > 0) {
    await tx.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map((t) => quoteIdent(t.tablename)).join(", ")} CASCADE`);
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The statements of a module's migration file. Fine for these plain DDL files (no ; in strings or bodies). */

/** Upload → submit → approve with the publishing capability itself, as the author and a moderator. */
async function publishThroughReview(
  tx: Tx,
  o: { slug: string; publisherSlug: string; data: Buffer; authorId: string | null; packageStoreDir: string },
): Promise<string> {
  // The capability functions take the app's (extended) client type; the seed's transaction client has the same model API.
  const db = tx as unknown as Db;
  const author = await tx.user.findUniqueOrThrow({ where: { id: o.authorId ?? fail(`${o.slug}: publisher has no owner`) }, select: { id: true, platformRole: true } });
  const moderator = await tx.user.findUniqueOrThrow({ where: { email: REVIEWING_MODERATOR }, select: { id: true, platformRole: true } });
  const authorActor = { userId: author.id, platformRole: author.platformRole };
  const publisher = await getPublisherMembership(authorActor, o.publisherSlug, db);
  const uploaded = await uploadVersion(authorActor, publisher, { moduleSlug: o.slug, data: o.data }, db, { packageStoreDir: o.packageStoreDir });
  await transitionVersionAsAuthor(authorActor, publisher, { moduleSlug: o.slug, version: uploaded.version, action: "submit" }, db);
  await moderateVersion({ userId: moderator.id, platformRole: moderator.platformRole }, { versionId: uploaded.id, action: "approve" }, db);
  return uploaded.id;
}

const REVIEWING_MODERATOR = "mod@adx.test";

async function writeDemo(tx: Tx, plan: Plan, now: Date, packageStoreDir: string): Promise<void> {
  const publishedThroughReview = new Set<string>();
  const ago = (days: DaysAgo) => new Date(now.getTime() - days * DAY_MS);
  const minutesBefore = (d: Date, minutes: number) => new Date(d.getTime() - minutes * 60_000);
  // Hashing is deliberately slow; one hash serves every demo account.
  const passwordHash = bcrypt.hashSync(DEMO_PASSWORD, 10);

  // People
  const userIds = new Map<string, string>();
  for (const [i, u] of USERS.entries()) {
    const createdAt = ago(400 - i * 5);
    const user = await tx.user.create({
      data: { email: u.email, name: u.name, platformRole: u.platformRole ?? "USER", passwordHash, emailVerified: createdAt, createdAt },
    });
    userIds.set(u.email, user.id);
  }
  const userId = (email: string) => userIds.get(email) ?? fail(`unknown user ${email}`);

  const tenantIds = new Map<string, string>();
  for (const t of TENANTS) {
    const tenant = await tx.tenant.create({
      data: {
        slug: t.slug,
        name: t.name,
        coreVersion: t.coreVersion,
        schemaName: tenantSchemaName(t.slug),
        createdAt: ago(380),
        members: { create: t.members.map((m) => ({ userId: userId(m.email), role: m.role, createdAt: ago(370) })) },
      },
    });
    tenantIds.set(t.slug, tenant.id);
    const owner = t.members.find((m) => m.role === "OWNER") ?? fail(`${t.slug}: no owner`);
    await tx.auditLog.create({
      data: { actorId: userId(owner.email), tenantId: tenant.id, action: "tenant.created", targetType: "tenant", targetId: tenant.id, data: { name: t.name }, createdAt: ago(380) },
    });
  }
  const tenantId = (slug: string) => tenantIds.get(slug) ?? fail(`unknown tenant ${slug}`);

  const publisherIds = new Map<string, string>();
  for (const p of PUBLISHERS) {
    const publisher = await tx.publisher.create({
      data: {
        slug: p.slug,
        name: p.name,
        description: p.description,
        website: p.website,
        isVerified: p.isVerified,
        stripeAccountId: p.stripeAccountId ?? null,
        payoutsEnabled: p.payoutsEnabled ?? false,
        createdAt: ago(390),
        members: { create: p.members.map((m) => ({ userId: userId(m.email), role: m.role })) },
      },
    });
    publisherIds.set(p.slug, publisher.id);
  }
  const publisherId = (slug: string) => publisherIds.get(slug) ?? fail(`unknown publisher ${slug}`);
  const publisherOwner = (slug: string) => {
    const owner = PUBLISHERS.find((p) => p.slug === slug)?.members.find((m) => m.role === "OWNER");
    return owner ? userId(owner.email) : null;
  };

  const categoryIds = new Map<string, string>();
  for (const c of CATEGORIES) {
    const category = await tx.category.create({ data: { slug: c.slug, name: c.name, description: c.description, sortOrder: c.sortOrder } });
    categoryIds.set(c.slug, category.id);
  }

  // Catalog: modules, then versions (Module.latestVersionId is set once the versions exist).
  const moduleIds = new Map<string, string>();
  const versionIds = new Map<string, string>(); // "slug@version" → id
  for (const [slug, pm] of plan.modules) {
    const s = pm.seed;
    const mod = await tx.module.create({
      data: {
        slug,
        name: s.name,
        summary: s.summary,
        description: s.description,
        categoryId: categoryIds.get(s.category) ?? fail(`unknown category ${s.category}`),
        publisherId: publisherId(s.publisher),
        tags: s.tags,
        iconUrl: `/icons/${slug}.svg`,
        screenshots: (s.screenshots ?? []).map((caption, i) => ({ url: `/screenshots/${slug}-${i + 1}.svg`, caption })),
        pricingModel: s.pricing.model,
        priceCents: s.pricing.model === "FREE" ? 0 : s.pricing.priceCents,
        billingInterval: s.pricing.model === "SUBSCRIPTION" ? s.pricing.interval : null,
        status: pm.status,
        isFeatured: s.isFeatured ?? false,
        takenDownReason: s.takenDownReason ?? null,
        publishedAt: pm.publishedAt,
        createdAt: pm.createdAt,
        updatedAt: pm.updatedAt,
      },
    });
    moduleIds.set(slug, mod.id);

    for (const v of pm.versions) {
      const pkg = s.isReference && v === pm.latest ? referencePackages.get(slug) : undefined;
      if (pkg) {
        // The reference modules' current versions are published the way any author's are:
        // uploaded, submitted and approved through the publishing capability, in this transaction.
        const id = await publishThroughReview(tx, { slug, publisherSlug: s.publisher, data: pkg.data, authorId: publisherOwner(s.publisher), packageStoreDir });
        await tx.moduleVersion.update({
          where: { id },
          data: { createdAt: v.createdAt, submittedAt: v.submittedAt, publishedAt: v.publishedAt, updatedAt: v.updatedAt },
        });
        await tx.auditLog.updateMany({ where: { targetId: id }, data: { createdAt: v.publishedAt ?? v.updatedAt } });
        await tx.moderationDecision.updateMany({ where: { versionId: id }, data: { createdAt: v.publishedAt ?? v.updatedAt } });
        await tx.notification.deleteMany({ where: { link: { endsWith: `/modules/${slug}` }, kind: { startsWith: "version." } } });
        versionIds.set(`${slug}@${v.version}`, id);
        publishedThroughReview.add(`${slug}@${v.version}`);
        continue;
      }
      const version = await tx.moduleVersion.create({
        data: {
          moduleId: mod.id,
          version: v.version,
          major: v.major,
          minor: v.minor,
          patch: v.patch,
          prerelease: v.prerelease,
          manifest: v.manifest,
          changelog: v.changelog,
          sha256: v.sha256,
          sizeBytes: v.sizeBytes,
          state: v.state,
          coreRange: v.coreRange,
          permissions: v.permissions,
          optionalPermissions: v.optionalPermissions,
          checkReport: v.checkReport ?? undefined,
          migrations: v.migrations,
          readme: v.readme,
          rejectionReason: v.rejectionReason,
          yankReason: v.yankReason,
          createdById: publisherOwner(s.publisher),
          submittedAt: v.submittedAt,
          publishedAt: v.publishedAt,
          createdAt: v.createdAt,
          updatedAt: v.updatedAt,
          dependencies: {
            create: v.dependencies.map((d) => ({ moduleSlug: d.slug, range: d.range, isOptional: d.optional ?? false })),
          },
        },
      });
      versionIds.set(`${slug}@${v.version}`, version.id);
    }
  }
  const moduleId = (slug: string) => moduleIds.get(slug) ?? fail(`unknown module ${slug}`);
  const versionId = (slug: string, version: string) => versionIds.get(`${slug}@${version}`) ?? fail(`unknown version ${slug}@${version}`);

  // Installations, with their audit trail.
  const installationIds = new Map<string, string>(); // "tenant/module" → id
  for (const inst of INSTALLATIONS) {
    const planned = plan.modules.get(inst.module)?.versions.find((v) => v.version === inst.version) ?? fail(`unknown ${inst.module}@${inst.version}`);
    const lastChange = Math.min(inst.installedAt, inst.upgradedAt ?? Infinity, inst.deactivatedAt ?? Infinity);
    const created = await tx.installation.create({
      data: {
        tenantId: tenantId(inst.tenant),
        moduleId: moduleId(inst.module),
        versionId: versionId(inst.module, inst.version),
        previousVersionId: inst.previousVersion ? versionId(inst.module, inst.previousVersion) : null,
        status: inst.status,
        grantedPermissions: planned.permissions,
        registrations: registrationsOf({ manifest: planned.manifest }),
        config: (inst.config ?? {}) as Prisma.InputJsonObject,
        installedById: userId(inst.installedBy),
        installedAt: ago(inst.installedAt),
        updatedAt: ago(lastChange),
      },
    });
    installationIds.set(`${inst.tenant}/${inst.module}`, created.id);

    const audit = (action: string, at: DaysAgo, data: JsonObject) =>
      tx.auditLog.create({
        data: {
          actorId: userId(inst.installedBy),
          tenantId: tenantId(inst.tenant),
          action,
          targetType: "installation",
          targetId: created.id,
          data: { module: inst.module, moduleName: plan.modules.get(inst.module)?.seed.name ?? inst.module, ...data },
          createdAt: ago(at),
        },
      });
    await audit("module.installed", inst.installedAt, { version: inst.previousVersion ?? inst.version });
    if (inst.previousVersion && inst.upgradedAt !== undefined) {
      await audit("module.upgraded", inst.upgradedAt, { from: inst.previousVersion, to: inst.version });
    }
    if (inst.deactivatedAt !== undefined) await audit("module.deactivated", inst.deactivatedAt, { version: inst.version });
  }

  // Reviews and flags.
  const reviewIds = new Map<string, string>(); // "module/email" → id
  for (const r of REVIEWS) {
    const tenant = TENANTS.find((t) => t.members.some((m) => m.email === r.user)) ?? fail(`reviewer ${r.user} in no tenant`);
    const flags = r.flags ?? [];
    const review = await tx.review.create({
      data: {
        moduleId: moduleId(r.module),
        versionId: versionId(r.module, r.version),
        userId: userId(r.user),
        tenantId: tenantId(tenant.slug),
        rating: r.rating,
        body: r.body,
        authorReply: r.authorReply?.body ?? null,
        authorRepliedAt: r.authorReply ? ago(r.authorReply.at) : null,
        visibility: r.hidden ? "HIDDEN" : "VISIBLE",
        hiddenReason: r.hidden?.reason ?? null,
        flagCount: flags.length,
        createdAt: ago(r.at),
        updatedAt: ago(Math.min(r.at, r.authorReply?.at ?? Infinity, r.hidden?.at ?? Infinity)),
        flags: { create: flags.map((f) => ({ userId: userId(f.user), reason: f.reason, createdAt: ago(f.at) })) },
      },
    });
    reviewIds.set(`${r.module}/${r.user}`, review.id);
  }

  // Moderation: approvals from the data; rejections, yanks, take-downs and hidden reviews from the
  // versions, modules and reviews that record them.
  const moderatorId = userId("mod@adx.test");
  const decide = async (
    action: Prisma.ModerationDecisionUncheckedCreateInput["action"],
    at: Date,
    target: { module: string; version?: string; reviewId?: string },
    reason: string | null,
    by: string = moderatorId,
  ) => {
    await tx.moderationDecision.create({
      data: {
        moderatorId: by,
        action,
        reason,
        moduleId: moduleId(target.module),
        versionId: target.version ? versionId(target.module, target.version) : null,
        reviewId: target.reviewId ?? null,
        createdAt: at,
      },
    });
    const pm = plan.modules.get(target.module);
    await tx.auditLog.create({
      data: {
        actorId: by,
        publisherId: pm ? publisherId(pm.seed.publisher) : null,
        action: MODERATION_AUDIT_ACTION[action],
        targetType: target.reviewId ? "review" : target.version ? "module_version" : "module",
        targetId: target.reviewId ?? (target.version ? versionId(target.module, target.version) : moduleId(target.module)),
        data: {
          module: target.module,
          moduleName: pm?.seed.name ?? target.module,
          ...(target.version ? { version: target.version } : {}),
          ...(reason ? { reason } : {}),
        },
        createdAt: at,
      },
    });
  };
  for (const a of APPROVALS) {
    if (publishedThroughReview.has(`${a.module}@${a.version}`)) continue;
    const v = plan.modules.get(a.module)?.versions.find((x) => x.version === a.version);
    if (!v?.publishedAt) fail(`approval of unpublished ${a.module}@${a.version}`);
    await decide("APPROVE", minutesBefore(v.publishedAt, 12), { module: a.module, version: a.version }, a.note ?? null, userId(a.moderator));
  }
  for (const [slug, pm] of plan.modules) {
    for (const v of pm.versions) {
      if (v.rejectedAt) await decide("REJECT", v.rejectedAt, { module: slug, version: v.version }, v.rejectionReason);
      if (v.yankedAt) await decide("YANK", v.yankedAt, { module: slug, version: v.version }, v.yankReason);
      if (v.state === "SUBMITTED" && v.submittedAt) {
        await tx.auditLog.create({
          data: {
            actorId: publisherOwner(pm.seed.publisher),
            publisherId: publisherId(pm.seed.publisher),
            action: "version.submitted",
            targetType: "module_version",
            targetId: versionId(slug, v.version),
            data: { module: slug, version: v.version },
            createdAt: v.submittedAt,
          },
        });
      }
    }
    if (pm.takenDownAt) await decide("TAKE_DOWN", pm.takenDownAt, { module: slug }, pm.seed.takenDownReason ?? null);
  }
  for (const r of REVIEWS) {
    if (r.hidden) {
      await decide("HIDE_REVIEW", ago(r.hidden.at), { module: r.module, reviewId: reviewIds.get(`${r.module}/${r.user}`) }, r.hidden.reason);
    }
  }

  // Billing: an order and the license it granted.
  for (const p of PURCHASES) {
    const pm = plan.modules.get(p.module) ?? fail(`unknown module ${p.module}`);
    const order = await tx.order.create({
      data: {
        tenantId: tenantId(p.tenant),
        moduleId: moduleId(p.module),
        publisherId: publisherId(pm.seed.publisher),
        buyerId: userId(p.buyer),
        amountCents: p.amountCents,
        platformFeeCents: p.platformFeeCents,
        currency: "usd",
        status: p.orderStatus,
        stripeCheckoutSessionId: p.stripeCheckoutSessionId,
        stripePaymentIntentId: p.stripePaymentIntentId,
        paidAt: ago(p.paidAt),
        createdAt: minutesBefore(ago(p.paidAt), 3),
        updatedAt: ago(p.paidAt),
      },
    });
    const license = await tx.license.create({
      data: {
        tenantId: tenantId(p.tenant),
        moduleId: moduleId(p.module),
        kind: p.kind,
        status: p.licenseStatus,
        orderId: order.id,
        createdAt: ago(p.paidAt),
        updatedAt: ago(p.paidAt),
      },
    });
    await tx.auditLog.create({
      data: {
        actorId: userId(p.buyer),
        tenantId: tenantId(p.tenant),
        action: "license.granted",
        targetType: "license",
        targetId: license.id,
        data: { module: p.module, moduleName: pm.seed.name, orderId: order.id, amountCents: p.amountCents },
        createdAt: ago(p.paidAt),
      },
    });
  }

  for (const c of COLLECTIONS) {
    await tx.collection.create({
      data: {
        slug: c.slug,
        title: c.title,
        description: c.description,
        sortOrder: c.sortOrder,
        items: { create: c.modules.map((slug, position) => ({ moduleId: moduleId(slug), position })) },
      },
    });
  }

  for (const n of NOTIFICATIONS) {
    await tx.notification.create({
      data: {
        userId: userId(n.user),
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link ?? null,
        createdAt: ago(n.at),
        readAt: n.readAt !== undefined ? ago(n.readAt) : null,
      },
    });
  }

  // Statistics, counted from what was written above so they are honest.
  for (const [slug, pm] of plan.modules) {
    const installs = INSTALLATIONS.filter((i) => i.module === slug);
    const visible = REVIEWS.filter((r) => r.module === slug && !r.hidden);
    const histogram = [1, 2, 3, 4, 5].map((stars) => visible.filter((r) => r.rating === stars).length);
    const ratingSum = visible.reduce((sum, r) => sum + r.rating, 0);
    await tx.module.update({
      where: { id: moduleId(slug) },
      data: {
        latestVersionId: pm.latest ? versionId(slug, pm.latest.version) : null,
        installCount: installs.length,
        activeInstalls: installs.filter((i) => i.status === "ACTIVE").length,
        ratingCount: visible.length,
        ratingSum,
        ratingAverage: visible.length > 0 ? ratingSum / visible.length : 0,
        ratingHistogram: histogram,
        // Explicit, or @updatedAt would stamp every module "updated just now".
        updatedAt: pm.updatedAt,
      },
    });
  }

  await writeTenantSchemas(tx, now);
}

const MODERATION_AUDIT_ACTION: Record<Prisma.ModerationDecisionUncheckedCreateInput["action"], string> = {
  APPROVE: "version.approved",
  REJECT: "version.rejected",
  YANK: "version.yanked",
  TAKE_DOWN: "module.taken_down",
  RESTORE_MODULE: "module.restored",
  HIDE_REVIEW: "review.hidden",
  RESTORE_REVIEW: "review.restored",
};

/**
 * Every tenant gets its schema; the installed reference modules get their tables (their real
 * 001_init migration) and a few sample rows, so an ACTIVE installation has the tables it implies.
 * Listing-only modules have no package here, so no tables.
 */
async function writeTenantSchemas(tx: Tx, now: Date): Promise<void> {
  const inDays = (days: number) => new Date(now.getTime() + days * DAY_MS);
  const dateOnly = (d: Date) => d.toISOString().slice(0, 10);
  const referenceSlugs = new Set(MODULES.filter((m) => m.isReference).map((m) => m.slug));

  for (const t of TENANTS) {
    const schema = tenantSchemaName(t.slug);
    const q = quoteIdent(schema);
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { slug: t.slug }, select: { id: true, schemaName: true } });
    // The installer's own code: schema and tenant role, guarded migrations run as that role,
    // recorded so the jobs can upgrade, roll back and uninstall these modules later.
    await ensureTenantSchema(tx as unknown as Db, tenant);
    const installed = INSTALLATIONS.filter((i) => i.tenant === t.slug && referenceSlugs.has(i.module));
    // Dependencies first: the data already orders installs that way within a tenant.
    const ordered = [...installed].sort((a, b) => b.installedAt - a.installedAt);
    for (const inst of ordered) {
      const pkg = referencePackages.get(inst.module) ?? fail(`${inst.module}: reference package not loaded`);
      const prefix = pkg.inspection.manifest?.module.database?.schema_prefix ?? fail(`${inst.module}: no schema_prefix`);
      const version = await tx.moduleVersion.findFirstOrThrow({ where: { module: { slug: inst.module }, version: inst.version }, select: { id: true } });
      for (const migration of pkg.inspection.migrations) {
        await applyMigration(tx as unknown as Db, tenant, { moduleSlug: inst.module, prefix, versionId: version.id, jobId: null, migration });
      }
    }

    const records = TENANT_RECORDS.find((r) => r.tenant === t.slug);
    if (!records) continue;
    const has = (slug: string) => installed.some((i) => i.module === slug);
    const need = (slug: string, what: string) => {
      if (!has(slug)) fail(`${t.slug}: sample ${what} need ${slug} installed`);
    };

    need("client-management", "clients");
    const clientIds = new Map<string, string>();
    for (const c of records.clients) {
      const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
        `INSERT INTO ${q}.client_mgmt_clients (name, email, phone, company, status, notes) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text`,
        c.name,
        c.email,
        c.phone ?? null,
        c.company,
        c.status,
        c.notes ?? "",
      );
      const id = rows[0]?.id ?? fail(`${t.slug}: client ${c.name} not inserted`);
      clientIds.set(c.name, id);
      await tx.$executeRawUnsafe(
        `INSERT INTO ${q}.client_mgmt_activities (client_id, kind, summary) VALUES ($1::uuid, 'created', 'Client added')`,
        id,
      );
    }
    const clientId = (name: string) => clientIds.get(name) ?? fail(`${t.slug}: unknown sample client ${name}`);

    if (records.projects?.length) need("project-management", "projects");
    for (const p of records.projects ?? []) {
      const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
        `INSERT INTO ${q}.pm_projects (client_id, name, status, starts_on, due_on, budget_hours) VALUES ($1::uuid, $2, $3, $4::date, $5::date, $6) RETURNING id::text`,
        clientId(p.client),
        p.name,
        p.status,
        dateOnly(inDays(p.startsInDays)),
        dateOnly(inDays(p.dueInDays)),
        p.budgetHours,
      );
      const projectId = rows[0]?.id ?? fail(`${t.slug}: project ${p.name} not inserted`);
      for (const [position, task] of p.tasks.entries()) {
        await tx.$executeRawUnsafe(
          `INSERT INTO ${q}.pm_tasks (project_id, title, assignee_email, due_on, done_at, position) VALUES ($1::uuid, $2, $3, $4::date, $5, $6)`,
          projectId,
          task.title,
          task.assignee,
          dateOnly(inDays(task.dueInDays)),
          task.done ? inDays(task.dueInDays) : null,
          position,
        );
      }
    }

    if (records.invoices?.length) need("invoices", "invoices");
    for (const inv of records.invoices ?? []) {
      const total = inv.lines.reduce((sum, l) => sum + Math.round(l.quantity * l.unitPriceCents), 0);
      const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
        `INSERT INTO ${q}.invoices_invoices (number, client_id, status, issued_on, due_on, total_cents, paid_at) VALUES ($1, $2::uuid, $3, $4::date, $5::date, $6, $7) RETURNING id::text`,
        inv.number,
        clientId(inv.client),
        inv.status,
        dateOnly(inDays(inv.issuedInDays)),
        dateOnly(inDays(inv.dueInDays)),
        total,
        inv.status === "paid" ? inDays(inv.dueInDays - 3) : null,
      );
      const invoiceId = rows[0]?.id ?? fail(`${t.slug}: invoice ${inv.number} not inserted`);
      for (const [position, line] of inv.lines.entries()) {
        await tx.$executeRawUnsafe(
          `INSERT INTO ${q}.invoices_lines (invoice_id, description, quantity, unit_price_cents, position) VALUES ($1::uuid, $2, $3, $4, $5)`,
          invoiceId,
          line.description,
          line.quantity,
          line.unitPriceCents,
          position,
        );
      }
    }

    if (records.deals?.length) need("crm", "deals");
    for (const d of records.deals ?? []) {
      const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
        `INSERT INTO ${q}.crm_deals (client_id, title, stage, value_cents, owner_email, expected_close_on) VALUES ($1::uuid, $2, $3, $4, $5, $6::date) RETURNING id::text`,
        clientId(d.client),
        d.title,
        d.stage,
        d.valueCents,
        d.owner,
        dateOnly(inDays(d.closeInDays)),
      );
      await tx.$executeRawUnsafe(
        `INSERT INTO ${q}.crm_activities (deal_id, client_id, kind, note) VALUES ($1::uuid, $2::uuid, 'note', $3)`,
        rows[0]?.id ?? fail(`${t.slug}: deal ${d.title} not inserted`),
        clientId(d.client),
        `Deal opened by ${d.owner}`,
      );
    }
  }
}

async function countRows(tx: Tx): Promise<SeedCounts> {
  const [users, tenants, publishers, categories, modules, versions, dependencies, installations, reviews, reviewFlags, decisions, orders, licenses, collections, auditLogs, notifications] =
    await Promise.all([
      tx.user.count(),
      tx.tenant.count(),
      tx.publisher.count(),
      tx.category.count(),
      tx.module.count(),
      tx.moduleVersion.count(),
      tx.versionDependency.count(),
      tx.installation.count(),
      tx.review.count(),
      tx.reviewFlag.count(),
      tx.moderationDecision.count(),
      tx.order.count(),
      tx.license.count(),
      tx.collection.count(),
      tx.auditLog.count(),
      tx.notification.count(),
    ]);
  return { users, tenants, publishers, categories, modules, versions, dependencies, installations, reviews, reviewFlags, decisions, orders, licenses, collections, auditLogs, notifications };
}

/**
 * Seeds the demo into `db`. Returns "skipped" when the demo is already there (unless reset).
 * All-or-nothing: one transaction, including the reset.
 */
export async function seedDemo(
  db: PrismaClient,
  options: { reset?: boolean; now?: Date; packageStoreDir?: string } = {},
): Promise<SeedResult> {
  const now = options.now ?? new Date();
  await loadReferencePackages();
  // Checked before opening the transaction: bad data never gets as far as the database.
  const plan = planDemo(now);
  return db.$transaction(
    async (tx) => {
      if (options.reset) {
        await resetDatabase(tx);
      } else if (await tx.user.findUnique({ where: { email: SENTINEL_USER_EMAIL }, select: { id: true } })) {
        return { status: "skipped" } as const;
      }
      await writeDemo(tx, plan, now, options.packageStoreDir ?? DEFAULT_PACKAGE_STORE_DIR);
      return { status: "seeded", counts: await countRows(tx) } as const;
    },
    // A few hundred round trips plus bcrypt: well past the 5 s default.
    { maxWait: 10_000, timeout: 120_000 },
  );
}

async function main(): Promise<void> {
  const reset = process.argv.includes("--reset");
  // This script runs outside the app (before it is configured), so it reads DATABASE_URL itself
  // instead of through src/env.ts, which would also demand AUTH_SECRET and friends.
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("seed: DATABASE_URL is not set (e.g. postgresql://postgres@127.0.0.1:54329/adx)");
    process.exitCode = 1;
    return;
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const started = Date.now();
    const result = await seedDemo(db, { reset, packageStoreDir: process.env.PACKAGE_STORE_DIR || DEFAULT_PACKAGE_STORE_DIR });
    if (result.status === "skipped") {
      console.log("seed: demo data already present (use --reset to reseed)");
      return;
    }
    const summary = Object.entries(result.counts)
      .map(([table, n]) => `${table} ${n}`)
      .join(", ");
    console.log(`seed: demo data written in ${((Date.now() - started) / 1000).toFixed(1)} s${reset ? " (after reset)" : ""}`);
    console.log(`seed: ${summary}`);
    console.log(`seed: sign in as root@adx.test, mod@adx.test, alice@acme.test, dev@northwind.dev … with password "${DEMO_PASSWORD}"`);
  } catch (error) {
    console.error("seed: failed, nothing was written:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

// Run only as a script, not when imported (e.g. by the demo launcher or tests).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
