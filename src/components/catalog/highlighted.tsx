import type { HighlightSegment } from "~/components/api-types";
import { cn } from "~/components/ui/cn";

/**
 * Text cut into segments by the search backend, the matching ones marked. Plain text only: the
 * segments never carry HTML, so nothing a module author wrote can reach the page as markup.
 */
export function Highlighted({ segments, className }: { segments: HighlightSegment[]; className?: string }) {
  return (
    <>
      {segments.map((s, i) =>
        s.isMatch ? (
          <mark key={i} className={cn("rounded-sm bg-amber-100 px-0.5 text-inherit dark:bg-amber-400/25", className)}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
