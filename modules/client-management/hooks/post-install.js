// Runs once, in the sandbox, after 001_init has created the tables in the tenant's schema.
// Adds one example client so the Clients page is not empty on day one, unless the admin opted out.
export default async function postInstall(ctx) {
  if (ctx.config.createSampleClient === false) {
    ctx.log.info("post-install: sample client skipped by configuration");
    return { created: 0 };
  }
  const rows = await ctx.db.query(
    "INSERT INTO client_mgmt_clients (name, email, company, notes) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id",
    ["Example Client", "hello@example-client.test", "Example Client Ltd", "Created by Client Management on install. Safe to delete."],
  );
  ctx.log.info("post-install: sample client created", { count: rows.length });
  return { created: rows.length };
}
