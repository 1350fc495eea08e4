// Action on `invoice.paid` (sent by a payment provider integration): record the payment.
export default async function onInvoicePaid(ctx, payload) {
  const rows = await ctx.db.query(
    "UPDATE invoices_invoices SET status = 'paid', paid_at = now() WHERE id = $1 AND status <> 'paid' RETURNING number",
    [payload.invoiceId],
  );
  if (rows.length === 0) {
    // Already paid: payment events can be delivered more than once.
    return;
  }
  ctx.log.info("invoice paid", { number: rows[0].number });
  if (ctx.config.thankClientOnPayment) {
    await ctx.emit("notification.requested", { template: "invoice-paid", invoiceId: payload.invoiceId });
  }
}
