// `npm run search:rebuild`: rebuilds the search index from the database. With Meilisearch
// (MEILISEARCH_HOST set) it fills a fresh index with every published module, with its settings,
// and swaps it in for the live one; run it once after configuring Meilisearch and whenever the
// index may have drifted. With the PostgreSQL backend there is nothing to rebuild: the database
// computes each module's search vector itself.
//
//   DATABASE_URL=postgresql://… MEILISEARCH_HOST=http://… [MEILISEARCH_API_KEY=…] npm run search:rebuild

export {};

// The app's configuration requires a session secret that this command never uses.
process.env.AUTH_SECRET ??= "search-rebuild-does-not-sign-sessions-0000";

const { rebuildSearchIndex } = await import("../src/server/search/sync-search-index");
const { prisma } = await import("../src/server/db");
try {
  const started = performance.now();
  const { backend, indexed } = await rebuildSearchIndex();
  const took = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    backend === "postgres"
      ? "search: the PostgreSQL backend indexes its own rows (Module.searchVector); nothing to rebuild"
      : `search: rebuilt the Meilisearch index with ${indexed} published modules in ${took} s`,
  );
} finally {
  await prisma.$disconnect();
}
