// Submit handler of ui/client-form.json. The host has already validated the fields against the
// form definition; the checks here are the business rules the form cannot express.
export default async function createClient(ctx, input) {
  const name = String(input.name || "").trim();
  if (name.length === 0) {
    return { ok: false, errors: { name: "Enter the client's name." } };
  }
  const email = input.email ? String(input.email).trim().toLowerCase() : null;
  if (email) {
    const existing = await ctx.db.query("SELECT id FROM client_mgmt_clients WHERE lower(email) = $1", [email]);
    if (existing.length > 0) {
      return { ok: false, errors: { email: "A client with this email already exists." } };
    }
  }
  const rows = await ctx.db.query(
    "INSERT INTO client_mgmt_clients (name, email, phone, company, notes) VALUES ($1, $2, $3, $4, $5) RETURNING id, name",
    [name, email, input.phone || null, input.company || null, input.notes || ""],
  );
  const client = rows[0];
  await ctx.emit("client.created", { id: client.id, name: client.name });
  return { ok: true, id: client.id, message: client.name + " was added." };
}
