import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { formatBytes, formatPrice } from "~/components/catalog/format";
import { Markdown } from "~/components/catalog/markdown";
import { PublisherName } from "~/components/catalog/verified-badge";
import { CodeBlock } from "~/components/moderation/code-block";
import { NotAModerator } from "~/components/moderation/not-a-moderator";
import { ReviewActions } from "~/components/moderation/review-actions";
import { VersionDiff } from "~/components/moderation/version-diff";
import { Breadcrumbs } from "~/components/publishing/breadcrumbs";
import { CheckList, countChecks, summarizeChecks } from "~/components/publishing/check-report";
import { CopyButton } from "~/components/publishing/copy-button";
import type { VersionReview } from "~/components/publishing/types";
import { VersionStateBadge } from "~/components/publishing/version-state-badge";
import { Badge } from "~/components/ui/badge";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { ModuleIcon } from "~/components/ui/module-icon";
import { Notice } from "~/components/ui/notice";
import { DateText, RelativeTime } from "~/components/ui/time";
import { api } from "~/trpc/server";
import { forbidIfSupported } from "../../../_lib/forbidden";
import { requireMe } from "../../../_lib/session";
import { hasTrpcCode } from "../../../_lib/trpc-errors";

type Props = { params: Promise<{ versionId: string }> };

