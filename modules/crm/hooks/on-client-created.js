// Action on `client.created` (from Client Management): open a lead for new clients when enabled.
// Priority 20 runs after Client Management's own handler (10).
export default async function onClientCreated(ctx, payload) {
  if (!ctx.config.createLeadForNewClients) return;
  const rows = await ctx.db.query(
    "INSERT INTO crm_deals (client_id, title, stage) VALUES ($1, $2, 'lead') RETURNING id",
    [payload.id, "New business: " + payload.name],
  );
  await ctx.db.query(
    "INSERT INTO crm_activities (deal_id, client_id, kind, note) VALUES ($1, $2, 'system', 'Lead opened automatically for a new client')",
    [rows[0].id, payload.id],
  );
}
