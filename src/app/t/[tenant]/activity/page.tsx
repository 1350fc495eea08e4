import type { Metadata } from "next";
import { ActivityForbidden } from "~/components/tenancy/activity-forbidden";
import { describeActivity } from "~/components/tenancy/describe-activity";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { EmptyState } from "~/components/ui/empty-state";
import { Avatar } from "~/components/ui/module-icon";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination, rangeText } from "~/components/ui/pagination";
import { RelativeTime } from "~/components/ui/time";
import { api } from "~/trpc/server";
import { forbidIfSupported } from "../../../_lib/forbidden";
import { pageHref, parsePage, type SearchParams } from "../../../_lib/search-params";
import { canManageTenant, requireTenant, tenantTitle } from "../../../_lib/tenant";

export async function generateMetadata({ params }: { params: Promise<{ tenant: string }> }): Promise<Metadata> {
  const { tenant } = await params;
  return { title: await tenantTitle(tenant, "Activity") };
}

const PER_PAGE = 25;

export default async function TenantActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { tenant: slug } = await params;
  const path = `/t/${slug}/activity`;
  const tenant = await requireTenant(slug, path);
  if (!canManageTenant(tenant.role)) {
    forbidIfSupported();
    return <ActivityForbidden tenantName={tenant.name} />;
  }
  const page = parsePage((await searchParams).page);
  const activity = await api.tenancy.findActivity({ tenant: tenant.slug, page, perPage: PER_PAGE });

  return (
    <div className="space-y-6">
      <PageHeader title="Activity" description={`Everything that changed in ${tenant.name}, newest first.`} />
      {activity.data.length === 0 ? (
        activity.count === 0 ? (
          <EmptyState title="No activity yet">
            Installs, updates, settings changes and membership changes will be listed here as they happen.
          </EmptyState>
        ) : (
          <EmptyState title="There is nothing on this page">The activity feed ends on page {activity.totalPages}.</EmptyState>
        )
      ) : (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {rangeText({ currentPage: activity.currentPage, perPage: activity.perPage, count: activity.count, noun: ["event", "events"] })}
          </p>
          <ol role="list" className={cn(CARD_CLASSES, "divide-y divide-zinc-100 dark:divide-zinc-800")}>
            {activity.data.map((entry) => {
              const { actor, sentence, detail, isKnown } = describeActivity(entry);
              return (
                <li key={entry.id} className="flex gap-3 px-4 py-3">
                  <Avatar name={actor} className="mt-0.5" />
                  <div className="min-w-0 flex-1">
                    <p className="text-sm text-zinc-900 dark:text-zinc-100">
                      {isKnown ? sentence : (
                        <>
                          {actor}: <code className="font-mono text-[0.85em]">{entry.action}</code>
                        </>
                      )}
                    </p>
                    {detail ? <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{detail}</p> : null}
                  </div>
                  <RelativeTime date={entry.createdAt} className="shrink-0 text-xs whitespace-nowrap text-zinc-600 dark:text-zinc-400" />
                </li>
              );
            })}
          </ol>
        </>
      )}
      <Pagination currentPage={activity.currentPage} totalPages={activity.totalPages} hrefForPage={(p) => pageHref(path, p)} />
    </div>
  );
}
