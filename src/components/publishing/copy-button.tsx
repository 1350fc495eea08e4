"use client";

import { useEffect, useState } from "react";
import { cn } from "~/components/ui/cn";

/** Copies `value` to the clipboard and says so (to sighted and screen-reader users alike). */
export function CopyButton({ value, label, className }: { value: string; label: string; className?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = window.setTimeout(() => setState("idle"), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="inline-flex items-center">
      <button
        type="button"
        onClick={copy}
        className={cn(
          "inline-flex h-7 items-center gap-1 rounded-md px-2 text-xs font-medium text-zinc-700 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-100",
          "dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800",
          className,
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" className="size-3.5">
          <rect x="7" y="7" width="10" height="10" rx="2" stroke="currentColor" strokeWidth="1.5" />
          <path d="M13 7V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h2" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        {state === "copied" ? "Copied" : "Copy"}
        <span className="sr-only"> {label}</span>
      </button>
      <span aria-live="polite" className="sr-only">
        {state === "copied" ? `${label} copied to the clipboard` : state === "failed" ? "Couldn't copy; select the text and copy it yourself" : ""}
      </span>
      {state === "failed" ? <span className="ml-2 text-xs text-red-700 dark:text-red-300">Copy failed — select it instead</span> : null}
    </span>
  );
}
