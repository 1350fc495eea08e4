import type { Metadata } from "next";
import { pluralize } from "~/components/catalog/format";
import { CollectionCard } from "~/components/collections/collection-card";
import { CollectionsOutcome } from "~/components/collections/collections-outcome";
import { NewCollectionForm } from "~/components/collections/new-collection-form";
import { ModerationNav } from "~/components/moderation/moderation-nav";
import { NotAModerator } from "~/components/moderation/not-a-moderator";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { api } from "~/trpc/server";
import { forbidIfSupported } from "../../_lib/forbidden";
import { requireMe } from "../../_lib/session";
import { hasTrpcCode } from "../../_lib/trpc-errors";

export const metadata: Metadata = { title: "Featured collections" };

/** Gap left between a new collection's order and the last one, so others can go in between. */
const ORDER_STEP = 10;

export default async function FeaturedCollectionsPage() {
  const me = await requireMe("/moderation/collections");
  if (me.platformRole !== "MODERATOR" && me.platformRole !== "ADMIN") {
    forbidIfSupported();
    return <NotAModerator />;
  }
  let collections, flagged;
  try {
    [collections, flagged] = await Promise.all([
      api.search.collections.findAll(),
      api.moderation.review.findFlagged({ status: "open", perPage: 1 }),
    ]);
  } catch (error) {
    if (hasTrpcCode(error, "FORBIDDEN")) {
      forbidIfSupported();
      return <NotAModerator />;
    }
    throw error;
  }

  const published = collections.filter((c) => c.isPublished).length;
  const suggestedOrder = collections.length === 0 ? 0 : Math.max(...collections.map((c) => c.sortOrder)) + ORDER_STEP;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Featured collections"
        description="Shelves of hand-picked modules on the home page, in the order you set. The home page shows published collections with at least one published module."
      />
      <ModerationNav current="collections" openReports={flagged.openCount} />
      <CollectionsOutcome>
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <section aria-labelledby="collections-heading" className="space-y-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="collections-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
                Collections
              </h2>
              {collections.length > 0 ? (
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  {pluralize(collections.length, "collection")}, {published} published · in home page order
                </p>
              ) : null}
            </div>
            {collections.length === 0 ? (
              <EmptyState title="No collections yet" headingLevel={3}>
                Create one with the form: give it a title, pick its modules in order, then publish it. Until a collection is published, the
                home page shows the modules marked as featured.
              </EmptyState>
            ) : (
              <ol role="list" className={cn(CARD_CLASSES, "divide-y divide-zinc-100 dark:divide-zinc-800")}>
                {collections.map((c) => (
                  <li key={c.id}>
                    <CollectionCard collection={c} />
                  </li>
                ))}
              </ol>
            )}
          </section>
          <div>
            <NewCollectionForm suggestedOrder={suggestedOrder} />
          </div>
        </div>
      </CollectionsOutcome>
    </div>
  );
}
