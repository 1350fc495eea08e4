// Guards issue 3: the SQL guard lets a module manage its own tables and nothing else, and says where a problem is.
import { describe, expect, it } from "vitest";
import { VALID_MANIFEST } from "../../../../test/fixtures/publishing/valid-module";
import { parseManifest } from "../manifest/parse-manifest";
import { checkMigrations, checkMigrationSql } from "./check-migrations";

const check = (sql: string) => checkMigrationSql("m.sql", sql, "mship_");

describe("checkMigrationSql: what a module may do", () => {
  it.each([
    ["CREATE TABLE with a foreign key to its own table", "CREATE TABLE mship_a (id int PRIMARY KEY);\nCREATE TABLE mship_b (a_id int REFERENCES mship_a (id));"],
    ["an index without a name (named after the table)", "CREATE INDEX ON mship_a (id);"],
    ["ALTER TABLE … ADD COLUMN / ADD CONSTRAINT", "ALTER TABLE mship_a ADD COLUMN b text, ADD CONSTRAINT mship_a_b_key UNIQUE (b);"],
    ["renaming its own table, column and index", "ALTER TABLE mship_a RENAME TO mship_aa;\nALTER TABLE mship_aa RENAME COLUMN b TO c;\nALTER INDEX mship_a_idx RENAME TO mship_aa_idx;"],
    ["DROP TABLE / DROP INDEX IF EXISTS", "DROP INDEX IF EXISTS mship_a_idx;\nDROP TABLE IF EXISTS mship_a, mship_b CASCADE;"],
    ["seed data with a CTE", "WITH plans AS (SELECT 'Gold' AS name) INSERT INTO mship_plans (name) SELECT name FROM plans;"],
    ["UPDATE and DELETE its own rows", "UPDATE mship_plans SET name = upper(name) WHERE id IN (SELECT plan_id FROM mship_members);\nDELETE FROM mship_plans WHERE name = '';"],
    ["COMMENT ON its table, column and index", "COMMENT ON TABLE mship_a IS 'a';\nCOMMENT ON COLUMN mship_a.b IS 'b';\nCOMMENT ON INDEX mship_a_idx IS 'i';"],
    ["built-in functions and SQL-standard syntax", "INSERT INTO mship_a (d, n) VALUES (EXTRACT(year FROM now()), trim(both ' ' from ' x '));"],
  ])("allows %s", async (_name, sql) => {
    expect((await check(sql)).problems).toEqual([]);
  });
});

describe("checkMigrationSql: positions", () => {
  it("reports statement positions in characters, after multi-byte text", async () => {
    const { problems } = await check("-- Café ☕ Crème\nCREATE TABLE mship_a (n text DEFAULT 'héhé');\n  GRANT ALL ON mship_a TO bob;\n");
    expect(problems).toEqual([{ path: "m.sql", file: "m.sql", line: 3, column: 3, message: expect.stringContaining("GRANT is not allowed") }]);
  });

  it("points at the offending name inside a statement", async () => {
    const { problems } = await check("INSERT INTO mship_a (n) VALUES ('ééé'), ((SELECT email FROM users LIMIT 1));");
    expect(problems).toEqual([expect.objectContaining({ line: 1, column: 61, message: expect.stringContaining('table "users"') })]);
  });

  it("catches names in sub-selects of UPDATE … FROM and DELETE … USING", async () => {
    const { problems } = await check("UPDATE mship_a SET n = u.email FROM users u;\nDELETE FROM mship_a USING accounts;");
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('"users"'), expect.stringContaining('"accounts"')]);
  });

  it("treats an empty file as no statements", async () => {
    expect(await check("")).toEqual({ problems: [], statementCount: 0 });
    expect(await check("-- only a comment\n")).toEqual({ problems: [], statementCount: 0 });
  });
});

describe("checkMigrations", () => {
  const manifest = (() => {
    const r = parseManifest(VALID_MANIFEST.replace('migrations_path = "migrations"', 'migrations_path = "db/migrations"'));
    if (!r.ok) throw new Error("fixture");
    return r.manifest;
  })();
  const files = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([k, v]) => [k, Buffer.from(v)]));

  it("reads migrations from migrations_path, in number order", async () => {
    const result = await checkMigrations(
      files({
        "db/migrations/010_later.up.sql": "ALTER TABLE mship_a ADD COLUMN c int;",
        "db/migrations/010_later.down.sql": "ALTER TABLE mship_a DROP COLUMN c;",
        "db/migrations/002_first.up.sql": "CREATE TABLE mship_a (id int);",
        "db/migrations/002_first.down.sql": "DROP TABLE mship_a;",
        "migrations/001_ignored.up.sql": "this folder is not the migrations folder",
      }),
      manifest,
    );
    expect(result.problems).toEqual([]);
    expect(result.migrations).toEqual([
      { name: "002_first", up: "CREATE TABLE mship_a (id int);", down: "DROP TABLE mship_a;" },
      { name: "010_later", up: "ALTER TABLE mship_a ADD COLUMN c int;", down: "ALTER TABLE mship_a DROP COLUMN c;" },
    ]);
  });

  it("refuses subfolders in the migrations folder", async () => {
    const result = await checkMigrations(files({ "db/migrations/old/001_x.up.sql": "CREATE TABLE mship_a (id int);" }), manifest);
    expect(result.problems).toEqual([expect.objectContaining({ path: "db/migrations/old/001_x.up.sql", message: expect.stringContaining("not in a subfolder") })]);
  });
});
