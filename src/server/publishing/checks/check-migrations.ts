import { parse as parseSql } from "libpg-query";
import type { TManifest } from "../manifest/manifest.schema";
import type { Problem } from "../problems";
import { SqlText } from "./sql-position";

/**
 * The SQL guard for module migrations (docs/module-manifest.md, "Migrations"). A module's
 * migrations run in each installing tenant's schema; they may create and change the module's own
 * prefixed tables and indexes, and seed them, and nothing else. The guard parses every file with
 * PostgreSQL's own parser (libpg-query) and walks the whole tree, so a table name hidden in a
 * foreign key, a sub-select or a CTE is seen as well.
 *
 * It is one layer: the installer also runs migrations with the tenant's schema as the only
 * search_path, inside a transaction, as a role without rights outside that schema.
 */

export type TMigration = { name: string; up: string; down: string | null };

export const MIGRATION_FILE_PATTERN = /^(\d{3})_([a-z0-9][a-z0-9_]*)\.(up|down)\.sql$/;
export const DEFAULT_MIGRATIONS_PATH = "migrations";

/** Statements a migration may contain. */
const ALLOWED_STATEMENTS = new Set([
  "CreateStmt",
  "AlterTableStmt",
  "DropStmt",
  "IndexStmt",
  "InsertStmt",
  "UpdateStmt",
  "DeleteStmt",
  "CommentStmt",
  "RenameStmt",
]);

/** Refused with a reason of their own. */
const FORBIDDEN_STATEMENTS: Record<string, (node: Record<string, unknown>) => string> = {
  VariableSetStmt: (n) =>
    `SET is not allowed in module migrations${n.name === "search_path" ? ": the installer chooses the schema (search_path) for every tenant" : ""}`,
  CreateFunctionStmt: (n) => `${n.is_procedure === true ? "CREATE PROCEDURE" : "CREATE FUNCTION"} is not allowed in module migrations: module code runs in the sandbox, not in the database`,
  CreateTrigStmt: () => "CREATE TRIGGER is not allowed in module migrations: react to events with hooks instead",
  CreateEventTrigStmt: () => "CREATE EVENT TRIGGER is not allowed in module migrations",
  CreateExtensionStmt: () => "CREATE EXTENSION is not allowed in module migrations: extensions are managed by the platform",
  CreateRoleStmt: () => "CREATE ROLE is not allowed in module migrations",
  AlterRoleStmt: () => "ALTER ROLE is not allowed in module migrations",
  AlterRoleSetStmt: () => "ALTER ROLE is not allowed in module migrations",
  DropRoleStmt: () => "DROP ROLE is not allowed in module migrations",
  GrantStmt: (n) => `${n.is_grant === true ? "GRANT" : "REVOKE"} is not allowed in module migrations: access is managed by the platform`,
  GrantRoleStmt: (n) => `${n.is_grant === true ? "GRANT" : "REVOKE"} is not allowed in module migrations: access is managed by the platform`,
  AlterDefaultPrivilegesStmt: () => "ALTER DEFAULT PRIVILEGES is not allowed in module migrations",
  CopyStmt: () => "COPY is not allowed in module migrations: it reads and writes files on the server; seed data with INSERT",
  DoStmt: () => "DO blocks are not allowed in module migrations: migrations may not run procedural code",
  TransactionStmt: (n) =>
    `${transactionWord(n.kind)} is not allowed in module migrations: the installer runs each migration in its own transaction`,
  CreateSchemaStmt: () => "CREATE SCHEMA is not allowed in module migrations: a module's tables live in the tenant's schema",
};

