import crypto from "node:crypto";
import pg from "pg";

// One fresh database per test file, cloned from the migrated template (fast: a file copy).
// This runs before the test file imports anything, so src/env.ts and src/server/db.ts see it.
const admin = process.env.ADX_TEST_ADMIN_URL;
if (!admin) throw new Error("ADX_TEST_ADMIN_URL is not set: run integration tests with `npm run test:integration`");
const template = process.env.ADX_TEST_TEMPLATE_DB ?? "adx_template";
const name = `adx_t_${crypto.randomBytes(6).toString("hex")}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
try {
  await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
} finally {
  await client.end();
}
const url = new URL(admin);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= "integration-test-secret-integration-test-secret";
process.env.LOG_LEVEL ??= "silent";
process.env.DATABASE_POOL_SIZE ??= "4";
// Uploaded packages and media go to a throw-away store, never the demo's .data/.
process.env.PACKAGE_STORE_DIR ??= (await import("node:fs")).mkdtempSync(`${(await import("node:os")).tmpdir()}/adx-packages-`);

await import("./fail-on-console-error");
