import { cn } from "./cn";

const STAR_PATH =
  "M10 1.5l2.6 5.3 5.9.9-4.25 4.1 1 5.85L10 14.9l-5.25 2.75 1-5.85L1.5 7.7l5.9-.9L10 1.5z";

function Star({ fill, sizeClass }: { fill: number; sizeClass: string }) {
  // fill: 0..1 — the fraction of this star that is coloured.
  const pct = Math.round(Math.min(1, Math.max(0, fill)) * 100);
  return (
    <span className={cn("relative inline-block", sizeClass)}>
      <svg viewBox="0 0 20 20" className="size-full text-zinc-300 dark:text-zinc-600" fill="currentColor">
        <path d={STAR_PATH} />
      </svg>
      <span className="absolute inset-y-0 left-0 overflow-hidden" style={{ width: `${pct}%` }}>
        <svg viewBox="0 0 20 20" className={cn("max-w-none text-amber-500 dark:text-amber-400", sizeClass)} fill="currentColor">
          <path d={STAR_PATH} />
        </svg>
      </span>
    </span>
  );
}

export function ratingLabel(average: number, count: number): string {
  if (count === 0) return "No reviews yet";
  return `Rated ${average.toFixed(1)} out of 5 from ${count.toLocaleString("en-US")} ${count === 1 ? "review" : "reviews"}`;
}

/** Five stars filled to the average, with the number and count; one accessible label for all of it. */
export function Stars({
  average,
  count,
  size = "sm",
  showCount = true,
  className,
}: {
  average: number;
  count: number;
  size?: "sm" | "md";
  showCount?: boolean;
  className?: string;
}) {
  if (count === 0) {
    return <span className={cn("text-sm text-zinc-600 dark:text-zinc-400", className)}>No reviews yet</span>;
  }
  const starSize = size === "md" ? "size-5" : "size-4";
  return (
    <span role="img" aria-label={ratingLabel(average, count)} className={cn("inline-flex items-center gap-1.5", className)}>
      <span className="inline-flex" aria-hidden="true">
        {[0, 1, 2, 3, 4].map((i) => (
          <Star key={i} fill={average - i} sizeClass={starSize} />
        ))}
      </span>
      <span aria-hidden="true" className={cn("font-medium tabular-nums text-zinc-900 dark:text-zinc-100", size === "md" ? "text-base" : "text-sm")}>
        {average.toFixed(1)}
      </span>
      {showCount ? (
        <span aria-hidden="true" className="text-sm text-zinc-600 tabular-nums dark:text-zinc-400">
          ({count.toLocaleString("en-US")})
        </span>
      ) : null}
    </span>
  );
}
