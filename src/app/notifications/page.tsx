import type { Metadata } from "next";
import Link from "next/link";
import { requireMe } from "~/app/_lib/session";
import { MarkAllReadButton } from "~/components/notifications/mark-read-button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { RelativeTime } from "~/components/ui/time";
import { cn } from "~/components/ui/cn";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireMe("/notifications");
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const result = await api.accounts.notifications.find({ page, perPage: 20 });
  return (
    <div className="space-y-6">
      <PageHeader
        title="Notifications"
        description="Review decisions on your versions, take-downs and other news about what you manage."
        actions={result.unread > 0 ? <MarkAllReadButton /> : undefined}
      />
      {result.data.length === 0 ? (
        <EmptyState title="No notifications yet">
          When a moderator approves or rejects one of your versions, you will read it here.
        </EmptyState>
      ) : (
        <ul role="list" className="divide-y divide-zinc-200 overflow-hidden rounded-xl bg-white ring-1 ring-zinc-200 dark:divide-zinc-800 dark:bg-zinc-900 dark:ring-zinc-800">
          {result.data.map((n) => (
            <li key={n.id} className={cn("flex gap-3 px-4 py-3", !n.readAt && "bg-indigo-50/60 dark:bg-indigo-500/10")}>
              <span
                aria-hidden="true"
                className={cn("mt-2 size-2 shrink-0 rounded-full", n.readAt ? "bg-transparent" : "bg-indigo-600 dark:bg-indigo-400")}
              />
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium text-zinc-900 dark:text-zinc-50">
                  {n.link ? (
                    <Link href={n.link} className="hover:underline">
                      {n.title}
                    </Link>
                  ) : (
                    n.title
                  )}
                  {!n.readAt ? <span className="sr-only"> (unread)</span> : null}
                </p>
                {n.body ? <p className="mt-0.5 text-sm text-zinc-700 dark:text-zinc-300">{n.body}</p> : null}
                <RelativeTime date={n.createdAt} className="mt-1 block text-xs text-zinc-600 dark:text-zinc-400" />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination currentPage={result.currentPage} totalPages={result.totalPages} hrefForPage={(p) => `/notifications?page=${p}`} />
    </div>
  );
}
