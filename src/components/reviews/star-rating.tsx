import { useId } from "react";
import { cn } from "~/components/ui/cn";

const STAR_PATH = "M10 1.5l2.6 5.3 5.9.9-4.25 4.1 1 5.85L10 14.9l-5.25 2.75 1-5.85L1.5 7.7l5.9-.9L10 1.5z";

export const RATING_WORDS: Record<number, string> = { 1: "Poor", 2: "Fair", 3: "Good", 4: "Very good", 5: "Excellent" };
export const starsText = (n: number) => `${n} ${n === 1 ? "star" : "stars"}`;

function StarIcon({ filled, className }: { filled: boolean; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={cn(filled ? "text-amber-500 dark:text-amber-400" : "text-zinc-300 dark:text-zinc-600", className)}>
      <path d={STAR_PATH} />
    </svg>
  );
}

/** One review's whole-star rating, read out as "Rated 4 out of 5". */
export function RatingStars({ rating, size = "sm" }: { rating: number; size?: "sm" | "md" }) {
  return (
    <span role="img" aria-label={`Rated ${rating} out of 5`} className="inline-flex">
      {[1, 2, 3, 4, 5].map((n) => (
        <StarIcon key={n} filled={n <= rating} className={size === "md" ? "size-5" : "size-4"} />
      ))}
    </span>
  );
}

/** An average (say 4.3) as five stars filled to it, read out as "Average rating 4.3 out of 5". */
export function AverageStars({ average }: { average: number }) {
  return (
    <span role="img" aria-label={`Average rating ${average.toFixed(1)} out of 5`} className="inline-flex">
      {[0, 1, 2, 3, 4].map((i) => {
        const pct = Math.round(Math.min(1, Math.max(0, average - i)) * 100);
        return (
          <span key={i} className="relative inline-block size-5">
            <StarIcon filled={false} className="size-5" />
            <span className="absolute inset-y-0 left-0 overflow-hidden" style={{ width: `${pct}%` }}>
              <StarIcon filled className="size-5 max-w-none" />
            </span>
          </span>
        );
      })}
    </span>
  );
}

/**
 * Picking 1–5 stars: a native radio group (arrow keys move between stars, each star is labelled
 * "4 stars: Very good"), drawn as stars with a visible focus ring.
 */
export function StarRatingInput({
  value,
  onChange,
  error,
  disabled,
  legend = "Your rating",
}: {
  value: number | null;
  onChange: (rating: number) => void;
  error?: string | null;
  disabled?: boolean;
  legend?: string;
}) {
  const name = useId();
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  return (
    <fieldset aria-describedby={error ? `${hintId} ${errorId}` : hintId} aria-invalid={error ? true : undefined} disabled={disabled} className="space-y-1.5">
      <legend className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">{legend}</legend>
      <div className="flex items-center gap-3">
        <div className="flex">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="relative cursor-pointer p-0.5">
              <input
                type="radio"
                name={name}
                value={n}
                checked={value === n}
                onChange={() => onChange(n)}
                aria-label={`${starsText(n)}: ${RATING_WORDS[n]}`}
                // Over the star (not visually hidden off-screen), so a click or tap on the star is a click on the radio.
                className="peer absolute inset-0 m-0 size-full cursor-pointer appearance-none opacity-0"
              />
              <StarIcon
                filled={value !== null && n <= value}
                className="size-8 rounded-md transition-colors peer-focus-visible:ring-2 peer-focus-visible:ring-indigo-600 peer-focus-visible:ring-offset-2 dark:peer-focus-visible:ring-indigo-400 dark:peer-focus-visible:ring-offset-zinc-900"
              />
            </label>
          ))}
        </div>
        <span id={hintId} className="text-sm text-zinc-700 dark:text-zinc-300">
          {value ? `${value} out of 5 · ${RATING_WORDS[value]}` : "Choose 1 to 5 stars"}
        </span>
      </div>
      {error ? (
        <p id={errorId} className="flex items-start gap-1 text-sm text-red-700 dark:text-red-300">
          <span aria-hidden="true">!</span>
          <span>{error}</span>
        </p>
      ) : null}
    </fieldset>
  );
}