const loadReview = cache(async (versionId: string): Promise<VersionReview | "forbidden"> => {
  try {
    return await api.moderation.version.get({ versionId });
  } catch (error) {
    if (hasTrpcCode(error, "FORBIDDEN")) return "forbidden";
    if (hasTrpcCode(error, "NOT_FOUND", "BAD_REQUEST")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { versionId } = await params;
  try {
    const review = await loadReview(versionId);
    return { title: review === "forbidden" ? "Review" : `Review ${review.module.name} ${review.version.version}` };
  } catch {
    return { title: "Review" };
  }
}

const DECISIONS: Record<string, string> = {
  APPROVE: "Approved",
  REJECT: "Rejected",
  YANK: "Yanked",
  TAKE_DOWN: "Took the module down",
  RESTORE_MODULE: "Restored the module",
  HIDE_REVIEW: "Hid a review",
  RESTORE_REVIEW: "Restored a review",
};

function Section({ id, title, description, children }: { id: string; title: ReactNode; description?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={cn(CARD_CLASSES, "space-y-4 p-5")}>
      <div>
        <h2 id={id} className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
          {title}
        </h2>
        {description ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

function Disclosure({ summary, children, open }: { summary: ReactNode; children: ReactNode; open?: boolean }) {
  return (
    <details open={open} className="group rounded-lg ring-1 ring-zinc-200 dark:ring-zinc-800">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium text-zinc-900 hover:bg-zinc-50 dark:text-zinc-100 dark:hover:bg-zinc-800/50 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 shrink-0 transition-transform group-open:rotate-90">
          <path fillRule="evenodd" d="M7.2 14.8a.75.75 0 0 1 0-1.06L10.94 10 7.2 6.26a.75.75 0 1 1 1.06-1.06l4.27 4.27a.75.75 0 0 1 0 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0Z" clipRule="evenodd" />
        </svg>
        {summary}
      </summary>
      <div className="space-y-3 border-t border-zinc-200 p-3 dark:border-zinc-800">{children}</div>
    </details>
  );
}

export default async function VersionReviewPage({ params }: Props) {
  const { versionId } = await params;
  const me = await requireMe(`/moderation/versions/${versionId}`);
  if (me.platformRole !== "MODERATOR" && me.platformRole !== "ADMIN") {
    forbidIfSupported();
    return <NotAModerator />;
  }
  const review = await loadReview(versionId);
  if (review === "forbidden") {
    forbidIfSupported();
    return <NotAModerator />;
  }
  const { version: v, module, publisher, diff, decisions } = review;
  const counts = countChecks(v.checkReport);
  const summary = summarizeChecks(v.checkReport);
  const added = new Set(diff.permissions.added);
  const addedMigrations = new Set(diff.migrations.added);
  const required = v.permissions.filter((p) => !p.isOptional);
  const optional = v.permissions.filter((p) => p.isOptional);

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/moderation", label: "Review queue" }, { label: `${module.name} ${v.version}` }]} />

      <header className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <ModuleIcon name={module.name} iconUrl={module.iconUrl} size="lg" />
        <div className="min-w-0 flex-1 space-y-2">
          <h1 className="flex flex-wrap items-center gap-x-3 gap-y-1 text-2xl font-semibold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
            <span>{module.name}</span>
            <span className="font-mono text-xl font-medium text-zinc-700 sm:text-2xl dark:text-zinc-300">{v.version}</span>
            <VersionStateBadge state={v.state} />
            {module.status === "TAKEN_DOWN" ? <Badge tone="danger">Module taken down</Badge> : null}
            {module.status === "DRAFT" ? <Badge tone="accent">New module</Badge> : null}
          </h1>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
            <span className="inline-flex items-center gap-1">
              by <PublisherName name={publisher.name} isVerified={publisher.isVerified} className="font-medium text-zinc-800 dark:text-zinc-200" />
            </span>
            <span aria-hidden="true">·</span>
            <span>
              submitted <RelativeTime date={v.submittedAt} />
            </span>
            <span aria-hidden="true">·</span>
            <span>{formatPrice(module.price)}</span>
            <span aria-hidden="true">·</span>
            <span>{formatBytes(v.sizeBytes)}</span>
            <span aria-hidden="true">·</span>
            <Link href={`/modules/${module.slug}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
              Listing page
            </Link>
          </p>
          <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">{module.summary}</p>
          <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
            SHA-256 <code className="font-mono break-all text-zinc-800 dark:text-zinc-200">{v.sha256}</code>
            <CopyButton value={v.sha256} label="SHA-256" />
          </p>
        </div>
      </header>

      {v.state === "REJECTED" && v.rejectionReason ? (
        <Notice tone="danger" title="Rejected">
          <p>{v.rejectionReason}</p>
        </Notice>
      ) : null}
      {v.state === "YANKED" && v.yankReason ? (
        <Notice tone="danger" title="Yanked">
          <p>{v.yankReason}</p>
        </Notice>
      ) : null}

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="order-2 min-w-0 space-y-6 lg:order-1">
          <Section
            id="checks-heading"
            title="Automated checks"
            description={
              counts.failed > 0
                ? `${counts.failed} of ${counts.total} checks failed. Failed checks are listed first.`
                : `${summary.text}.`
            }
          >
            <CheckList report={v.checkReport} />
          </Section>

          <Section id="diff-heading" title={diff.previousVersion ? `Changes since ${diff.previousVersion}` : "Changes"}>
            <VersionDiff diff={diff} permissions={v.permissions} />
          </Section>

          <Section id="access-heading" title="What it can access" description="Shown to tenants, in these words, before they install.">
            {v.permissions.length === 0 ? (
              <p className="text-sm text-zinc-700 dark:text-zinc-300">No permissions: it can&apos;t read or change workspace data.</p>
            ) : (
              <div className="space-y-4">
                {[
                  { title: "Required", list: required },
                  { title: "Optional (tenants may decline)", list: optional },
                ]
                  .filter((g) => g.list.length > 0)
                  .map((group) => (
                    <div key={group.title}>
                      <h3 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{group.title}</h3>
                      <ul role="list" className="mt-2 divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
                        {group.list.map((p) => (
                          <li key={p.name} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
                            <span className="text-zinc-900 dark:text-zinc-100">{p.description}</span>
                            <code className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{p.name}</code>
                            {added.has(p.name) ? <Badge tone="warning">New</Badge> : null}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
              </div>
            )}
            <div>
              <h3 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">Works with</h3>
              <ul role="list" className="mt-2 space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
                <li>
                  ADX Core <code className="font-mono">{v.coreRange}</code>
                </li>
                {v.dependencies.map((d) => (
                  <li key={d.slug}>
                    <code className="font-mono">{d.slug}</code> <code className="font-mono text-zinc-600 dark:text-zinc-400">{d.range}</code>
                    {d.isOptional ? <span className="text-xs text-zinc-600 dark:text-zinc-400"> (optional)</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          </Section>

          <Section
            id="migrations-heading"
            title="Migrations"
            description={v.migrations.length === 0 ? undefined : "The SQL that runs in each tenant's database on install (up) and uninstall or rollback (down)."}
          >
            {v.migrations.length === 0 ? (
              <p className="text-sm text-zinc-700 dark:text-zinc-300">No migrations: it doesn&apos;t change the database.</p>
            ) : (
              <div className="space-y-2">
                {v.migrations.map((m) => (
                  <div key={m.name} id={`migration-${encodeURIComponent(m.name)}`}>
                    <Disclosure
                      open={addedMigrations.has(m.name)}
                      summary={
                        <>
                          <code className="font-mono">{m.name}</code>
                          {addedMigrations.has(m.name) ? <Badge tone="warning">New</Badge> : null}
                          {m.down === null ? <Badge tone="caution">No down migration</Badge> : null}
                        </>
                      }
                    >
                      <div>
                        <p className="mb-1 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">Up</p>
                        <CodeBlock label={`${m.name} up migration`}>{m.up}</CodeBlock>
                      </div>
                      <div>
                        <p className="mb-1 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">Down</p>
                        {m.down === null ? (
                          <p className="text-sm text-zinc-700 dark:text-zinc-300">None: this migration can&apos;t be rolled back.</p>
                        ) : (
                          <CodeBlock label={`${m.name} down migration`}>{m.down}</CodeBlock>
                        )}
                      </div>
                    </Disclosure>
                  </div>
                ))}
              </div>
            )}
          </Section>

          <Section id="manifest-heading" title="Manifest" description="module.toml as submitted.">
            <CodeBlock label="module.toml">{v.manifestToml}</CodeBlock>
          </Section>

          <Section id="changelog-heading" title="Changelog">
            {v.changelog.trim() ? (
              <Markdown size="sm">{v.changelog}</Markdown>
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">The package has no changelog entry for {v.version}.</p>
            )}
            {v.readme.trim() ? (
              <Disclosure summary="README">
                <Markdown size="sm">{v.readme}</Markdown>
              </Disclosure>
            ) : null}
          </Section>

          <Section id="history-heading" title="Decision history" description="Moderation decisions on this module, newest first.">
            {decisions.length === 0 ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">No decisions yet: this is the module&apos;s first review.</p>
            ) : (
              <ol role="list" className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
                {decisions.map((d) => (
                  <li key={d.id} className="py-2.5">
                    <p className="flex flex-wrap items-baseline gap-x-2">
                      <span className="font-medium text-zinc-900 dark:text-zinc-100">{DECISIONS[d.action] ?? d.action}</span>
                      {d.version ? <code className="font-mono text-zinc-700 dark:text-zinc-300">{d.version}</code> : null}
                      <span className="text-zinc-600 dark:text-zinc-400">
                        by {d.moderatorName ?? "a moderator"}, <DateText date={d.createdAt} />
                      </span>
                    </p>
                    {d.reason ? <p className="mt-0.5 text-zinc-700 dark:text-zinc-300">{d.reason}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </Section>
        </div>

        <div className="order-1 lg:sticky lg:top-20 lg:order-2">
          <ReviewActions
            versionId={v.id}
            version={v.version}
            state={v.state}
            module={{ slug: module.slug, name: module.name, status: module.status }}
            hasFailedChecks={counts.failed > 0}
          />
        </div>
      </div>
    </div>
  );
}
