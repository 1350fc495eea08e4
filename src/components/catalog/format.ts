import type { ModulePrice } from "~/components/api-types";

function money(cents: number, currency: string): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}

/** "Free", "$49", "$19/month", "$190/year". */
export function formatPrice(price: ModulePrice): string {
  if (price.model === "FREE" || price.cents <= 0) return "Free";
  const amount = money(price.cents, price.currency || "usd");
  if (price.model === "SUBSCRIPTION") return `${amount}/${price.interval === "YEAR" ? "year" : "month"}`;
  return amount;
}

/** The same price in words for screen readers: "$19 per month". */
export function describePrice(price: ModulePrice): string {
  const text = formatPrice(price);
  return text.replace("/month", " per month").replace("/year", " per year");
}

export const formatNumber = (n: number): string => n.toLocaleString("en-US");

/** "1 active install", "2,310 active installs". */
export const pluralize = (n: number, singular: string, plural = `${singular}s`): string =>
  `${formatNumber(n)} ${n === 1 ? singular : plural}`;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