/** Readable names for statement types refused by the catch-all rule. */
const STATEMENT_WORDS: Record<string, string> = {
  SelectStmt: "SELECT",
  ViewStmt: "CREATE VIEW",
  CreateTableAsStmt: "CREATE TABLE AS / CREATE MATERIALIZED VIEW",
  CreateSeqStmt: "CREATE SEQUENCE",
  AlterSeqStmt: "ALTER SEQUENCE",
  CreateEnumStmt: "CREATE TYPE … AS ENUM",
  CompositeTypeStmt: "CREATE TYPE",
  CreateDomainStmt: "CREATE DOMAIN",
  RuleStmt: "CREATE RULE",
  CreatePolicyStmt: "CREATE POLICY",
  TruncateStmt: "TRUNCATE",
  LockStmt: "LOCK",
  VacuumStmt: "VACUUM / ANALYZE",
  ExplainStmt: "EXPLAIN",
  CallStmt: "CALL",
  ExecuteStmt: "EXECUTE",
  PrepareStmt: "PREPARE",
  NotifyStmt: "NOTIFY",
  ListenStmt: "LISTEN",
  AlterSystemStmt: "ALTER SYSTEM",
  AlterOwnerStmt: "ALTER … OWNER TO",
  AlterObjectSchemaStmt: "ALTER … SET SCHEMA",
  CreatedbStmt: "CREATE DATABASE",
  DropdbStmt: "DROP DATABASE",
  LoadStmt: "LOAD",
  VariableShowStmt: "SHOW",
  DiscardStmt: "DISCARD",
  ReassignOwnedStmt: "REASSIGN OWNED",
  DropOwnedStmt: "DROP OWNED",
  CreateForeignTableStmt: "CREATE FOREIGN TABLE",
  CreateFdwStmt: "CREATE FOREIGN DATA WRAPPER",
  CreateForeignServerStmt: "CREATE SERVER",
  CreateUserMappingStmt: "CREATE USER MAPPING",
  ImportForeignSchemaStmt: "IMPORT FOREIGN SCHEMA",
  CreateTableSpaceStmt: "CREATE TABLESPACE",
  SecLabelStmt: "SECURITY LABEL",
  CreateStatsStmt: "CREATE STATISTICS",
  ClusterStmt: "CLUSTER",
  ReindexStmt: "REINDEX",
  RefreshMatViewStmt: "REFRESH MATERIALIZED VIEW",
  CheckPointStmt: "CHECKPOINT",
  CreatePublicationStmt: "CREATE PUBLICATION",
  CreateSubscriptionStmt: "CREATE SUBSCRIPTION",
  MergeStmt: "MERGE",
  DeclareCursorStmt: "DECLARE CURSOR",
};

/**
 * Functions that reach outside the tenant's tables (files, other sessions, settings, dynamic SQL
 * through XML helpers, remote databases), refused wherever they appear.
 */
const DENIED_FUNCTIONS = new Set([
  "set_config",
  "pg_read_file",
  "pg_read_binary_file",
  "pg_ls_dir",
  "pg_stat_file",
  "pg_ls_logdir",
  "pg_ls_waldir",
  "pg_ls_tmpdir",
  "pg_ls_archive_statusdir",
  "pg_file_write",
  "lo_import",
  "lo_export",
  "pg_terminate_backend",
  "pg_cancel_backend",
  "pg_reload_conf",
  "pg_rotate_logfile",
  "pg_switch_wal",
  "pg_sleep",
  "pg_sleep_for",
  "pg_sleep_until",
  "pg_advisory_lock",
  "pg_advisory_xact_lock",
  "pg_notify",
  "query_to_xml",
  "query_to_xml_and_xmlschema",
  "query_to_xmlschema",
  "cursor_to_xml",
  "table_to_xml",
  "table_to_xml_and_xmlschema",
  "schema_to_xml",
  "database_to_xml",
  "dblink",
  "dblink_exec",
  "dblink_connect",
  "dblink_connect_u",
  "dblink_send_query",
]);

function transactionWord(kind: unknown): string {
  const words: Record<string, string> = {
    TRANS_STMT_BEGIN: "BEGIN",
    TRANS_STMT_START: "START TRANSACTION",
    TRANS_STMT_COMMIT: "COMMIT",
    TRANS_STMT_ROLLBACK: "ROLLBACK",
    TRANS_STMT_SAVEPOINT: "SAVEPOINT",
    TRANS_STMT_RELEASE: "RELEASE SAVEPOINT",
    TRANS_STMT_ROLLBACK_TO: "ROLLBACK TO SAVEPOINT",
    TRANS_STMT_PREPARE: "PREPARE TRANSACTION",
    TRANS_STMT_COMMIT_PREPARED: "COMMIT PREPARED",
    TRANS_STMT_ROLLBACK_PREPARED: "ROLLBACK PREPARED",
  };
  return typeof kind === "string" ? (words[kind] ?? "A transaction statement") : "A transaction statement";
}

/** "OBJECT_SCHEMA" → "SCHEMA", "OBJECT_MATVIEW" → "MATERIALIZED VIEW". */
function objectWord(objtype: unknown): string {
  const special: Record<string, string> = { OBJECT_MATVIEW: "MATERIALIZED VIEW", OBJECT_FOREIGN_TABLE: "FOREIGN TABLE", OBJECT_TABCONSTRAINT: "CONSTRAINT" };
  if (typeof objtype !== "string") return "this object";
  return special[objtype] ?? objtype.replace(/^OBJECT_/, "").replace(/_/g, " ");
}

