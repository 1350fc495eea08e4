// Filter on `client.summary`: adds the client's open project count to the summary other modules show.
export default async function addOpenProjects(ctx, summary, client) {
  const rows = await ctx.db.query(
    "SELECT count(*)::int AS n FROM pm_projects WHERE client_id = $1 AND status <> 'done'",
    [client.id],
  );
  return Object.assign({}, summary, { openProjects: rows[0].n });
}
