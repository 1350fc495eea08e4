"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Me } from "~/components/api-types";
import { cn } from "~/components/ui/cn";
import { ROLE_LABELS } from "~/components/tenancy/role-label";
import { useDisclosure } from "./use-disclosure";

/** Which workspace the page belongs to, from a `/t/<slug>/…` path. */
export function tenantSlugFromPath(pathname: string): string | null {
  const match = /^\/t\/([^/]+)/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** Lists the caller's workspaces; picking one opens its Modules page. */
export function TenantSwitcher({ tenants }: { tenants: Me["tenants"] }) {
  const pathname = usePathname();
  const currentSlug = tenantSlugFromPath(pathname);
  const current = tenants.find((t) => t.slug === currentSlug) ?? null;
  const { isOpen, rootRef, buttonProps, panelProps } = useDisclosure();
  return (
    <div ref={rootRef} className="relative">
      <button
        {...buttonProps}
        aria-label="Switch workspace"
        aria-describedby="current-workspace"
        className={cn(
          "inline-flex h-9 max-w-[11rem] items-center gap-2 rounded-lg px-2.5 text-sm font-medium ring-1 ring-zinc-300 ring-inset transition-colors sm:max-w-[14rem]",
          "text-zinc-800 hover:bg-zinc-100 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800",
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" className="size-4 shrink-0 text-zinc-500 dark:text-zinc-400">
          <rect x="3" y="3" width="6" height="6" rx="1.5" stroke="currentColor" strokeWidth="1.5" />
          <rect x="11" y="3" width="6" height="6" rx="1.5" stroke="currentColor" strokeWidth="1.5" />
          <rect x="3" y="11" width="6" height="6" rx="1.5" stroke="currentColor" strokeWidth="1.5" />
          <rect x="11" y="11" width="6" height="6" rx="1.5" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        <span className="truncate">{current ? current.name : "Workspaces"}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={cn("size-4 shrink-0 transition-transform", isOpen && "rotate-180")}>
          <path fillRule="evenodd" d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z" clipRule="evenodd" />
        </svg>
      </button>
      <span id="current-workspace" className="sr-only">
        {current ? `Current workspace: ${current.name}` : "No workspace open"}
      </span>
      <div
        {...panelProps}
        className="absolute right-0 z-40 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-xl bg-white p-2 shadow-lg ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-700"
      >
        <p className="px-2 pt-1 pb-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">Your workspaces</p>
        <ul role="list" className="space-y-0.5">
          {tenants.map((t) => {
            const isCurrent = t.slug === currentSlug;
            return (
              <li key={t.slug}>
                <Link
                  href={`/t/${t.slug}/modules`}
                  aria-current={isCurrent ? "page" : undefined}
                  className={cn(
                    "flex items-center justify-between gap-3 rounded-lg px-2 py-2 text-sm",
                    isCurrent
                      ? "bg-indigo-50 text-indigo-900 dark:bg-indigo-500/15 dark:text-indigo-100"
                      : "text-zinc-800 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800",
                  )}
                >
                  <span className="min-w-0 truncate font-medium">{t.name}</span>
                  <span className="shrink-0 text-xs text-zinc-600 dark:text-zinc-400">
                    {ROLE_LABELS[t.role]}
                    {isCurrent ? <span className="sr-only"> (current)</span> : null}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