// libpg-query's JSON leaves out fields at their default (false, 0, ""): test for `=== true`.
type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === "object" && !Array.isArray(v);
const quote = (s: string) => JSON.stringify(s);

/** `[{String: {sval: "public"}}, {String: {sval: "users"}}]` → ["public", "users"]. */
function names(list: unknown): string[] {
  const items = isObject(list) && isObject(list.List) ? list.List.items : list;
  if (!Array.isArray(items)) return [];
  return items.map((i) => (isObject(i) && isObject(i.String) && typeof i.String.sval === "string" ? i.String.sval : "")).filter((s) => s !== "");
}

type Finding = { message: string; byteLocation?: number };

/** The rules for one parsed statement: its type, then every name anywhere inside it. */
function checkStatement(stmt: JsonObject, prefix: string): Finding[] {
  const [type, rawNode] = Object.entries(stmt)[0] ?? ["", {}];
  const node = isObject(rawNode) ? rawNode : {};
  const forbidden = FORBIDDEN_STATEMENTS[type];
  if (forbidden) return [{ message: forbidden(node) }];
  if (!ALLOWED_STATEMENTS.has(type)) {
    const words = STATEMENT_WORDS[type];
    return [{ message: `statement type ${type}${words ? ` (${words})` : ""} is not allowed in module migrations` }];
  }

  const findings: Finding[] = [];
  const ownName = (name: string, what: string, byteLocation?: number) => {
    if (!name.startsWith(prefix)) {
      findings.push({ message: `${what} ${quote(name)} does not start with the module's prefix ${quote(prefix)}; a module may only create and use its own tables`, byteLocation });
    }
  };
  const qualifiedName = (parts: string[], byteLocation?: number) => {
    findings.push({
      message: `${quote(parts.join("."))} is schema-qualified; name tables without a schema (the installer runs migrations in the tenant's schema)`,
      byteLocation,
    });
  };

  switch (type) {
    case "DropStmt": {
      if (node.removeType !== "OBJECT_TABLE" && node.removeType !== "OBJECT_INDEX") {
        return [{ message: `DROP ${objectWord(node.removeType)} is not allowed in module migrations: only the module's own tables and indexes may be dropped` }];
      }
      if (node.concurrent === true) findings.push({ message: "DROP INDEX CONCURRENTLY cannot run inside the installer's transaction; drop the index without CONCURRENTLY" });
      const what = node.removeType === "OBJECT_TABLE" ? "table" : "index";
      for (const object of Array.isArray(node.objects) ? node.objects : []) {
        const parts = names(object);
        if (parts.length > 1) qualifiedName(parts);
        else if (parts[0]) ownName(parts[0], what);
      }
      break;
    }
    case "AlterTableStmt": {
      if (node.objtype !== "OBJECT_TABLE" && node.objtype !== "OBJECT_INDEX") {
        return [{ message: `ALTER ${objectWord(node.objtype)} is not allowed in module migrations: only the module's own tables and indexes may be changed` }];
      }
      for (const cmd of Array.isArray(node.cmds) ? node.cmds : []) {
        const sub = isObject(cmd) && isObject(cmd.AlterTableCmd) ? cmd.AlterTableCmd.subtype : undefined;
        if (sub === "AT_ChangeOwner") findings.push({ message: "changing a table's owner (OWNER TO) is not allowed in module migrations" });
        if (sub === "AT_SetTableSpace") findings.push({ message: "moving a table to another tablespace is not allowed in module migrations" });
      }
      break;
    }
    case "IndexStmt":
      if (typeof node.idxname === "string") ownName(node.idxname, "index");
      if (node.concurrent === true) findings.push({ message: "CREATE INDEX CONCURRENTLY cannot run inside the installer's transaction; create the index without CONCURRENTLY" });
      break;
    case "CommentStmt": {
      const parts = names(node.object);
      const objtype = node.objtype;
      if (objtype !== "OBJECT_TABLE" && objtype !== "OBJECT_INDEX" && objtype !== "OBJECT_COLUMN") {
        return [{ message: `COMMENT ON ${objectWord(objtype)} is not allowed in module migrations: comment on the module's tables, columns and indexes only` }];
      }
      const relation = objtype === "OBJECT_COLUMN" ? parts.slice(0, -1) : parts;
      if (relation.length > 1) qualifiedName(relation);
      else if (relation[0]) ownName(relation[0], objtype === "OBJECT_INDEX" ? "index" : "table");
      break;
    }
    case "RenameStmt": {
      const renameType = node.renameType;
      if (renameType !== "OBJECT_TABLE" && renameType !== "OBJECT_INDEX" && renameType !== "OBJECT_COLUMN" && renameType !== "OBJECT_TABCONSTRAINT") {
        return [{ message: `renaming a ${objectWord(renameType)} is not allowed in module migrations: rename the module's tables, columns, indexes and constraints only` }];
      }
      if ((renameType === "OBJECT_TABLE" || renameType === "OBJECT_INDEX") && typeof node.newname === "string") {
        ownName(node.newname, renameType === "OBJECT_TABLE" ? "table" : "index");
      }
      break;
    }
    default:
      break;
  }

  findings.push(...checkNames(node, prefix, ownName, qualifiedName));
  return findings;
}

