/**
 * Dates for people. Pages are rendered on the server, so these run there; times use UTC so the
 * text does not depend on where the server runs.
 */
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});
const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

export const formatDate = (date: Date): string => DATE.format(date);
export const formatDateTime = (date: Date): string => DATE_TIME.format(date);

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 days ago", "yesterday", "just now". */
export function formatRelative(date: Date, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return "just now";
  for (const [unit, size] of UNITS) {
    if (abs >= size) return RELATIVE.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

/** A relative time with the exact date in a tooltip and in machine-readable form. */
export function RelativeTime({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)} className={className}>
      {formatRelative(date)}
    </time>
  );
}

/** A calendar date in a <time> element. */
export function DateText({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)} className={className}>
      {formatDate(date)}
    </time>
  );
}
