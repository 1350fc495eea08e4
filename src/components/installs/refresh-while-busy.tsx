"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the server page every few seconds while `isBusy` (a job of this workspace is waiting
 * or running), so statuses and "View progress" links clear by themselves when it finishes.
 */
export function RefreshWhileBusy({ isBusy, intervalMs = 2000 }: { isBusy: boolean; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!isBusy) return;
    const id = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(id);
  }, [isBusy, intervalMs, router]);
  return null;
}
