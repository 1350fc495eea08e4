import type { HTMLAttributes } from "react";
import { cn } from "./cn";

export const CARD_CLASSES =
  "rounded-xl bg-white shadow-sm ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-800";

/** A surface for grouped content. Use `as` semantics from the caller by wrapping, not by props. */
export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn(CARD_CLASSES, className)} {...props} />;
}

/** A statistic: a label and a large value (used for totals on dashboards). */
export function StatCard({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className={cn(CARD_CLASSES, "p-5")}>
      <dt className="text-sm font-medium text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tracking-tight text-zinc-900 tabular-nums dark:text-zinc-50">{value}</dd>
      {hint ? <dd className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{hint}</dd> : null}
    </div>
  );
}
