import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { Suspense } from "react";
import type { AlsoInstalled, Me, ModuleCard, ModuleDetail } from "~/components/api-types";
import { formatBytes, formatNumber, formatPrice, pluralize } from "~/components/catalog/format";
import { type InstallState, InstallAction } from "~/components/catalog/install-action";
import { Markdown } from "~/components/catalog/markdown";
import { ModuleRecommendations, ModuleRecommendationsSkeleton } from "~/components/catalog/module-recommendations";
import { PublisherName } from "~/components/catalog/verified-badge";
import { ModuleReviews } from "~/components/reviews/module-reviews";
import { reviewsQueryInput } from "~/components/reviews/query";
import { RatingSummary } from "~/components/reviews/rating-summary";
import { VersionStateBadge } from "~/components/publishing/version-state-badge";
import { Badge } from "~/components/ui/badge";
import { buttonClasses } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { ModuleIcon } from "~/components/ui/module-icon";
import { Notice } from "~/components/ui/notice";
import { Stars } from "~/components/ui/stars";
import { DateText } from "~/components/ui/time";
import { api, getQueryClient, trpc } from "~/trpc/server";
import { getMe, loginHref } from "../../_lib/session";
import { loadModule } from "../../_lib/module";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const module = await loadModule(slug);
  return { title: module.name, description: module.summary };
}

async function installStateFor(me: Me | null, module: ModuleDetail): Promise<InstallState> {
  if (!me) return { kind: "signed-out", loginHref: loginHref(`/modules/${module.slug}`) };
  if (module.status === "TAKEN_DOWN") return { kind: "unavailable", reason: "This module was taken down and can't be installed." };
  if (module.status === "DRAFT") return { kind: "unavailable", reason: "Drafts can't be installed until a moderator approves a version." };
  if (!module.latestVersion) return { kind: "unavailable", reason: "There is no published version to install yet." };
  const tenant = me.tenants[0];
  if (!tenant) return { kind: "no-workspace" };
  const installations = await api.installs.findInstallations({ tenant: tenant.slug }).catch((error: unknown) => {
    unstable_rethrow(error);
    return []; // the page still works without the installed state
  });
  const installed = installations.find((i) => i.module.slug === module.slug);
  if (installed) {
    return {
      kind: "installed",
      tenantSlug: tenant.slug,
      tenantName: tenant.name,
      moduleSlug: module.slug,
      version: installed.version,
      updateTo: installed.isUpdateAvailable ? installed.latestVersion : null,
    };
  }
  return { kind: "installable", tenantSlug: tenant.slug, tenantName: tenant.name, moduleSlug: module.slug };
}

/** Recommendations stream in after the page: they never hold up the module itself, nor break it. */
async function Recommendations({ module }: { module: ModuleDetail }) {
  const [alsoInstalled, popular] = await Promise.all([
    api.search.recommendations.alsoInstalled({ slug: module.slug, limit: 3 }),
    api.search.recommendations.popularInCategory({ slug: module.slug, limit: 3 }),
  ]).catch((error: unknown) => {
    unstable_rethrow(error);
    return [[], []] satisfies [AlsoInstalled[], ModuleCard[]];
  });
  return <ModuleRecommendations moduleName={module.name} category={module.category} alsoInstalled={alsoInstalled} popular={popular} />;
}