/** Walks the statement tree: every table reference, function call, type and named index. */
function checkNames(
  root: JsonObject,
  prefix: string,
  ownName: (name: string, what: string, byteLocation?: number) => void,
  qualifiedName: (parts: string[], byteLocation?: number) => void,
): Finding[] {
  const findings: Finding[] = [];
  const cteNames = new Set<string>();
  const collectCtes = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(collectCtes);
    else if (isObject(v)) {
      if (isObject(v.CommonTableExpr) && typeof v.CommonTableExpr.ctename === "string") cteNames.add(v.CommonTableExpr.ctename);
      Object.values(v).forEach(collectCtes);
    }
  };
  collectCtes(root);

  const visit = (v: unknown, key: string | undefined) => {
    if (Array.isArray(v)) {
      v.forEach((item) => visit(item, undefined));
      return;
    }
    if (!isObject(v)) return;
    const location = typeof v.location === "number" && v.location >= 0 ? v.location : undefined;

    // A RangeVar: any reference to a table (FROM, INSERT INTO, REFERENCES, LIKE, INHERITS…).
    if (typeof v.relname === "string") {
      const parts = [v.catalogname, v.schemaname, v.relname].filter((p): p is string => typeof p === "string" && p !== "");
      if (parts.length > 1) qualifiedName(parts, location);
      else if (!cteNames.has(v.relname)) ownName(v.relname, "table", location);
    }
    if (key === "FuncCall") {
      const fn = names(v.funcname);
      const name = fn.at(-1) ?? "";
      if (fn.length > 1 && fn[0] !== "pg_catalog") {
        findings.push({ message: `function ${quote(fn.join("."))} is schema-qualified; only built-in functions may be called`, byteLocation: location });
      } else if (DENIED_FUNCTIONS.has(name) || name.startsWith("dblink")) {
        findings.push({ message: `function ${quote(name)} is not allowed in module migrations: it reaches outside the module's tables`, byteLocation: location });
      }
    }
    if ((key === "TypeName" || key === "typeName") && Array.isArray(v.names)) {
      const type = names(v.names);
      if (type.length > 1 && type[0] !== "pg_catalog") {
        findings.push({ message: `type ${quote(type.join("."))} is schema-qualified; use built-in types`, byteLocation: location });
      }
    }
    if (key === "Constraint") {
      const contype = v.contype;
      const isIndexBacked = contype === "CONSTR_PRIMARY" || contype === "CONSTR_UNIQUE" || contype === "CONSTR_EXCLUSION";
      // PRIMARY KEY and UNIQUE constraints create an index named after the constraint.
      if (isIndexBacked && typeof v.conname === "string") ownName(v.conname, "constraint (and its index)", location);
      if (typeof v.indexname === "string") ownName(v.indexname, "index", location);
    }
    if (typeof v.tablespacename === "string" && v.tablespacename !== "") {
      findings.push({ message: "choosing a tablespace is not allowed in module migrations", byteLocation: location });
    }
    for (const [k, child] of Object.entries(v)) visit(child, k);
  };
  visit(root, undefined);
  return findings;
}

type SqlCheck = { problems: Problem[]; statementCount: number };

