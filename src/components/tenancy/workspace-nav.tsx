"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "~/components/ui/cn";
import { LinkPending } from "~/components/ui/link-pending";

/** Tabs of a workspace; the current one is marked with aria-current. */
export function WorkspaceNav({ tenantSlug, canManage }: { tenantSlug: string; canManage: boolean }) {
  const pathname = usePathname();
  const base = `/t/${tenantSlug}`;
  const items = [
    { href: `${base}/modules`, label: "Modules" },
    { href: `${base}/jobs`, label: "Jobs" },
    { href: `${base}/members`, label: "Members" },
    ...(canManage ? [{ href: `${base}/activity`, label: "Activity" }] : []),
  ];
  return (
    <nav aria-label="Workspace" className="-mb-px relative overflow-x-auto">
      <ul role="list" className="flex gap-1">
        {items.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex h-10 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors",
                  active
                    ? "border-indigo-600 text-zinc-900 dark:border-indigo-400 dark:text-zinc-50"
                    : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900 dark:text-zinc-400 dark:hover:border-zinc-600 dark:hover:text-zinc-100",
                )}
              >
                {item.label}
                <LinkPending />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
