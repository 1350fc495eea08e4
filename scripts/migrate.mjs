// Applies and creates Prisma migrations with the WebAssembly schema engine, because the Prisma CLI
// cannot download its native schema engine on our machines (see docs/decisions/001-offline-prisma.md).
// Same folder format and `_prisma_migrations` table as `prisma migrate`, so `prisma migrate deploy`
// works unchanged wherever the CLI can run.
//
//   node scripts/migrate.mjs deploy | dev <name> | reset | status
//   (DATABASE_URL=postgres://... or PGLITE_DIR=./.data/pglite)
import fs from "node:fs/promises";
import path from "node:path";
import crypto from "node:crypto";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

// The package entry does `import x from "./x.wasm"` (ERR_UNKNOWN_FILE_EXTENSION on Node 20), so
// instantiate the module by hand.
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (m) => console.error("[schema-engine panic]", m) };
const glueFile = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
const wasm = await fs.readFile(path.join(path.dirname(glueFile), "schema_engine_bg.wasm"));
const inst = new WebAssembly.Instance(new WebAssembly.Module(wasm), { "./schema_engine_bg.js": glue });
glue.__wbg_set_wasm(inst.exports);
inst.exports.__wbindgen_start();

const schemaPath = path.resolve("prisma/schema.prisma");
const baseDir = path.resolve("prisma/migrations");
const filters = { externalTables: [], externalEnums: [] };

async function pgFactory(url) {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pg = (await import("pg")).default;
  const u = new URL(url);
  // Discrete fields: with connectionString, pg ignores the shadow `database` override.
  const cfg = {
    host: u.hostname,
    port: +(u.port || 5432),
    database: u.pathname.slice(1),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password) || undefined,
  };
  // adapter-pg rejects PostgreSQL's internal "char" type (OID 18) in catalog queries.
  const patch = (q) => {
    let chars = [];
    const io = q.performIO.bind(q);
    const raw = q.queryRaw.bind(q);
    q.performIO = async (x) => {
      const r = await io(x);
      chars = [];
      r.fields?.forEach((f, i) => {
        if (f.dataTypeID === 18) {
          f.dataTypeID = 25;
          chars.push(i);
        }
      });
      return r;
    };
    q.queryRaw = async (x) => {
      const r = await raw(x);
      for (const i of chars) r.columnTypes[i] = ColumnTypeEnum.Character;
      return r;
    };
    if (q.startTransaction) {
      const st = q.startTransaction.bind(q);
      q.startTransaction = async (...a) => patch(await st(...a));
    }
    return q;
  };
  const admin = async (sql) => {
    const c = new pg.Client(cfg);
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const base = new PrismaPg(cfg);
  return {
    provider: "postgres",
    adapterName: base.adapterName,
    connect: async () => patch(await base.connect()),
    // Our own shadow database: adapter-pg drops its own before closing its pool ("being accessed").
    async connectToShadowDb() {
      const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      await admin(`CREATE DATABASE "${name}"`);
      const a = patch(await new PrismaPg({ ...cfg, database: name }).connect());
      const d = a.dispose.bind(a);
      a.dispose = async () => {
        await d();
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return a;
    },
  };
}

async function pgliteFactory(dir) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const f = new PrismaPGlite(new PGlite(dir, { extensions: { pg_trgm } }));
  // The adapter's own shadow database lacks extensions.
  f.connectToShadowDb = async () =>
    new PrismaPGlite(new PGlite("memory://", { extensions: { pg_trgm } })).connect();
  return f;
}

async function listMigrations() {
  await fs.mkdir(baseDir, { recursive: true });
  const lock = await fs.readFile(path.join(baseDir, "migration_lock.toml"), "utf8").catch(() => null);
  const dirs = (await fs.readdir(baseDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return {
    baseDir,
    shadowDbInitScript: "",
    lockfile: { path: "migration_lock.toml", content: lock },
    migrationDirectories: await Promise.all(
      dirs.map(async (d) => ({
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: await fs.readFile(path.join(baseDir, d, "migration.sql"), "utf8").then(
            (v) => ({ tag: "ok", value: v }),
            (e) => ({ tag: "error", value: String(e) }),
          ),
        },
      })),
    ),
  };
}

const [cmd = "deploy", name = "migration"] = process.argv.slice(2);
if (!process.env.PGLITE_DIR && !process.env.DATABASE_URL) {
  console.error("migrate: set DATABASE_URL (or PGLITE_DIR for an in-process PGlite database)");
  process.exit(2);
}
if (cmd === "dev") {
  // The engine cannot create a migration in the same session that applied pending ones ("shadow DB
  // must be provided through an external factory"), so bring the database up to date first.
  const { spawnSync } = await import("node:child_process");
  const r = spawnSync(process.execPath, [process.argv[1], "deploy"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const schema = await fs.readFile(schemaPath, "utf8");
const factory = process.env.PGLITE_DIR
  ? await pgliteFactory(process.env.PGLITE_DIR)
  : await pgFactory(process.env.DATABASE_URL);
const engine = await glue.SchemaEngine.new(
  { datamodels: [[schemaPath, schema]] },
  () => {},
  bindMigrationAwareSqlAdapterFactory(factory),
);
if (cmd === "reset") await engine.reset({ filter: filters });
if (cmd === "dev") {
  // devDiagnostic first on the same engine: createMigration reuses its cached history schema.
  const d = await engine.devDiagnostic({ migrationsList: await listMigrations(), filters });
  if (d.action.tag === "reset") throw new Error(`drift, run reset: ${d.action.reason}`);
}
const applied = (await engine.applyMigrations({ migrationsList: await listMigrations(), filters }))
  .appliedMigrationNames;
console.log(applied.length ? `migrate: applied ${applied.join(", ")}` : "migrate: database is up to date");
if (cmd === "dev") {
  const out = await engine.createMigration({
    draft: false,
    migrationName: name,
    migrationsList: await listMigrations(),
    filters,
    schema: { files: [{ path: schemaPath, content: schema }] },
  });
  if (out.migrationScript === null) console.log("migrate: no schema changes");
  else {
    await fs.mkdir(path.join(baseDir, out.generatedMigrationName), { recursive: true });
    await fs.writeFile(path.join(baseDir, out.generatedMigrationName, "migration.sql"), out.migrationScript);
    await fs.writeFile(path.join(baseDir, "migration_lock.toml"), `provider = "${out.connectorType}"\n`);
    const again = await engine.applyMigrations({ migrationsList: await listMigrations(), filters });
    console.log("migrate: created", out.generatedMigrationName, "applied", again.appliedMigrationNames.join(", "));
  }
}
process.exit(0); // pg pools would otherwise keep the process alive ~10 s
