import { spawnSync } from "node:child_process";
import pg from "pg";

/**
 * Migrates the template database once per run. `npm test` (scripts/test.mjs) starts a PostgreSQL
 * server and passes its admin URL in ADX_TEST_ADMIN_URL; each test file then gets a fresh clone.
 */
export default async function setup() {
  const admin = process.env.ADX_TEST_ADMIN_URL;
  if (!admin) {
    throw new Error("integration tests need a PostgreSQL server: run them with `npm run test:integration` (it starts one)");
  }
  const template = process.env.ADX_TEST_TEMPLATE_DB ?? "adx_template";
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${template}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${template}`;
  const r = spawnSync(process.execPath, ["scripts/migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: url.toString() },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`migrating the template database failed:\n${r.stdout}\n${r.stderr}`);
}
