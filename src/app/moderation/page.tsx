import type { Metadata } from "next";
import { pluralize } from "~/components/catalog/format";
import { ModerationNav } from "~/components/moderation/moderation-nav";
import { NotAModerator } from "~/components/moderation/not-a-moderator";
import { QueueItem } from "~/components/moderation/queue-item";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination, rangeText } from "~/components/ui/pagination";
import { api } from "~/trpc/server";
import { forbidIfSupported } from "../_lib/forbidden";
import { pageHref, parsePage, type SearchParams } from "../_lib/search-params";
import { requireMe } from "../_lib/session";
import { hasTrpcCode } from "../_lib/trpc-errors";

export const metadata: Metadata = { title: "Review queue" };

const PER_PAGE = 20;

export default async function ModerationQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireMe("/moderation");
  if (me.platformRole !== "MODERATOR" && me.platformRole !== "ADMIN") {
    forbidIfSupported();
    return <NotAModerator />;
  }

  const page = parsePage((await searchParams).page);
  let queue, flagged;
  try {
    [queue, flagged] = await Promise.all([
      api.moderation.findQueue({ page, perPage: PER_PAGE }),
      api.moderation.review.findFlagged({ status: "open", perPage: 1 }),
    ]);
  } catch (error) {
    if (hasTrpcCode(error, "FORBIDDEN")) {
      forbidIfSupported();
      return <NotAModerator />;
    }
    throw error;
  }

  return (
    <div className="space-y-6">
      <PageHeader
        title="Review queue"
        description={
          queue.count > 0
            ? `${pluralize(queue.count, "version")} waiting for review, oldest first.`
            : "Submitted versions wait here for a moderator, oldest first."
        }
      />
      <ModerationNav current="queue" openReports={flagged.openCount} />
      {queue.data.length === 0 ? (
        queue.count === 0 ? (
          <EmptyState title="Nothing to review — the queue is empty">
            New submissions appear here as soon as an author submits a version.
          </EmptyState>
        ) : (
          <EmptyState title="There is nothing on this page">The queue ends on page {queue.totalPages}.</EmptyState>
        )
      ) : (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {rangeText({ currentPage: queue.currentPage, perPage: queue.perPage, count: queue.count, noun: ["version", "versions"] })}
          </p>
          <ol role="list" className={cn(CARD_CLASSES, "divide-y divide-zinc-100 dark:divide-zinc-800")}>
            {queue.data.map((item) => (
              <li key={item.versionId}>
                <QueueItem item={item} />
              </li>
            ))}
          </ol>
        </>
      )}
      <Pagination currentPage={queue.currentPage} totalPages={queue.totalPages} hrefForPage={(p) => pageHref("/moderation", p)} />
    </div>
  );
}
