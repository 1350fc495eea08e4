"use client";

import { useLinkStatus } from "next/link";
import { cn } from "./cn";

/**
 * Put inside a <Link>: a small spinner that appears while that navigation is pending (after a
 * short delay, so fast navigations don't flash it). Decorative; the page announces itself.
 */
export function LinkPending({ className }: { className?: string }) {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden="true"
      className={cn(
        "inline-block size-3 rounded-full border-2 border-current border-r-transparent opacity-0",
        pending && "animate-[link-pending-in_0.2s_0.15s_forwards,spin_0.8s_linear_infinite] motion-reduce:animate-none",
        pending ? "ml-1.5" : "hidden",
        className,
      )}
    />
  );
}
