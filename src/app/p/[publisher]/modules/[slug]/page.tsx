import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatPrice, pluralize } from "~/components/catalog/format";
import { Breadcrumbs } from "~/components/publishing/breadcrumbs";
import { ListingForm } from "~/components/publishing/listing-form";
import { MediaManager } from "~/components/publishing/media-manager";
import { PackageUpload } from "~/components/publishing/package-upload";
import { SectionTabs } from "~/components/publishing/section-tabs";
import { VersionsTable } from "~/components/publishing/versions-table";
import { Badge, type BadgeTone } from "~/components/ui/badge";
import { buttonClasses } from "~/components/ui/button";
import { ModuleIcon } from "~/components/ui/module-icon";
import { Notice } from "~/components/ui/notice";
import { Stars } from "~/components/ui/stars";
import { env } from "~/env";
import { api } from "~/trpc/server";
import { firstParam, type SearchParams } from "../../../../_lib/search-params";
import { hasTrpcCode } from "../../../../_lib/trpc-errors";
import { loadMyPublisher } from "../../../_lib/publisher";

type Props = { params: Promise<{ publisher: string; slug: string }>; searchParams: Promise<SearchParams> };

const loadAuthorModule = cache(async (publisher: string, slug: string) => {
  try {
    return await api.publishing.module.get({ publisher, slug });
  } catch (error) {
    if (hasTrpcCode(error, "NOT_FOUND", "BAD_REQUEST", "UNAUTHORIZED")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { publisher, slug } = await params;
  try {
    const module = await loadAuthorModule(publisher, slug);
    return { title: `${module.name} · Your module` };
  } catch {
    return { title: "Module" };
  }
}

const STATUS: Record<"DRAFT" | "PUBLISHED" | "TAKEN_DOWN", { label: string; tone: BadgeTone }> = {
  PUBLISHED: { label: "Listed", tone: "success" },
  DRAFT: { label: "Draft", tone: "neutral" },
  TAKEN_DOWN: { label: "Taken down", tone: "danger" },
};

export default async function AuthorModulePage({ params, searchParams }: Props) {
  const { publisher: publisherSlug, slug } = await params;
  const tab = firstParam((await searchParams).tab) === "listing" ? "listing" : "versions";
  const base = `/p/${publisherSlug}/modules/${slug}`;
  const publisher = await loadMyPublisher(publisherSlug, base);
  const [module, categories] = await Promise.all([loadAuthorModule(publisherSlug, slug), api.catalog.findCategories()]);
  const status = STATUS[module.status];
  const latest = module.versions.find((v) => v.state === "PUBLISHED");
  const origin = env.APP_URL.replace(/\/$/, "");

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: `/p/${publisher.slug}`, label: publisher.name }, { label: module.name }]} />

      <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex min-w-0 items-center gap-4">
          <ModuleIcon name={module.name} iconUrl={module.iconUrl} size="lg" />
          <div className="min-w-0">
            <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
              {module.name}
              <Badge tone={status.tone}>{status.label}</Badge>
            </h1>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
              <span className="font-mono">{module.slug}</span>
              <span aria-hidden="true">·</span>
              <span>{module.category.name}</span>
              <span aria-hidden="true">·</span>
              <span>{formatPrice({ model: module.pricingModel, cents: module.priceCents, currency: "usd", interval: module.billingInterval })}</span>
              <span aria-hidden="true">·</span>
              <span>{pluralize(module.activeInstalls, "active install")}</span>
              {module.ratingCount > 0 ? (
                <>
                  <span aria-hidden="true">·</span>
                  <Stars average={module.ratingAverage} count={module.ratingCount} />
                </>
              ) : null}
              {latest ? (
                <>
                  <span aria-hidden="true">·</span>
                  <span>
                    Latest <span className="font-mono text-zinc-800 dark:text-zinc-200">{latest.version}</span>
                  </span>
                </>
              ) : null}
            </p>
          </div>
        </div>
        <Link href={`/modules/${module.slug}`} className={buttonClasses({ variant: "secondary", className: "shrink-0" })}>
          {module.status === "PUBLISHED" ? "View in catalog" : "Preview module page"}
        </Link>
      </div>

      {module.status === "DRAFT" ? (
        <Notice tone="info" title="Not in the catalog yet">
          <p>Its first version appears once a moderator approves it. Upload a package, check the report, then submit it for review.</p>
        </Notice>
      ) : module.status === "TAKEN_DOWN" ? (
        <Notice tone="danger" title="Taken down by a moderator">
          <p>Reason: {module.takenDownReason ?? "No reason was recorded."}</p>
          <p>
            It is hidden from the marketplace and new versions can&apos;t be uploaded. Workspaces that installed it keep it.
          </p>
        </Notice>
      ) : null}

      <SectionTabs
        label="Module sections"
        current={tab}
        items={[
          { key: "versions", href: base, label: "Versions", count: module.versions.length },
          { key: "listing", href: `${base}?tab=listing`, label: "Listing" },
        ]}
      />

      {tab === "versions" ? (
        <div className="space-y-8">
          <section aria-labelledby="upload-heading" className="space-y-3">
            <h2 id="upload-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              Upload a version
            </h2>
            <PackageUpload
              publisherSlug={publisher.slug}
              moduleSlug={module.slug}
              disabledReason={module.status === "TAKEN_DOWN" ? "This module was taken down, so new versions can't be uploaded." : null}
            />
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Or publish from your terminal:{" "}
              <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-[0.8rem] break-all text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100">
                npx adx-module publish package.tgz --url {origin} --token &lt;token&gt;
              </code>{" "}
              —{" "}
              <Link href={`/p/${publisher.slug}/tokens`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                create an API token
              </Link>
              .
            </p>
          </section>

          <section aria-labelledby="versions-heading" className="space-y-3">
            <h2 id="versions-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              Versions
            </h2>
            <VersionsTable versions={module.versions} publisherSlug={publisher.slug} moduleSlug={module.slug} />
          </section>
        </div>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="listing-heading" className="space-y-3">
            <h2 id="listing-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              Listing
            </h2>
            <ListingForm
              mode="edit"
              publisher={publisher}
              categories={categories.map((c) => ({ slug: c.slug, name: c.name }))}
              iconUrl={module.iconUrl}
              initial={{
                slug: module.slug,
                name: module.name,
                summary: module.summary,
                description: module.description,
                categorySlug: module.category.slug,
                tags: module.tags,
                pricingModel: module.pricingModel,
                priceCents: module.priceCents,
                billingInterval: module.billingInterval,
              }}
            />
          </section>
          <section aria-labelledby="media-heading" className="space-y-3">
            <h2 id="media-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              Icon and screenshots
            </h2>
            <MediaManager
              publisherSlug={publisher.slug}
              moduleSlug={module.slug}
              moduleName={module.name}
              iconUrl={module.iconUrl}
              screenshots={module.screenshots}
            />
          </section>
        </div>
      )}
    </div>
  );
}
