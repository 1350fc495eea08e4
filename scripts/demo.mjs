// `npm run demo`: installs what is missing, starts the embedded database (the system PostgreSQL
// when installed, else PGlite), migrates, seeds the demo, builds and serves http://localhost:3000,
// and prints the demo logins. Data stays in .data/ between runs; `npm run demo -- --reset` reseeds,
// `--no-build` reuses the last build, `--dev` (what `npm run dev` runs) serves with `next dev`.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  adminQuery,
  ensureNodeModules,
  findPgBin,
  log,
  portIsFree,
  startPglite,
  startSystemPostgres,
  withDatabase,
} from "./lib/services.mjs";

const args = process.argv.slice(2);
const reset = args.includes("--reset");
const skipBuild = args.includes("--no-build");
// `npm run dev`: the same database and seed, then `next dev` (hot reload) instead of a production build.
const devMode = args.includes("--dev");
const appPort = Number(process.env.PORT ?? 3000);
const dbPort = Number(process.env.DEMO_DB_PORT ?? 54329);
const dataDir = path.resolve(".data");

ensureNodeModules();
fs.mkdirSync(dataDir, { recursive: true });

if (!(await portIsFree(appPort))) {
  console.error(`[adx] port ${appPort} is in use: stop what runs there or set PORT=<another port>`);
  process.exit(1);
}

// A stable secret for the demo's sessions, made once and kept out of git in .data/.
const secretFile = path.join(dataDir, "auth-secret");
if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
const authSecret = process.env.AUTH_SECRET ?? fs.readFileSync(secretFile, "utf8").trim();

let db;
let databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  log(`using the database in DATABASE_URL`);
} else {
  if (!(await portIsFree(dbPort))) {
    console.error(`[adx] port ${dbPort} is in use: stop what runs there or set DEMO_DB_PORT=<another port>`);
    process.exit(1);
  }
  const bin = findPgBin();
  if (bin) {
    log(`starting PostgreSQL (${bin}) on 127.0.0.1:${dbPort}, data in .data/postgres`);
    db = await startSystemPostgres({ bin, dir: path.join(dataDir, "postgres"), port: dbPort });
  } else {
    log(`no PostgreSQL server installed: starting PGlite on 127.0.0.1:${dbPort}, data in .data/pglite`);
    db = await startPglite({ dir: path.join(dataDir, "pglite"), port: dbPort });
  }
  const exists = await adminQuery(db.url, "SELECT 1 FROM pg_database WHERE datname = 'adx'");
  if (exists.rowCount === 0) await adminQuery(db.url, "CREATE DATABASE adx");
  databaseUrl = withDatabase(db.url, "adx");
}

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: authSecret,
  APP_URL: process.env.APP_URL ?? `http://localhost:${appPort}`,
  AUTH_URL: process.env.AUTH_URL ?? `http://localhost:${appPort}`,
  // Without Inngest the embedded executor signs its requests with this key, and /api/inngest
  // refuses unsigned ones.
  INNGEST_SIGNING_KEY: process.env.INNGEST_SIGNING_KEY ?? `signkey-local-${crypto.randomBytes(32).toString("hex")}`,
  NEXT_TELEMETRY_DISABLED: "1",
  // PGlite serves one query at a time; a small pool avoids queueing timeouts.
  ...(db?.kind === "pglite" ? { DATABASE_POOL_SIZE: "2" } : {}),
};

const step = (what, cmd, cmdArgs) => {
  log(what);
  const r = spawnSync(cmd, cmdArgs, { stdio: "inherit", env });
  if (r.status !== 0) {
    db?.stop();
    console.error(`[adx] ${what.replace(/ …$/, "")} failed (exit ${r.status})`);
    process.exit(1);
  }
};

step("applying database migrations …", process.execPath, ["scripts/migrate.mjs", "deploy"]);
step("seeding the demo data …", "npx", ["tsx", "prisma/seed.ts", ...(reset ? ["--reset"] : [])]);
if (!skipBuild && !devMode) step("building the app (about a minute) …", "npx", ["next", "build"]);

log(`starting the app on http://localhost:${appPort} …`);
// Its own process group, so stopping the demo stops Next.js's workers too, however it is stopped.
const server = spawn("npx", ["next", devMode ? "dev" : "start", "-H", "127.0.0.1", "-p", String(appPort)], { stdio: "inherit", env, detached: true });

const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
  db?.stop();
};
process.on("SIGINT", () => (stop(), process.exit(0)));
process.on("SIGTERM", () => (stop(), process.exit(0)));
server.on("exit", (code) => {
  db?.stop();
  process.exit(code ?? 0);
});

// Print the logins once the app answers.
for (let i = 0; i < 120; i++) {
  const ok = await fetch(`http://127.0.0.1:${appPort}/api/health`).then((r) => r.ok, () => false);
  if (ok) break;
  await new Promise((r) => setTimeout(r, 500));
}
console.log(`
  ADX Module Marketplace is running at http://localhost:${appPort}
  Database: ${db ? `${db.kind === "pglite" ? "PGlite" : "PostgreSQL"} on 127.0.0.1:${dbPort} (data in .data/)` : "DATABASE_URL"}

  Demo logins (password for all: demo1234)
    alice@acme.test      tenant admin (Acme) and owner (Globex): try the workspace switcher
    owen@acme.test       tenant owner (Acme)
    mia@acme.test        tenant member (Acme)
    carol@initech.test   tenant owner (Initech, nothing installed yet)
    dev@northwind.dev    module author (Northwind Labs)
    mod@adx.test         moderator (review queue)
    root@adx.test        platform admin

  Press Ctrl+C to stop.
`);
