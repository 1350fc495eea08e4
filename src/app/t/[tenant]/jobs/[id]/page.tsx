import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { JobProgress } from "~/components/installs/job-progress";
import { PageHeader } from "~/components/ui/page-header";
import { RelativeTime } from "~/components/ui/time";
import { getQueryClient, trpc } from "~/trpc/server";
import { getMe } from "../../../../_lib/session";
import { hasTrpcCode } from "../../../../_lib/trpc-errors";
import { canManageTenant, requireTenant, tenantTitle } from "../../../../_lib/tenant";

type Params = { tenant: string; id: string };

/**
 * One job of the workspace, fetched into the request's query client (so the page hydrates with
 * it and the browser polls on from there). Another workspace's job, or no job, is the 404 page.
 */
const loadJob = cache(async (tenantSlug: string, jobId: string) => {
  try {
    return await getQueryClient().fetchQuery(trpc.installs.getJob.queryOptions({ tenant: tenantSlug, jobId }));
  } catch (error) {
    if (hasTrpcCode(error, "NOT_FOUND", "BAD_REQUEST")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { tenant, id } = await params;
  if (!(await getMe())) return { title: "Job" };
  const job = await loadJob(tenant, id);
  return { title: await tenantTitle(tenant, job.title) };
}

export default async function JobPage({ params }: { params: Promise<Params> }) {
  const { tenant: slug, id } = await params;
  const tenant = await requireTenant(slug, `/t/${slug}/jobs/${id}`);
  const job = await loadJob(tenant.slug, id);

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/t/${tenant.slug}/jobs`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
          <span aria-hidden="true">← </span>All jobs
        </Link>
      </p>
      <PageHeader
        title={job.title}
        description={
          <>
            Requested {job.requestedByName ? `by ${job.requestedByName} ` : ""}
            <RelativeTime date={job.createdAt} />.
          </>
        }
      />
      {/* The server's copy replaces an older one the browser may have cached from an earlier visit. */}
      <HydrationBoundary state={dehydrate(getQueryClient())}>
        <JobProgress tenantSlug={tenant.slug} jobId={job.id} canManage={canManageTenant(tenant.role)} />
      </HydrationBoundary>
    </div>
  );
}
