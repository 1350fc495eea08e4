import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { PublisherModule } from "~/components/api-types";
import { formatNumber } from "~/components/catalog/format";
import { VerifiedBadge } from "~/components/catalog/verified-badge";
import { VersionStateBadge } from "~/components/publishing/version-state-badge";
import { Badge, type BadgeTone } from "~/components/ui/badge";
import { buttonClasses } from "~/components/ui/button";
import { Card, StatCard } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { ModuleIcon } from "~/components/ui/module-icon";
import { Stars } from "~/components/ui/stars";
import { DateText } from "~/components/ui/time";
import { api } from "~/trpc/server";
import { getMe, requireMe } from "../../_lib/session";
import { hasTrpcCode } from "../../_lib/trpc-errors";

type Props = { params: Promise<{ publisher: string }> };

const loadDashboard = cache(async (slug: string) => {
  try {
    return await api.publishing.getDashboard({ publisher: slug });
  } catch (error) {
    if (hasTrpcCode(error, "NOT_FOUND", "BAD_REQUEST")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { publisher } = await params;
  const me = await getMe();
  const name = me?.publishers.find((p) => p.slug === publisher)?.name;
  return { title: name ? `${name} · Publisher` : "Publisher" };
}

const MODULE_STATUS: Record<PublisherModule["status"], { label: string; tone: BadgeTone }> = {
  PUBLISHED: { label: "Listed", tone: "success" },
  DRAFT: { label: "Draft", tone: "neutral" },
  TAKEN_DOWN: { label: "Taken down", tone: "danger" },
};

export default async function PublisherDashboardPage({ params }: Props) {
  const { publisher: slug } = await params;
  await requireMe(`/p/${slug}`);
  const { publisher, modules, totals } = await loadDashboard(slug);

  return (
    <div className="space-y-8">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <p className="text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">Publisher dashboard</p>
          <h1 className="mt-1 flex items-center gap-2 text-2xl font-semibold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
            {publisher.name}
            {publisher.isVerified ? <VerifiedBadge className="[&>span:first-child]:size-5 [&>span:first-child]:text-xs" /> : null}
          </h1>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          <Link href={`/p/${publisher.slug}/tokens`} className={buttonClasses({ variant: "secondary" })}>
            API tokens
          </Link>
          <Link href={`/p/${publisher.slug}/modules/new`} className={buttonClasses()}>
            <span aria-hidden="true">+</span> New listing
          </Link>
        </div>
      </div>

      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading" className="sr-only">
          Totals
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <StatCard label="Modules" value={formatNumber(totals.modules)} />
          <StatCard label="Active installs" value={formatNumber(totals.activeInstalls)} />
          <StatCard
            label="Versions awaiting review"
            value={formatNumber(totals.pendingReview)}
            hint={totals.pendingReview > 0 ? "A moderator reviews submissions oldest first." : undefined}
          />
        </dl>
      </section>

      <section aria-labelledby="modules-heading" className="space-y-4">
        <h2 id="modules-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
          Your modules
        </h2>
        {modules.length === 0 ? (
          <EmptyState
            title="You haven't listed a module yet"
            headingLevel={3}
            action={
              <Link href={`/p/${publisher.slug}/modules/new`} className={buttonClasses()}>
                Create your first listing
              </Link>
            }
          >
            Create a listing, then upload its first version (or publish it with <code className="font-mono">npx adx-module publish</code>).
            It appears in the marketplace once a moderator approves it.
          </EmptyState>
        ) : (
          <ul role="list" className="space-y-4">
            {modules.map((m) => (
              <li key={m.slug}>
                <ModuleRow module={m} publisherSlug={publisher.slug} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ModuleRow({ module, publisherSlug }: { module: PublisherModule; publisherSlug: string }) {
  const status = MODULE_STATUS[module.status];
  return (
    <Card className="overflow-hidden">
      <div className="flex flex-col gap-4 p-5 sm:flex-row sm:items-center">
        <div className="flex min-w-0 flex-1 items-start gap-4">
          <ModuleIcon name={module.name} iconUrl={module.iconUrl} />
          <div className="min-w-0">
            <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-zinc-900 dark:text-zinc-50">
              <Link
                href={`/p/${publisherSlug}/modules/${module.slug}`}
                className="hover:text-indigo-700 hover:underline dark:hover:text-indigo-300"
              >
                {module.name}
              </Link>
              <Badge tone={status.tone}>{status.label}</Badge>
            </h3>
            <p className="mt-0.5 line-clamp-1 text-sm text-zinc-600 dark:text-zinc-400">{module.summary}</p>
          </div>
        </div>
        <dl className="flex shrink-0 gap-6 text-sm">
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Active installs</dt>
            <dd className="font-semibold text-zinc-900 tabular-nums dark:text-zinc-100">{formatNumber(module.activeInstalls)}</dd>
          </div>
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Rating</dt>
            <dd>
              <Stars average={module.ratingAverage} count={module.ratingCount} />
            </dd>
          </div>
        </dl>
      </div>
      <div className="relative overflow-x-auto border-t border-zinc-100 dark:border-zinc-800">
        {module.versions.length === 0 ? (
          <p className="px-5 py-3 text-sm text-zinc-600 dark:text-zinc-400">
            No versions yet.{" "}
            <Link
              href={`/p/${publisherSlug}/modules/${module.slug}`}
              className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
            >
              Upload the first version<span className="sr-only"> of {module.name}</span>
            </Link>
          </p>
        ) : (
          <table className="w-full text-left text-sm md:table-fixed">
            <caption className="sr-only">Versions of {module.name}</caption>
            <thead className="bg-zinc-50 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:bg-zinc-900/60 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-5 py-2 md:w-32">
                  Version
                </th>
                <th scope="col" className="px-5 py-2 md:w-36">
                  State
                </th>
                <th scope="col" className="px-5 py-2 md:w-60">
                  Date
                </th>
                <th scope="col" className="px-5 py-2">
                  Notes
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {module.versions.map((v) => {
                const date = v.publishedAt ?? v.submittedAt;
                const note = v.state === "REJECTED" ? v.rejectionReason : v.state === "YANKED" || v.state === "DEPRECATED" ? v.yankReason : null;
                return (
                  <tr key={v.version} className="align-top">
                    <th scope="row" className="px-5 py-2.5 font-mono font-medium text-zinc-900 dark:text-zinc-100">
                      {v.version}
                    </th>
                    <td className="px-5 py-2.5">
                      <VersionStateBadge state={v.state} />
                    </td>
                    <td className="px-5 py-2.5 whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                      {date ? (
                        <>
                          {v.publishedAt ? "Published " : "Submitted "}
                          <DateText date={date} />
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className="px-5 py-2.5 text-zinc-700 dark:text-zinc-300">
                      {note ? (
                        <>
                          <span className="font-medium">{v.state === "REJECTED" ? "Moderator: " : "Reason: "}</span>
                          {note}
                        </>
                      ) : v.state === "SUBMITTED" ? (
                        <span className="text-zinc-600 dark:text-zinc-400">Waiting for a moderator</span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </Card>
  );
}
