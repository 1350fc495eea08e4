/**
 * Each tenant's module tables live in its own PostgreSQL schema (`Tenant.schemaName`), owned by
 * work done as a tenant role that has rights on that schema and nowhere else. Module migrations
 * run here: checked again by the publishing SQL guard, inside the caller's transaction, with the
 * tenant schema as the only schema on the search_path and `SET LOCAL ROLE` to the tenant role, so
 * even SQL the guard let through cannot reach the platform's tables or another tenant's.
 *
 * Every function takes a transaction (`tx`) and leaves role and search_path as they were.
 */
import { parse as parseSql } from "libpg-query";
import type { Db } from "~/server/db";
import { checkMigrationSql } from "~/server/publishing/checks/check-migrations";
import { AppError } from "~/server/shared/app-error";

export type TTenantSchema = { id: string; schemaName: string };
export type TModuleMigration = { name: string; up: string; down: string | null };

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

export const quoteIdent = (name: string) => {
  if (!IDENT.test(name)) throw new Error(`not a safe identifier: ${name}`);
  return `"${name}"`;
};

/** The role module SQL runs as in this tenant's schema. */
export const tenantRoleName = (schemaName: string) => `${schemaName.slice(0, 57)}_role`;
/** Where a "keep data" uninstall at `at` moves a module's tables. */
export const archiveSchemaName = (schemaName: string, at: Date) =>
  `${schemaName.slice(0, 40)}_archive_${at.toISOString().replace(/[-:T]/g, "").slice(0, 14)}`;

/** Splits SQL into statements with PostgreSQL's own parser (comments, quoted semicolons and all). */
export async function splitStatements(sql: string): Promise<string[]> {
  const parsed = (await parseSql(sql)) as { stmts?: { stmt_location?: number; stmt_len?: number }[] };
  const bytes = Buffer.from(sql, "utf8");
  return (parsed.stmts ?? [])
    .map(({ stmt_location: start = 0, stmt_len: len = 0 }) => bytes.subarray(start, len === 0 ? bytes.length : start + len).toString("utf8").trim())
    .filter((s) => s.length > 0);
}

/**
 * Creates the tenant's schema and role on first use (idempotent, safe under concurrency): the role
 * may use and create in the schema and owns the module tables in it; it has no other grants.
 */
export async function ensureTenantSchema(tx: Db, tenant: TTenantSchema): Promise<void> {
  const schema = quoteIdent(tenant.schemaName);
  const roleName = tenantRoleName(tenant.schemaName);
  const role = quoteIdent(roleName);
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, `adx-tenant-schema:${tenant.schemaName}`);
  const existing = await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_roles WHERE rolname = $1`, roleName);
  if ((existing[0]?.n ?? 0) === 0) await tx.$executeRawUnsafe(`CREATE ROLE ${role} NOLOGIN NOINHERIT`);
  await tx.$executeRawUnsafe(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await tx.$executeRawUnsafe(`GRANT USAGE, CREATE ON SCHEMA ${schema} TO ${role}`);
  // Tables made before the role existed (or by the platform) are handed to it, so the module's
  // later migrations (ALTER TABLE needs ownership) work.
  const foreign = await tx.$queryRawUnsafe<{ name: string }[]>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND pg_get_userbyid(c.relowner) <> $2`,
    tenant.schemaName,
    roleName,
  );
  for (const { name } of foreign) await tx.$executeRawUnsafe(`ALTER TABLE ${schema}.${quoteIdent(name)} OWNER TO ${role}`);
}

export async function schemaExists(db: Db, schemaName: string): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = $1`, schemaName);
  return (rows[0]?.n ?? 0) > 0;
}

/** Drops the tenant's schema if nothing is in it (compensating a first install). */
export async function dropTenantSchemaIfEmpty(tx: Db, tenant: TTenantSchema): Promise<boolean> {
  const rows = await tx.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1`,
    tenant.schemaName,
  );
  if ((rows[0]?.n ?? 0) > 0 || !(await schemaExists(tx, tenant.schemaName))) return false;
  await tx.$executeRawUnsafe(`DROP SCHEMA ${quoteIdent(tenant.schemaName)} RESTRICT`);
  return true;
}

/** Runs SQL as the tenant role with only the tenant's schema visible. */
export async function runAsTenant(tx: Db, tenant: TTenantSchema, sql: string): Promise<void> {
  const statements = await splitStatements(sql);
  await tx.$executeRawUnsafe(`SET LOCAL search_path TO ${quoteIdent(tenant.schemaName)}`);
  await tx.$executeRawUnsafe(`SET LOCAL ROLE ${quoteIdent(tenantRoleName(tenant.schemaName))}`);
  try {
    for (const statement of statements) await tx.$executeRawUnsafe(statement);
  } finally {
    // On error the transaction is aborted and rolls these back with everything else.
    await tx.$executeRawUnsafe(`RESET ROLE`).catch(() => undefined);
    await tx.$executeRawUnsafe(`SET LOCAL search_path TO public`).catch(() => undefined);
  }
}

