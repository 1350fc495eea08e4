import { cn } from "~/components/ui/cn";

/** Code to read, not run: monospaced, scrollable, never wrapped into one unreadable line. */
export function CodeBlock({ children, label, className }: { children: string; label: string; className?: string }) {
  return (
    <pre
      tabIndex={0}
      aria-label={label}
      className={cn(
        "max-h-[32rem] overflow-auto rounded-lg bg-zinc-950 p-4 font-mono text-[0.8125rem] leading-6 text-zinc-100 ring-1 ring-zinc-800 dark:bg-black/50",
        className,
      )}
    >
      <code>{children}</code>
    </pre>
  );
}
