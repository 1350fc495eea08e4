import type { ReactNode } from "react";
import { cn } from "./cn";

/** What a list shows when it has nothing: what it means and what to do next. */
export function EmptyState({
  title,
  children,
  action,
  headingLevel = 2,
  className,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  headingLevel?: 2 | 3;
  className?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div
      className={cn(
        "rounded-xl border border-dashed border-zinc-300 bg-white/60 px-6 py-12 text-center dark:border-zinc-700 dark:bg-zinc-900/40",
        className,
      )}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" className="mx-auto size-10 text-zinc-400 dark:text-zinc-500">
        <path
          d="M3.75 7.5 12 3l8.25 4.5M3.75 7.5 12 12m-8.25-4.5v9L12 21m0-9 8.25-4.5M12 12v9m8.25-13.5v9L12 21"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      <Heading className="mt-3 text-base font-semibold text-zinc-900 dark:text-zinc-100">{title}</Heading>
      {children ? <div className="mx-auto mt-1 max-w-md text-sm text-zinc-600 dark:text-zinc-400">{children}</div> : null}
      {action ? <div className="mt-5 flex justify-center gap-3">{action}</div> : null}
    </div>
  );
}