/** The publishing guard again, at run time: a package stored before a rule existed is still checked. */
export async function guardMigrationSql(moduleSlug: string, file: string, sql: string, prefix: string): Promise<void> {
  const { problems } = await checkMigrationSql(file, sql, prefix);
  if (problems.length > 0) {
    throw new AppError("PRECONDITION_FAILED", {
      message: `migration guard refused ${moduleSlug} ${file}: ${problems.map((p) => p.message).join("; ")}`,
      userMessage: `The migration ${file} of ${moduleSlug} was refused by the safety check: ${problems[0]?.message ?? "it is not allowed"}.`,
      details: problems,
    });
  }
}

/** Migration names applied for a module in a tenant, in the order they were applied. */
export async function appliedMigrations(tx: Db, tenantId: string, moduleSlug: string) {
  return tx.tenantModuleMigration.findMany({
    where: { tenantId, moduleSlug },
    orderBy: [{ appliedAt: "asc" }, { name: "asc" }],
    select: { name: true, versionId: true, jobId: true },
  });
}

/**
 * Applies one migration (guard, run as tenant, record) in the caller's transaction. Returns false
 * when it was already applied, so a repeated or resumed step does nothing twice.
 */
export async function applyMigration(
  tx: Db,
  tenant: TTenantSchema,
  m: { moduleSlug: string; prefix: string; versionId: string; jobId: string | null; migration: TModuleMigration },
): Promise<boolean> {
  const done = await tx.tenantModuleMigration.findUnique({
    where: { tenantId_moduleSlug_name: { tenantId: tenant.id, moduleSlug: m.moduleSlug, name: m.migration.name } },
    select: { id: true },
  });
  if (done) return false;
  await guardMigrationSql(m.moduleSlug, `${m.migration.name}.up.sql`, m.migration.up, m.prefix);
  await ensureTenantSchema(tx, tenant);
  await runAsTenant(tx, tenant, m.migration.up).catch((e: unknown) => {
    throw sqlFailure(`The migration ${m.migration.name} of ${m.moduleSlug} failed`, e);
  });
  await tx.tenantModuleMigration.create({
    data: { tenantId: tenant.id, moduleSlug: m.moduleSlug, name: m.migration.name, versionId: m.versionId, jobId: m.jobId },
  });
  return true;
}

/** Reverts one applied migration with its down SQL and forgets it. No-op when not applied. */
export async function revertMigration(
  tx: Db,
  tenant: TTenantSchema,
  m: { moduleSlug: string; prefix: string; migration: TModuleMigration },
): Promise<boolean> {
  const done = await tx.tenantModuleMigration.findUnique({
    where: { tenantId_moduleSlug_name: { tenantId: tenant.id, moduleSlug: m.moduleSlug, name: m.migration.name } },
    select: { id: true },
  });
  if (!done) return false;
  if (m.migration.down === null) {
    throw new AppError("PRECONDITION_FAILED", {
      message: `${m.moduleSlug} ${m.migration.name} has no down migration`,
      userMessage: `The migration ${m.migration.name} of ${m.moduleSlug} cannot be undone: it has no down migration.`,
    });
  }
  await guardMigrationSql(m.moduleSlug, `${m.migration.name}.down.sql`, m.migration.down, m.prefix);
  await ensureTenantSchema(tx, tenant);
  await runAsTenant(tx, tenant, m.migration.down).catch((e: unknown) => {
    throw sqlFailure(`Undoing the migration ${m.migration.name} of ${m.moduleSlug} failed`, e);
  });
  await tx.tenantModuleMigration.delete({ where: { id: done.id } });
  return true;
}

/** SQL that PostgreSQL refused fails the same way on every retry: say so, in words. */
function sqlFailure(what: string, e: unknown): AppError {
  const raw = e instanceof Error ? e.message : String(e);
  const meta = (e as { meta?: { message?: unknown } } | null)?.meta;
  const detail =
    (typeof meta?.message === "string" ? meta.message : null) ??
    /Message: `([^`]+)`/.exec(raw)?.[1] ??
    /ERROR:\s*([^\n]+)/.exec(raw)?.[1] ??
    raw.split("\n").find((l) => l.trim() !== "") ??
    raw;
  return new AppError("PRECONDITION_FAILED", { message: `${what}: ${raw}`, userMessage: `${what}: ${detail.trim()}`, cause: e });
}

/** The module's tables in the tenant schema: every table whose name starts with its prefix. */
export async function moduleTables(tx: Db, schemaName: string, prefix: string): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ name: string }[]>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND starts_with(c.relname, $2) ORDER BY c.relname`,
    schemaName,
    prefix,
  );
  return rows.map((r) => r.name);
}

