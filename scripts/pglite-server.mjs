// PGlite (PostgreSQL compiled to WebAssembly) served over the PostgreSQL wire protocol, for
// machines without a PostgreSQL server. Usage: node scripts/pglite-server.mjs <dataDir> <port>
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const [dir, port] = process.argv.slice(2);
const db = await PGlite.create(dir, { extensions: { pg_trgm } });
const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: Number(port), maxConnections: 16 });
await server.start();
console.log(`[pglite] serving ${dir} on 127.0.0.1:${port}`);
const stop = async () => {
  await server.stop();
  await db.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
