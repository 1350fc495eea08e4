// Filter on `client.display_name`: returns the (possibly changed) value; filters never have side effects.
export default function formatDisplayName(ctx, value, client) {
  if (ctx.config.displayNameFormat === "name-and-company" && client && client.company) {
    return value + " (" + client.company + ")";
  }
  return value;
}
