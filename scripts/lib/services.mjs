// Starts the embedded services used by `npm run demo` and `npm test`: a PostgreSQL server on a
// loopback port (the system's PostgreSQL binaries when installed, else PGlite's socket server).
import { spawn, spawnSync, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const log = (...a) => console.log("\x1b[36m[adx]\x1b[0m", ...a);

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status ?? r.signal}`);
}

const isRoot = () => process.getuid?.() === 0;

/** The bin folder of the newest installed PostgreSQL server, or null. */
export function findPgBin() {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, "bin", "postgres")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

/** Installs Debian packages that are missing (root only); returns whether they are now present. */
export function aptInstall(packages, check) {
  if (check()) return true;
  if (!isRoot()) return false;
  log(`installing ${packages.join(", ")} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("apt-get", ["update", "-qq"], { env });
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { env });
  return check();
}

export function ensurePostgresInstalled() {
  return aptInstall(["postgresql", "postgresql-contrib"], () => findPgBin() !== null);
}

export function ensureChromium() {
  return aptInstall(["chromium"], () => fs.existsSync("/usr/bin/chromium"));
}

export function portIsFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function waitForPort(port, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      const c = net.connect(port, "127.0.0.1");
      c.once("connect", () => (c.end(), resolve(true)));
      c.once("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`nothing answered on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/**
 * Starts a PostgreSQL server from the system binaries with its data in `dir`, listening on
 * 127.0.0.1:`port` only. initdb refuses to run as root, so as root the server runs as `postgres`.
 */
export async function startSystemPostgres({ bin, dir, port }) {
  const data = path.join(dir, "data");
  fs.mkdirSync(dir, { recursive: true });
  const asPg = (args) => {
    if (!isRoot()) return execFileSync(args[0], args.slice(1), { stdio: "pipe" });
    const quoted = args.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(" ");
    return execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", quoted], { stdio: "pipe" });
  };
  if (isRoot()) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  if (!fs.existsSync(path.join(data, "PG_VERSION"))) {
    asPg([path.join(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  }
  // A server left running by an earlier, interrupted run holds the data folder: stop it first.
  if (fs.existsSync(path.join(data, "postmaster.pid"))) {
    try {
      asPg([path.join(bin, "pg_ctl"), "-D", data, "stop", "-m", "fast"]);
    } catch {
      fs.rmSync(path.join(data, "postmaster.pid"), { force: true });
    }
  }
  const opts = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`;
  asPg([path.join(bin, "pg_ctl"), "-D", data, "-o", opts, "-l", path.join(dir, "server.log"), "start", "-w"]);
  await waitForPort(port);
  return {
    kind: "postgresql",
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asPg([path.join(bin, "pg_ctl"), "-D", data, "stop", "-m", "fast"]);
      } catch {
        /* already stopped */
      }
    },
  };
}

/** Starts PGlite (PostgreSQL in WebAssembly) behind its wire-protocol socket server. */
export async function startPglite({ dir, port }) {
  fs.mkdirSync(dir, { recursive: true });
  const child = spawn(process.execPath, [path.resolve("scripts/pglite-server.mjs"), dir, String(port)], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForPort(port, 60_000);
  return {
    kind: "pglite",
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      child.kill("SIGTERM");
    },
  };
}

/** Runs SQL against the server as the postgres superuser. */
export async function adminQuery(url, sql) {
  const pg = (await import("pg")).default;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Installs npm dependencies when node_modules is missing or older than package-lock.json. */
export function ensureNodeModules() {
  const stamp = "node_modules/.package-lock.json";
  const lock = fs.existsSync("package-lock.json") ? fs.statSync("package-lock.json").mtimeMs : 0;
  const installed = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : -1;
  if (installed >= lock && fs.existsSync("src/generated/prisma/client.ts")) return;
  log("installing npm dependencies …");
  // `npm install`, not `npm ci`: the lock file holds only this platform's optional native packages
  // (@next/swc-*, @tailwindcss/oxide-*), which `npm ci` rejects as out of sync.
  run("npm", ["install", "--no-audit", "--no-fund"]);
}
