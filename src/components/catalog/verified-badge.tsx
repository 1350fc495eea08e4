import { cn } from "~/components/ui/cn";

/** A check mark after a verified publisher's name; screen readers hear "Verified publisher". */
export function VerifiedBadge({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex shrink-0 items-center", className)} title="Verified publisher">
      <span
        aria-hidden="true"
        className="inline-flex size-4 items-center justify-center rounded-full bg-indigo-600 text-[10px] leading-none font-bold text-white dark:bg-indigo-500"
      >
        ✓
      </span>
      <span className="sr-only">Verified publisher</span>
    </span>
  );
}

/** A publisher's name followed by the verified badge when it applies. */
export function PublisherName({ name, isVerified, className }: { name: string; isVerified: boolean; className?: string }) {
  return (
    <span className={cn("inline-flex min-w-0 items-center gap-1", className)}>
      <span className="truncate">{name}</span>
      {isVerified ? <VerifiedBadge /> : null}
    </span>
  );
}
