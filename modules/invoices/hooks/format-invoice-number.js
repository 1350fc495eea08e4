// Filter on `invoice.number`: lets tenants show numbers with the year, e.g. INV-2025-00042.
export default function formatInvoiceNumber(ctx, number, invoice) {
  if (!ctx.config.includeYear || !invoice || !invoice.issued_on) return number;
  const year = String(invoice.issued_on).slice(0, 4);
  const prefix = ctx.config.numberPrefix || "INV-";
  return number.startsWith(prefix) ? prefix + year + "-" + number.slice(prefix.length) : number;
}
