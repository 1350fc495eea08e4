import type { Metadata } from "next";
import Link from "next/link";
import { jobHref } from "~/components/installs/hrefs";
import { JobStatusBadge } from "~/components/installs/job-status-badge";
import { buttonClasses } from "~/components/ui/button";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination, rangeText } from "~/components/ui/pagination";
import { RelativeTime } from "~/components/ui/time";
import { api } from "~/trpc/server";
import { pageHref, parsePage, type SearchParams } from "../../../_lib/search-params";
import { requireTenant, tenantTitle } from "../../../_lib/tenant";

export async function generateMetadata({ params }: { params: Promise<{ tenant: string }> }): Promise<Metadata> {
  const { tenant } = await params;
  return { title: await tenantTitle(tenant, "Jobs") };
}

const PER_PAGE = 20;

export default async function TenantJobsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { tenant: slug } = await params;
  const path = `/t/${slug}/jobs`;
  const tenant = await requireTenant(slug, path);
  const page = parsePage((await searchParams).page);
  const jobs = await api.installs.findJobs({ tenant: tenant.slug, page, perPage: PER_PAGE });

  return (
    <div className="space-y-6">
      <PageHeader
        title="Jobs"
        description={`Installs, updates, roll-backs and uninstalls in ${tenant.name}, newest first. Open one to see its steps.`}
      />
      {jobs.data.length === 0 ? (
        jobs.count === 0 ? (
          <EmptyState
            title="No jobs yet"
            action={
              <Link href="/" className={buttonClasses()}>
                Browse the marketplace
              </Link>
            }
          >
            Every install, update, roll-back and uninstall runs as a job you can follow step by step. Install a module from the
            marketplace and its job will be listed here.
          </EmptyState>
        ) : (
          <EmptyState title="There is nothing on this page">The job list ends on page {jobs.totalPages}.</EmptyState>
        )
      ) : (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {rangeText({ currentPage: jobs.currentPage, perPage: jobs.perPage, count: jobs.count, noun: ["job", "jobs"] })}
          </p>
          <div className={cn(CARD_CLASSES, "relative overflow-x-auto")}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Jobs in {tenant.name}</caption>
              <thead className="border-b border-zinc-200 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:border-zinc-800 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    Job
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Status
                  </th>
                  <th scope="col" className="hidden px-4 py-3 sm:table-cell">
                    Requested by
                  </th>
                  <th scope="col" className="px-4 py-3">
                    When
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {jobs.data.map((job) => (
                  <tr key={job.id} data-testid="job-row">
                    <th scope="row" className="px-4 py-3 font-normal">
                      <Link
                        href={jobHref(tenant.slug, job.id)}
                        className="font-medium text-zinc-900 hover:text-indigo-700 hover:underline dark:text-zinc-50 dark:hover:text-indigo-300"
                      >
                        {job.title}
                      </Link>
                    </th>
                    <td className="px-4 py-3">
                      <JobStatusBadge status={job.status} />
                    </td>
                    <td className="hidden px-4 py-3 text-zinc-700 sm:table-cell dark:text-zinc-300">{job.requestedByName ?? "—"}</td>
                    <td className="px-4 py-3 whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                      <RelativeTime date={job.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Pagination currentPage={jobs.currentPage} totalPages={jobs.totalPages} hrefForPage={(p) => pageHref(path, p)} />
    </div>
  );
}
