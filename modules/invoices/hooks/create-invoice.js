// Submit handler of ui/invoice-form.json: numbers the invoice and stores it as a draft.
export default async function createInvoice(ctx, input) {
  if (!input.client_id) {
    return { ok: false, errors: { client_id: "Choose the client to invoice." } };
  }
  const amount = Math.round(Number(input.amount) * 100);
  if (!Number.isFinite(amount) || amount <= 0) {
    return { ok: false, errors: { amount: "Enter an amount greater than zero." } };
  }
  const prefix = ctx.config.numberPrefix || "INV-";
  const next = await ctx.db.query("SELECT count(*)::int + 1 AS n FROM invoices_invoices", []);
  const number = prefix + String(next[0].n).padStart(5, "0");
  const termsDays = ctx.config.paymentTermsDays || 30;
  const rows = await ctx.db.query(
    "INSERT INTO invoices_invoices (number, client_id, currency, issued_on, due_on, total_cents) " +
      "VALUES ($1, $2, $3, current_date, current_date + $4::int, $5) RETURNING id",
    [number, input.client_id, ctx.config.currency || "USD", termsDays, amount],
  );
  await ctx.db.query(
    "INSERT INTO invoices_lines (invoice_id, description, unit_price_cents) VALUES ($1, $2, $3)",
    [rows[0].id, input.description || "Services", amount],
  );
  await ctx.emit("invoice.created", { id: rows[0].id, number: number, clientId: input.client_id, totalCents: amount });
  return { ok: true, id: rows[0].id, message: "Invoice " + number + " saved as a draft." };
}
