// Action on `client.created`: record the event on the client's timeline, and tell other modules
// (CRM, Invoices) through an event instead of writing to their tables.
export default async function onClientCreated(ctx, payload) {
  if (!payload || !payload.id) {
    ctx.log.warn("client.created without an id; ignored");
    return;
  }
  await ctx.db.query(
    "INSERT INTO client_mgmt_activities (client_id, kind, summary) VALUES ($1, 'created', $2)",
    [payload.id, "Client added by " + (payload.createdBy || "a team member")],
  );
  if (ctx.config.notifyOnNewClient) {
    await ctx.emit("client_mgmt.client_welcomed", { clientId: payload.id, name: payload.name });
  }
}
