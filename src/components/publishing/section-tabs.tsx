"use client";

import Link from "next/link";
import { cn } from "~/components/ui/cn";
import { LinkPending } from "~/components/ui/link-pending";

/** Sections of a page as links (shareable, work without JavaScript); the current one has aria-current. */
export function SectionTabs({ label, items, current }: { label: string; items: { key: string; href: string; label: string; count?: number }[]; current: string }) {
  return (
    <nav aria-label={label} className="relative overflow-x-auto border-b border-zinc-200 dark:border-zinc-800">
      <ul role="list" className="flex gap-1">
        {items.map((item) => {
          const active = item.key === current;
          return (
            <li key={item.key}>
              <Link
                href={item.href}
                scroll={false}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex h-10 items-center gap-1.5 border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors",
                  active
                    ? "border-indigo-600 text-zinc-900 dark:border-indigo-400 dark:text-zinc-50"
                    : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900 dark:text-zinc-400 dark:hover:border-zinc-600 dark:hover:text-zinc-100",
                )}
              >
                {item.label}
                {item.count !== undefined ? (
                  <span className="rounded-full bg-zinc-100 px-1.5 text-xs text-zinc-700 tabular-nums dark:bg-zinc-800 dark:text-zinc-300">{item.count}</span>
                ) : null}
                <LinkPending />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