/** Parses one migration file and applies the rules to each statement. */
export async function checkMigrationSql(file: string, sql: string, prefix: string): Promise<SqlCheck> {
  const text = new SqlText(sql);
  const at = (charIndex: number) => ({ path: file, file, ...text.lineColumn(charIndex) });
  let parsed: { stmts?: { stmt?: JsonObject; stmt_location?: number }[] };
  try {
    parsed = await parseSql(sql);
  } catch (e) {
    const details = (e as { sqlDetails?: { message?: string; cursorPosition?: number } }).sqlDetails;
    // Only the parser's own verdicts are the author's problem; a parser that failed to load (a
    // missing WebAssembly file, say) is ours, and must not pass for a syntax error.
    if (!details && !(e instanceof Error && /syntax error|query cannot be empty/i.test(e.message))) throw e;
    const message = details?.message ?? (e instanceof Error ? e.message : String(e));
    if (/query cannot be empty/i.test(message)) return { problems: [], statementCount: 0 };
    const cursor = details?.cursorPosition ?? 0;
    return { problems: [{ ...at(cursor), message: `SQL syntax error: ${message}` }], statementCount: 0 };
  }

  const problems: Problem[] = [];
  const statements = parsed.stmts ?? [];
  for (const { stmt, stmt_location: location = 0 } of statements) {
    if (!stmt) continue;
    const start = text.skipTrivia(text.charIndexOfByte(location));
    for (const finding of checkStatement(stmt, prefix)) {
      const charIndex = finding.byteLocation === undefined ? start : text.charIndexOfByte(finding.byteLocation);
      problems.push({ ...at(charIndex), message: finding.message });
    }
  }
  return { problems, statementCount: statements.length };
}

/**
 * Checks the migrations folder: names (`NNN_name.up.sql` with a matching `.down.sql`), numbering,
 * and the SQL in every file. Returns the migrations in order, for the version record.
 */
export async function checkMigrations(
  files: Map<string, Buffer>,
  manifest: TManifest,
): Promise<{ migrations: TMigration[]; problems: Problem[] }> {
  const database = manifest.module.database;
  const dir = database?.migrations_path ?? DEFAULT_MIGRATIONS_PATH;
  const inDir = [...files.keys()].filter((f) => f.startsWith(`${dir}/`)).sort();
  const problems: Problem[] = [];

  if (!database) {
    if (inDir.length > 0) {
      problems.push({ path: dir, message: `the package has migrations in ${dir}/ but module.toml has no [module.database] table with a schema_prefix` });
    }
    return { migrations: [], problems };
  }

  type Pair = { number: string; name: string; up?: string; down?: string };
  const pairs = new Map<string, Pair>();
  const nameOfNumber = new Map<string, string>();
  const clashes = new Set<string>();
  for (const file of inDir) {
    const rel = file.slice(dir.length + 1);
    const match = MIGRATION_FILE_PATTERN.exec(rel);
    if (rel.includes("/")) {
      problems.push({ path: file, file, message: `migrations must sit directly in ${dir}/, not in a subfolder` });
      continue;
    }
    if (!match) {
      problems.push({ path: file, file, message: `is not named like a migration: use NNN_name.up.sql and NNN_name.down.sql (three digits, lowercase name), like 001_init.up.sql` });
      continue;
    }
    const [, number = "", name = "", direction] = match;
    const id = `${number}_${name}`;
    const other = nameOfNumber.get(number);
    if (other !== undefined && other !== id) {
      if (!clashes.has(id)) problems.push({ path: file, file, message: `two migrations are numbered ${number} (${other} and ${id}); give each its own number` });
      clashes.add(id);
      continue;
    }
    nameOfNumber.set(number, id);
    const pair = pairs.get(id) ?? { number, name: id };
    if (direction === "up") pair.up = file;
    else pair.down = file;
    pairs.set(id, pair);
  }

  const migrations: TMigration[] = [];
  const ordered = [...pairs.values()].sort((a, b) => a.number.localeCompare(b.number));
  for (const pair of ordered) {
    if (!pair.up) {
      const downFile = pair.down ?? pair.name;
      problems.push({ path: downFile, file: downFile, message: `has no matching ${pair.name}.up.sql` });
      continue;
    }
    if (!pair.down) problems.push({ path: pair.up, file: pair.up, message: `has no matching ${pair.name}.down.sql` });

    const up = decode(files.get(pair.up));
    const down = pair.down ? decode(files.get(pair.down)) : null;
    const upCheck = await checkMigrationSql(pair.up, up, database.schema_prefix);
    problems.push(...upCheck.problems);
    if (upCheck.statementCount === 0 && upCheck.problems.length === 0) {
      problems.push({ path: pair.up, file: pair.up, message: "has no SQL statements" });
    }
    if (pair.down && down !== null) problems.push(...(await checkMigrationSql(pair.down, down, database.schema_prefix)).problems);
    migrations.push({ name: pair.name, up, down });
  }
  return { migrations, problems };
}

const decode = (b: Buffer | undefined) => (b ?? Buffer.alloc(0)).toString("utf8");
