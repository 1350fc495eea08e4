// Submit handler of ui/deal-form.json.
export default async function createDeal(ctx, input) {
  const title = String(input.title || "").trim();
  if (title.length === 0) {
    return { ok: false, errors: { title: "Give the deal a title." } };
  }
  const value = Math.round(Number(input.value || 0) * 100);
  if (!Number.isFinite(value) || value < 0) {
    return { ok: false, errors: { value: "Enter a value of zero or more." } };
  }
  const rows = await ctx.db.query(
    "INSERT INTO crm_deals (client_id, title, stage, value_cents, owner_email, expected_close_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [input.client_id || null, title, input.stage || "lead", value, input.owner_email || null, input.expected_close_on || null],
  );
  await ctx.emit("deal.created", { id: rows[0].id, title: title, valueCents: value });
  return { ok: true, id: rows[0].id, message: "Deal " + title + " added to the pipeline." };
}
