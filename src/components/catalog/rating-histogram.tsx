import { formatNumber } from "./format";

/**
 * How reviews spread over 1–5 stars, five stars first. `histogram[0]` counts one-star reviews.
 * Bars are decorative; each row says its numbers in text.
 */
export function RatingHistogram({ histogram }: { histogram: number[] }) {
  const total = histogram.reduce((n, c) => n + c, 0);
  const rows = [5, 4, 3, 2, 1].map((stars) => {
    const count = histogram[stars - 1] ?? 0;
    return { stars, count, pct: total > 0 ? Math.round((count / total) * 100) : 0 };
  });
  return (
    <ul role="list" className="space-y-1.5">
      {rows.map((r) => (
        <li key={r.stars} className="grid grid-cols-[3.5rem_minmax(0,1fr)_4.5rem] items-center gap-3 text-sm">
          <span className="text-zinc-700 tabular-nums dark:text-zinc-300">
            {r.stars}
            <span aria-hidden="true"> ★</span>
            <span className="sr-only"> {r.stars === 1 ? "star" : "stars"}:</span>
          </span>
          <span aria-hidden="true" className="h-2 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800">
            <span className="block h-full rounded-full bg-amber-500 dark:bg-amber-400" style={{ width: `${r.pct}%` }} />
          </span>
          <span className="text-right text-zinc-600 tabular-nums dark:text-zinc-400">
            {formatNumber(r.count)}
            <span className="sr-only"> {r.count === 1 ? "review" : "reviews"},</span> <span className="text-xs">({r.pct}%)</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
