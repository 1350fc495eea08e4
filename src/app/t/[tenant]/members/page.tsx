import type { Metadata } from "next";
import { pluralize } from "~/components/catalog/format";
import { RoleBadge } from "~/components/tenancy/role-badge";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { EmptyState } from "~/components/ui/empty-state";
import { Avatar } from "~/components/ui/module-icon";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination, rangeText } from "~/components/ui/pagination";
import { DateText } from "~/components/ui/time";
import { api } from "~/trpc/server";
import { pageHref, parsePage, type SearchParams } from "../../../_lib/search-params";
import { requireTenant, tenantTitle } from "../../../_lib/tenant";

export async function generateMetadata({ params }: { params: Promise<{ tenant: string }> }): Promise<Metadata> {
  const { tenant } = await params;
  return { title: await tenantTitle(tenant, "Members") };
}

const PER_PAGE = 20;

export default async function TenantMembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { tenant: slug } = await params;
  const path = `/t/${slug}/members`;
  const tenant = await requireTenant(slug, path);
  const page = parsePage((await searchParams).page);
  const members = await api.tenancy.findMembers({ tenant: tenant.slug, page, perPage: PER_PAGE });

  return (
    <div className="space-y-6">
      <PageHeader title="Members" description={`${pluralize(members.count, "person", "people")} can use ${tenant.name}.`} />
      {members.data.length === 0 ? (
        <EmptyState title="There is nothing on this page">The member list ends on page {members.totalPages}.</EmptyState>
      ) : (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {rangeText({ currentPage: members.currentPage, perPage: members.perPage, count: members.count, noun: ["member", "members"] })}
          </p>
          <div className={cn(CARD_CLASSES, "relative overflow-x-auto")}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Members of {tenant.name}</caption>
              <thead className="border-b border-zinc-200 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:border-zinc-800 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    Name
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Role
                  </th>
                  <th scope="col" className="hidden px-4 py-3 sm:table-cell">
                    Joined
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {members.data.map((m) => (
                  <tr key={m.userId}>
                    <th scope="row" className="px-4 py-3 font-normal">
                      <div className="flex items-center gap-3">
                        <Avatar name={m.name ?? m.email} />
                        <div className="min-w-0">
                          <p className="font-medium text-zinc-900 dark:text-zinc-50">{m.name ?? m.email}</p>
                          {m.name ? <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">{m.email}</p> : null}
                        </div>
                      </div>
                    </th>
                    <td className="px-4 py-3">
                      <RoleBadge role={m.role} />
                    </td>
                    <td className="hidden px-4 py-3 whitespace-nowrap text-zinc-600 sm:table-cell dark:text-zinc-400">
                      <DateText date={m.joinedAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Pagination currentPage={members.currentPage} totalPages={members.totalPages} hrefForPage={(p) => pageHref(path, p)} />
    </div>
  );
}