export default async function ModulePage({ params }: Props) {
  const { slug } = await params;
  const [module, me] = await Promise.all([loadModule(slug), getMe()]);
  // The first page of reviews, fetched with the page so it renders with it (the list hydrates from it).
  const [install] = await Promise.all([
    installStateFor(me, module),
    getQueryClient().prefetchQuery(trpc.reviews.find.queryOptions(reviewsQueryInput(module.slug))),
  ]);
  const price = formatPrice(module.price);
  const requiredPermissions = module.permissions.filter((p) => !p.isOptional);
  const optionalPermissions = module.permissions.filter((p) => p.isOptional);

  return (
    <div className="space-y-10">
      {module.status === "TAKEN_DOWN" ? (
        <Notice tone="danger" title="This module was taken down">
          {module.takenDownReason ? <p>Reason: {module.takenDownReason}</p> : null}
          <p>It is hidden from the marketplace and can&apos;t be installed. Workspaces that already have it keep their data.</p>
        </Notice>
      ) : module.status === "DRAFT" ? (
        <Notice tone="warning" title="Draft listing">
          <p>Only its publisher and moderators can see this page. It appears in the marketplace once a moderator approves a version.</p>
        </Notice>
      ) : null}

      <section aria-labelledby="module-name" className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
          <ModuleIcon name={module.name} iconUrl={module.iconUrl} size="lg" />
          <div className="min-w-0 space-y-3">
            <div>
              <h1 id="module-name" className="text-3xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
                {module.name}
              </h1>
              <p className="mt-1 flex items-center gap-1 text-base text-zinc-600 dark:text-zinc-400">
                by <PublisherName name={module.publisher.name} isVerified={module.publisher.isVerified} className="font-medium text-zinc-800 dark:text-zinc-200" />
              </p>
            </div>
            <p className="max-w-2xl text-base text-zinc-700 dark:text-zinc-300">{module.summary}</p>
            <dl className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-zinc-600 dark:text-zinc-400">
              <div>
                <dt className="sr-only">Rating</dt>
                <dd>
                  <a href="#reviews-heading" className="rounded-md hover:opacity-80">
                    <Stars average={module.rating.average} count={module.rating.count} size="md" />
                  </a>
                </dd>
              </div>
              <div>
                <dt className="sr-only">Installs</dt>
                <dd>{pluralize(module.activeInstalls, "active install")}</dd>
              </div>
              <div>
                <dt className="sr-only">Category</dt>
                <dd>
                  <Link href={`/?category=${module.category.slug}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                    {module.category.name}
                  </Link>
                </dd>
              </div>
              {module.latestVersion ? (
                <div>
                  <dt className="inline">Latest version </dt>
                  <dd className="inline font-mono text-zinc-800 dark:text-zinc-200">{module.latestVersion}</dd>
                </div>
              ) : null}
            </dl>
          </div>
        </div>

        <Card className="h-fit space-y-4 p-5">
          <div>
            <p className="text-sm font-medium text-zinc-600 dark:text-zinc-400">Price</p>
            <p className="text-2xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">{price}</p>
            {module.price.model === "SUBSCRIPTION" ? (
              <p className="text-xs text-zinc-600 dark:text-zinc-400">Billed {module.price.interval === "YEAR" ? "yearly" : "monthly"}, cancel any time</p>
            ) : module.price.model === "ONE_TIME" ? (
              <p className="text-xs text-zinc-600 dark:text-zinc-400">One-time purchase per workspace</p>
            ) : null}
          </div>
          <InstallAction state={install} />
          {module.canEdit ? (
            <Link href={`/p/${module.publisher.slug}`} className={buttonClasses({ variant: "ghost", size: "sm", className: "w-full" })}>
              Manage in your publisher dashboard
            </Link>
          ) : null}
        </Card>
      </section>

      {module.screenshots.length > 0 ? (
        <section aria-labelledby="screenshots-heading">
          <h2 id="screenshots-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            Screenshots
          </h2>
          <ul role="list" className="mt-4 flex snap-x gap-4 relative overflow-x-auto pb-2">
            {module.screenshots.map((shot, i) => (
              <li key={shot.url} className="w-[min(85vw,32rem)] shrink-0 snap-start">
                <figure className="overflow-hidden rounded-xl bg-white ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-800">
                  <img
                    src={shot.url}
                    alt={shot.caption || `${module.name} screenshot ${i + 1}`}
                    loading="lazy"
                    decoding="async"
                    className="aspect-[16/10] w-full bg-zinc-100 object-cover dark:bg-zinc-800"
                  />
                  {shot.caption ? (
                    <figcaption className="px-4 py-3 text-sm text-zinc-600 dark:text-zinc-400">{shot.caption}</figcaption>
                  ) : null}
                </figure>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-10">
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              About {module.name}
            </h2>
            {module.description.trim() ? (
              <Markdown className="mt-4">{module.description}</Markdown>
            ) : (
              <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">The publisher hasn&apos;t written a description yet.</p>
            )}
          </section>

          <section aria-labelledby="versions-heading">
            <h2 id="versions-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              Versions
            </h2>
            {module.versions.length === 0 ? (
              <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">No version has been published yet.</p>
            ) : (
              <ol role="list" className="mt-4 space-y-3">
                {module.versions.map((v, i) => (
                  <li key={v.version}>
                    <details open={i === 0} className="group rounded-xl bg-white ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-800">
                      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 rounded-xl px-4 py-3 [&::-webkit-details-marker]:hidden">
                        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 text-zinc-500 transition-transform group-open:rotate-90">
                          <path fillRule="evenodd" d="M7.2 14.8a.75.75 0 0 1 0-1.06L10.94 10 7.2 6.26a.75.75 0 1 1 1.06-1.06l4.27 4.27a.75.75 0 0 1 0 1.06L8.26 14.8a.75.75 0 0 1-1.06 0Z" clipRule="evenodd" />
                        </svg>
                        <span className="font-mono font-semibold text-zinc-900 dark:text-zinc-50">{v.version}</span>
                        {v.version === module.latestVersion ? <Badge tone="accent">Latest</Badge> : null}
                        {v.state !== "PUBLISHED" ? <VersionStateBadge state={v.state} /> : null}
                        <span className="text-sm text-zinc-600 dark:text-zinc-400">
                          {v.publishedAt ? <DateText date={v.publishedAt} /> : "Not published"}
                          {" · "}
                          {formatBytes(v.sizeBytes)}
                        </span>
                      </summary>
                      <div className="space-y-3 border-t border-zinc-100 px-4 py-4 dark:border-zinc-800">
                        {v.state === "YANKED" ? (
                          <Notice tone="danger" title="Yanked: don't install this version">
                            {v.yankReason ?? "The publisher withdrew it."}
                          </Notice>
                        ) : v.state === "DEPRECATED" ? (
                          <Notice tone="warning" title="Deprecated">
                            {v.yankReason ?? "Still works, but the publisher recommends a newer version."}
                          </Notice>
                        ) : null}
                        <p className="text-sm text-zinc-600 dark:text-zinc-400">
                          Works with ADX Core <span className="font-mono text-zinc-800 dark:text-zinc-200">{v.coreRange}</span>
                        </p>
                        {v.changelog.trim() ? (
                          <Markdown size="sm">{v.changelog}</Markdown>
                        ) : (
                          <p className="text-sm text-zinc-600 dark:text-zinc-400">No changelog for this version.</p>
                        )}
                      </div>
                    </details>
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section aria-labelledby="reviews-heading" className="scroll-mt-24 space-y-6">
            <h2 id="reviews-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              Reviews
            </h2>
            <RatingSummary average={module.rating.average} count={module.rating.count} histogram={module.ratingHistogram} />
            <HydrationBoundary state={dehydrate(getQueryClient())}>
              <ModuleReviews moduleSlug={module.slug} moduleName={module.name} loginHref={loginHref(`/modules/${module.slug}`)} />
            </HydrationBoundary>
          </section>
        </div>

        <aside className="space-y-8" aria-label="Module details">
          <section aria-labelledby="access-heading">
            <h2 id="access-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              What it can access
            </h2>
            {module.permissions.length === 0 ? (
              <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">This module doesn&apos;t ask for access to any of your data.</p>
            ) : (
              <ul role="list" className="mt-3 space-y-3">
                {[...requiredPermissions, ...optionalPermissions].map((p) => (
                  <li key={p.name} className="flex gap-3">
                    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="mt-0.5 size-4 shrink-0 text-zinc-500 dark:text-zinc-400">
                      <path fillRule="evenodd" d="M10 1a4.5 4.5 0 0 0-4.5 4.5V9H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6a2 2 0 0 0-2-2h-.5V5.5A4.5 4.5 0 0 0 10 1Zm3 8V5.5a3 3 0 1 0-6 0V9h6Z" clipRule="evenodd" />
                    </svg>
                    <div className="min-w-0 text-sm">
                      <p className="text-zinc-800 dark:text-zinc-200">{p.description}</p>
                      <p className="mt-0.5 flex flex-wrap items-center gap-2">
                        <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{p.name}</span>
                        {p.isOptional ? <Badge>Optional</Badge> : null}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
            {optionalPermissions.length > 0 ? (
              <p className="mt-3 text-xs text-zinc-600 dark:text-zinc-400">Optional permissions are only used if you grant them when installing.</p>
            ) : null}
          </section>

          <section aria-labelledby="works-with-heading">
            <h2 id="works-with-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              Works with
            </h2>
            <ul role="list" className="mt-3 space-y-2 text-sm">
              {module.coreRange ? (
                <li className="text-zinc-800 dark:text-zinc-200">
                  ADX Core <span className="font-mono">{module.coreRange}</span>
                </li>
              ) : null}
              {module.dependencies.map((d) => (
                <li key={d.slug} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <Link href={`/modules/${d.slug}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                    {d.name ?? d.slug}
                  </Link>
                  <span className="font-mono text-zinc-600 dark:text-zinc-400">{d.range}</span>
                  {d.isOptional ? <Badge>Optional</Badge> : null}
                </li>
              ))}
            </ul>
            {module.dependencies.length === 0 ? (
              <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Needs no other modules.</p>
            ) : (
              <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">Required modules are installed with it, in the right order.</p>
            )}
          </section>

          {module.tags.length > 0 ? (
            <section aria-labelledby="tags-heading">
              <h2 id="tags-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
                Tags
              </h2>
              <ul role="list" className="mt-3 flex flex-wrap gap-2">
                {module.tags.map((tag) => (
                  <li key={tag}>
                    <Link href={`/modules?q=${encodeURIComponent(tag)}`} className="rounded-md hover:opacity-80" aria-label={`Search for modules tagged ${tag}`}>
                      <Badge>{tag}</Badge>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading" className="sr-only">
              Facts
            </h2>
            <dl className="grid grid-cols-2 gap-3 text-sm">
              <div>
                <dt className="text-zinc-600 dark:text-zinc-400">Total installs</dt>
                <dd className="font-medium text-zinc-900 tabular-nums dark:text-zinc-100">{formatNumber(module.installCount)}</dd>
              </div>
              <div>
                <dt className="text-zinc-600 dark:text-zinc-400">Updated</dt>
                <dd className="font-medium text-zinc-900 dark:text-zinc-100">
                  <DateText date={module.updatedAt} />
                </dd>
              </div>
              {module.publishedAt ? (
                <div>
                  <dt className="text-zinc-600 dark:text-zinc-400">Listed</dt>
                  <dd className="font-medium text-zinc-900 dark:text-zinc-100">
                    <DateText date={module.publishedAt} />
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>
        </aside>
      </div>

      {module.status === "PUBLISHED" ? (
        <Suspense fallback={<ModuleRecommendationsSkeleton />}>
          <Recommendations module={module} />
        </Suspense>
      ) : null}
    </div>
  );
}
