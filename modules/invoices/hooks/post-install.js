// Runs once after 001_init: nothing to seed, but log the numbering so support can see it.
export default async function postInstall(ctx) {
  ctx.log.info("invoices installed", { prefix: ctx.config.numberPrefix || "INV-", currency: ctx.config.currency || "USD" });
  return { created: 0 };
}
