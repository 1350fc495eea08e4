import { cn } from "./cn";

export function initials(name: string): string {
  const words = name.trim().split(/[\s\-_]+/).filter(Boolean);
  const letters = words.length >= 2 ? `${words[0]![0]}${words[1]![0]}` : (words[0] ?? "?").slice(0, 2);
  return letters.toUpperCase();
}

const SIZES = {
  sm: "size-8 rounded-md text-xs",
  md: "size-12 rounded-lg text-sm",
  lg: "size-20 rounded-2xl text-2xl",
} as const;

/**
 * A module's icon, or its initials when it has none. Decorative (alt="") because the module's
 * name is always next to it.
 */
export function ModuleIcon({ name, iconUrl, size = "md", className }: { name: string; iconUrl: string | null; size?: keyof typeof SIZES; className?: string }) {
  if (iconUrl) {
    return (
      <img
        src={iconUrl}
        alt=""
        loading="lazy"
        decoding="async"
        className={cn("shrink-0 bg-zinc-100 object-cover ring-1 ring-zinc-900/5 dark:bg-zinc-800 dark:ring-white/10", SIZES[size], className)}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={cn(
        "inline-flex shrink-0 items-center justify-center bg-indigo-100 font-semibold text-indigo-800 ring-1 ring-indigo-900/5 dark:bg-indigo-500/20 dark:text-indigo-100 dark:ring-white/10",
        SIZES[size],
        className,
      )}
    >
      {initials(name)}
    </span>
  );
}

/** A person's initials in a circle (decorative: the name is shown beside it). */
export function Avatar({ name, className }: { name: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-200 text-xs font-semibold text-zinc-700 dark:bg-zinc-700 dark:text-zinc-100",
        className,
      )}
    >
      {initials(name)}
    </span>
  );
}
