// `npm test`: installs what is missing, starts a throw-away PostgreSQL server on a loopback port,
// and runs the unit, integration and end-to-end tests. Ends with the runners' own summaries, one
// closing "N passed, N failed" line, and a non-zero exit on any failure.
//
//   node scripts/test.mjs [all|unit|integration|e2e] [extra args for the runner]
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  adminQuery,
  ensureChromium,
  ensureNodeModules,
  ensurePostgresInstalled,
  findPgBin,
  freePort,
  log,
  startSystemPostgres,
  withDatabase,
} from "./lib/services.mjs";

const [mode = "all", ...extra] = process.argv.slice(2);
if (!["all", "unit", "integration", "e2e"].includes(mode)) {
  console.error(`unknown test tier "${mode}": use all, unit, integration or e2e`);
  process.exit(2);
}
const wants = (tier) => mode === "all" || mode === tier;

ensureNodeModules();
fs.mkdirSync(".tmp", { recursive: true });

const results = []; // { tier, passed, failed, ok }
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: process.env.CI ? "0" : "1" };

function runTier(tier, cmd, args, env, countsFrom) {
  log(`running ${tier} tests …`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  const counts = countsFrom();
  const ok = r.status === 0;
  // A runner that failed before counting (a file that does not load, a crashed server) still fails.
  results.push({ tier, passed: counts.passed, failed: ok ? counts.failed : Math.max(counts.failed, 1), ok });
}

function vitestCounts(file) {
  return () => {
    try {
      const j = JSON.parse(fs.readFileSync(file, "utf8"));
      return { passed: j.numPassedTests ?? 0, failed: j.numFailedTests ?? 0 };
    } catch {
      return { passed: 0, failed: 1 };
    }
  };
}

function playwrightCounts(file) {
  return () => {
    try {
      const s = JSON.parse(fs.readFileSync(file, "utf8")).stats;
      return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0 };
    } catch {
      return { passed: 0, failed: 1 };
    }
  };
}

if (wants("unit")) {
  const out = ".tmp/vitest-unit.json";
  fs.rmSync(out, { force: true });
  runTier("unit", "npx", ["vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...extra], baseEnv, vitestCounts(out));
}

let pg = null;
let pgDir = null;
const cleanup = () => {
  pg?.stop();
  pg = null;
  if (pgDir) fs.rmSync(pgDir, { recursive: true, force: true });
  pgDir = null;
};
process.on("SIGINT", () => (cleanup(), process.exit(130)));
process.on("SIGTERM", () => (cleanup(), process.exit(143)));

try {
  if (wants("integration") || wants("e2e")) {
    if (!ensurePostgresInstalled()) {
      throw new Error("integration and e2e tests need a PostgreSQL server: install Debian's `postgresql` package (as root, npm test installs it)");
    }
    pgDir = fs.mkdtempSync(path.join(os.tmpdir(), "adx-test-pg-"));
    const port = await freePort();
    pg = await startSystemPostgres({ bin: findPgBin(), dir: pgDir, port });
    log(`PostgreSQL for tests on 127.0.0.1:${port} (${pgDir})`);
    const template = "adx_template";
    await adminQuery(pg.url, `CREATE DATABASE "${template}"`);
    const m = spawnSync(process.execPath, ["scripts/migrate.mjs", "deploy"], { stdio: "inherit", env: { ...baseEnv, DATABASE_URL: withDatabase(pg.url, template) } });
    if (m.status !== 0) throw new Error("migrating the test template database failed");

    const testEnv = { ...baseEnv, ADX_TEST_ADMIN_URL: pg.url, ADX_TEST_TEMPLATE_DB: template };
    if (wants("integration")) {
      const out = ".tmp/vitest-integration.json";
      fs.rmSync(out, { force: true });
      runTier("integration", "npx", ["vitest", "run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...extra], testEnv, vitestCounts(out));
    }

    if (wants("e2e")) {
      if (!ensureChromium()) throw new Error("end-to-end tests need Debian's chromium (/usr/bin/chromium): apt-get install chromium");
      await adminQuery(pg.url, `CREATE DATABASE "adx_e2e" TEMPLATE "${template}"`);
      const appPort = await freePort();
      const e2eEnv = {
        ...testEnv,
        DATABASE_URL: withDatabase(pg.url, "adx_e2e"),
        AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
        APP_URL: `http://127.0.0.1:${appPort}`,
        AUTH_URL: `http://127.0.0.1:${appPort}`,
        E2E_PORT: String(appPort),
        PACKAGE_STORE_DIR: path.join(pgDir, "packages"),
        INNGEST_SIGNING_KEY: `signkey-local-${crypto.randomBytes(32).toString("hex")}`,
        LOG_LEVEL: "warn",
      };
      log("building the app for end-to-end tests …");
      const b = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: e2eEnv });
      if (b.status !== 0) {
        results.push({ tier: "e2e (build)", passed: 0, failed: 1, ok: false });
      } else {
        const out = ".tmp/playwright.json";
        fs.rmSync(out, { force: true });
        runTier("e2e", "npx", ["playwright", "test", ...extra], { ...e2eEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: out }, playwrightCounts(out));
      }
    }
  }
} catch (e) {
  console.error(`\n[adx] ${e instanceof Error ? e.message : e}`);
  results.push({ tier: "setup", passed: 0, failed: 1, ok: false });
} finally {
  cleanup();
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const allOk = results.length > 0 && results.every((r) => r.ok) && failed === 0;
console.log("");
for (const r of results) console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.tier}: ${r.passed} passed, ${r.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(allOk ? 0 : 1);