/** Drops what is left of a module's tables after its down migrations (a down that forgot one). */
export async function dropModuleTables(tx: Db, tenant: TTenantSchema, prefix: string): Promise<string[]> {
  const tables = await moduleTables(tx, tenant.schemaName, prefix);
  if (tables.length > 0) {
    const schema = quoteIdent(tenant.schemaName);
    await tx.$executeRawUnsafe(`DROP TABLE IF EXISTS ${tables.map((t) => `${schema}.${quoteIdent(t)}`).join(", ")} CASCADE`);
  }
  return tables;
}

/**
 * "Keep data": moves the module's tables (with their indexes and sequences) into an archive schema
 * of their own, `<tenant schema>_archive_<yyyymmddhhmmss>`, so archiving twice never collides.
 */
export async function archiveModuleTables(tx: Db, tenant: TTenantSchema, prefix: string, at: Date): Promise<{ schema: string; tables: string[] }> {
  const archive = archiveSchemaName(tenant.schemaName, at);
  const tables = await moduleTables(tx, tenant.schemaName, prefix);
  if (tables.length === 0) return { schema: archive, tables };
  await tx.$executeRawUnsafe(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(archive)}`);
  for (const table of tables) {
    await tx.$executeRawUnsafe(`ALTER TABLE ${quoteIdent(tenant.schemaName)}.${quoteIdent(table)} SET SCHEMA ${quoteIdent(archive)}`);
  }
  return { schema: archive, tables };
}

const QUERY_STATEMENTS = new Set(["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt"]);

/**
 * The SQL a module's code may run through `ctx.db.query`: one SELECT, INSERT, UPDATE or DELETE on
 * the module's own prefixed tables, unqualified. Returns the problem, or null when allowed.
 */
export async function checkModuleQuery(sql: string, prefix: string): Promise<string | null> {
  let parsed: { stmts?: { stmt?: Record<string, unknown> }[] };
  try {
    parsed = (await parseSql(sql));
  } catch (e) {
    return `SQL syntax error: ${e instanceof Error ? e.message : String(e)}`;
  }
  const statements = parsed.stmts ?? [];
  if (statements.length !== 1) return "ctx.db.query runs exactly one statement";
  const [type] = Object.keys(statements[0]?.stmt ?? {});
  if (!type || !QUERY_STATEMENTS.has(type)) return `only SELECT, INSERT, UPDATE and DELETE are allowed (got ${type ?? "nothing"})`;
  const problems: string[] = [];
  const cteNames = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    const o = node as Record<string, unknown>;
    const cte = o.CommonTableExpr as { ctename?: string } | undefined;
    if (cte?.ctename) cteNames.add(cte.ctename);
    const rv = o.RangeVar as { relname?: string; schemaname?: string } | undefined;
    if (rv?.relname !== undefined) {
      if (rv.schemaname) problems.push(`schema-qualified table ${rv.schemaname}.${rv.relname}`);
      else if (!rv.relname.startsWith(prefix) && !cteNames.has(rv.relname)) problems.push(`table ${rv.relname} is not one of the module's (${prefix}*)`);
    }
    Object.values(o).forEach(visit);
  };
  visit(statements[0]?.stmt);
  return problems[0] ?? null;
}

/** Runs a module's query as the tenant role (after checkModuleQuery), returning its rows. */
export async function runModuleQuery(tx: Db, tenant: TTenantSchema, prefix: string, sql: string, params: unknown[]): Promise<unknown[]> {
  const problem = await checkModuleQuery(sql, prefix);
  if (problem) throw new AppError("FORBIDDEN", { userMessage: `ctx.db.query refused: ${problem}` });
  await tx.$executeRawUnsafe(`SET LOCAL search_path TO ${quoteIdent(tenant.schemaName)}`);
  await tx.$executeRawUnsafe(`SET LOCAL ROLE ${quoteIdent(tenantRoleName(tenant.schemaName))}`);
  await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = '5s'`);
  try {
    const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
    // JSON values only cross into the sandbox.
    return JSON.parse(JSON.stringify(rows, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))) as unknown[];
  } finally {
    await tx.$executeRawUnsafe(`RESET ROLE`).catch(() => undefined);
    await tx.$executeRawUnsafe(`SET LOCAL search_path TO public`).catch(() => undefined);
    await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = 0`).catch(() => undefined);
  }
}
