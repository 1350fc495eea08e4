import { pluralize } from "~/components/catalog/format";
import { RatingHistogram } from "~/components/catalog/rating-histogram";
import { AverageStars } from "./star-rating";

/** The module's rating statistics (visible reviews only): average, count and how they spread over 1–5 stars. */
export function RatingSummary({ average, count, histogram }: { average: number; count: number; histogram: number[] }) {
  return (
    <div data-testid="rating-summary" data-average={average.toFixed(1)} data-count={count} className="space-y-4">
      {count > 0 ? (
        <>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="text-4xl font-semibold text-zinc-900 tabular-nums dark:text-zinc-50" data-testid="rating-average">
              {average.toFixed(1)}
            </span>
            <div className="space-y-0.5">
              <AverageStars average={average} />
              <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="rating-count">
                {pluralize(count, "review")}
              </p>
            </div>
          </div>
          <RatingHistogram histogram={histogram} />
        </>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="rating-count">
          No reviews yet.
        </p>
      )}
    </div>
  );
}
