import Link from "next/link";
import { cn } from "./cn";

/** Page numbers to show: the first, the last, and the current page with its neighbours; gaps as null. */
export function pageWindow(currentPage: number, totalPages: number): (number | null)[] {
  const pages = new Set<number>([1, totalPages, currentPage - 1, currentPage, currentPage + 1]);
  if (currentPage <= 3) [2, 3, 4].forEach((p) => pages.add(p));
  if (currentPage >= totalPages - 2) [totalPages - 3, totalPages - 2, totalPages - 1].forEach((p) => pages.add(p));
  const sorted = [...pages].filter((p) => p >= 1 && p <= totalPages).sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (typeof last === "number" && p - last > 1) out.push(p - last === 2 ? p - 1 : null);
    out.push(p);
  }
  return out;
}

const ITEM =
  "inline-flex h-9 min-w-9 items-center justify-center rounded-lg px-3 text-sm font-medium tabular-nums transition-colors";
const LINK =
  "text-zinc-700 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-100 dark:text-zinc-300 dark:ring-zinc-700 dark:hover:bg-zinc-800";
const DISABLED = "cursor-not-allowed text-zinc-500 ring-1 ring-zinc-200 ring-inset dark:text-zinc-500 dark:ring-zinc-800";

/**
 * Previous / page numbers / Next, as links (so pages are shareable and work without JavaScript).
 * `hrefForPage` keeps the other query parameters.
 */
export function Pagination({
  currentPage,
  totalPages,
  hrefForPage,
  label = "Pagination",
  className,
}: {
  currentPage: number;
  totalPages: number;
  hrefForPage: (page: number) => string;
  label?: string;
  className?: string;
}) {
  if (totalPages <= 1) return null;
  const hasPrevious = currentPage > 1;
  const hasNext = currentPage < totalPages;
  return (
    <nav aria-label={label} className={cn("flex flex-wrap items-center justify-center gap-2", className)}>
      {hasPrevious ? (
        <Link href={hrefForPage(currentPage - 1)} rel="prev" className={cn(ITEM, LINK)}>
          <span aria-hidden="true">←</span> Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={cn(ITEM, DISABLED)}>
          <span aria-hidden="true">←</span> Previous
        </span>
      )}
      <ul className="flex flex-wrap items-center gap-1">
        {pageWindow(currentPage, totalPages).map((page, i) =>
          page === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-zinc-500">
              …
            </li>
          ) : (
            <li key={page}>
              {page === currentPage ? (
                <span aria-current="page" className={cn(ITEM, "bg-indigo-600 text-white")}>
                  <span className="sr-only">Page </span>
                  {page}
                </span>
              ) : (
                <Link href={hrefForPage(page)} className={cn(ITEM, LINK)}>
                  <span className="sr-only">Page </span>
                  {page}
                </Link>
              )}
            </li>
          ),
        )}
      </ul>
      {hasNext ? (
        <Link href={hrefForPage(currentPage + 1)} rel="next" className={cn(ITEM, LINK)}>
          Next <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span aria-disabled="true" className={cn(ITEM, DISABLED)}>
          Next <span aria-hidden="true">→</span>
        </span>
      )}
    </nav>
  );
}

/** "Showing 13–24 of 57 modules". */
export function rangeText({
  currentPage,
  perPage,
  count,
  noun,
}: {
  currentPage: number;
  perPage: number;
  count: number;
  noun: [singular: string, plural: string];
}): string {
  const word = count === 1 ? noun[0] : noun[1];
  if (count === 0) return `No ${noun[1]}`;
  const first = Math.min((currentPage - 1) * perPage + 1, count);
  const last = Math.min(currentPage * perPage, count);
  return `Showing ${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${count.toLocaleString("en-US")} ${word}`;
}
