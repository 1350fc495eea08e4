import type { Metadata } from "next";
import Link from "next/link";
import { pluralize } from "~/components/catalog/format";
import { ModerationNav } from "~/components/moderation/moderation-nav";
import { NotAModerator } from "~/components/moderation/not-a-moderator";
import { SectionTabs } from "~/components/publishing/section-tabs";
import { FlaggedReviewActions, ModerationOutcome } from "~/components/reviews/flagged-review-actions";
import { RatingStars } from "~/components/reviews/star-rating";
import type { FlaggedReview } from "~/components/reviews/types";
import { Badge } from "~/components/ui/badge";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination, rangeText } from "~/components/ui/pagination";
import { DateText, RelativeTime } from "~/components/ui/time";
import { api } from "~/trpc/server";
import { forbidIfSupported } from "../../_lib/forbidden";
import { firstParam, parsePage, type SearchParams } from "../../_lib/search-params";
import { requireMe } from "../../_lib/session";
import { hasTrpcCode } from "../../_lib/trpc-errors";

export const metadata: Metadata = { title: "Flagged reviews" };

const PER_PAGE = 20;

const hrefFor = (status: "open" | "hidden", page = 1) => {
  const params = new URLSearchParams();
  if (status === "hidden") params.set("status", "hidden");
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/moderation/reviews?${query}` : "/moderation/reviews";
};

function FlaggedReviewCard({ review }: { review: FlaggedReview }) {
  const open = review.flags.filter((f) => !f.isResolved);
  return (
    <article className="space-y-3 p-5" data-testid="flagged-review" aria-labelledby={`flagged-${review.id}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 id={`flagged-${review.id}`} className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
          {review.reviewerName} on{" "}
          <Link href={`/modules/${review.module.slug}#review-${review.id}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
            {review.module.name}
          </Link>
        </h2>
        <RatingStars rating={review.rating} />
        {review.isHidden ? <Badge tone="danger">Hidden</Badge> : <Badge tone="success">Visible</Badge>}
        {review.openFlagCount > 0 ? <Badge tone="warning">{pluralize(review.openFlagCount, "open report")}</Badge> : null}
        <span className="text-sm text-zinc-600 dark:text-zinc-400">
          {review.version ? `Version ${review.version} · ` : ""}written <DateText date={review.createdAt} />
        </span>
      </div>
      <blockquote className="rounded-lg bg-zinc-50 px-4 py-3 text-sm leading-6 whitespace-pre-line text-zinc-800 dark:bg-zinc-800/50 dark:text-zinc-200">
        {review.body}
      </blockquote>
      {review.isHidden && review.hiddenReason ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          <span className="font-medium">Hidden because:</span> {review.hiddenReason}
        </p>
      ) : null}
      {review.flags.length > 0 ? (
        <div>
          <h3 className="text-sm font-medium text-zinc-900 dark:text-zinc-100">{open.length > 0 ? "Reports" : "Earlier reports (closed)"}</h3>
          <ul role="list" className="mt-1 space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
            {review.flags.map((f, i) => (
              <li key={i} className={cn(f.isResolved && "text-zinc-500 dark:text-zinc-500")}>
                “{f.reason}” — {f.reporterName}, <RelativeTime date={f.createdAt} />
                {f.isResolved ? <span className="sr-only"> (closed)</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {review.lastDecision ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Last decision: {review.lastDecision.action === "HIDE_REVIEW" ? "hidden" : "restored"} by {review.lastDecision.moderatorName},{" "}
          <RelativeTime date={review.lastDecision.createdAt} />
          {review.lastDecision.reason ? ` — “${review.lastDecision.reason}”` : ""}
        </p>
      ) : null}
      <FlaggedReviewActions
        reviewId={review.id}
        reviewerName={review.reviewerName}
        moduleName={review.module.name}
        isHidden={review.isHidden}
        openFlagCount={review.openFlagCount}
      />
    </article>
  );
}

export default async function FlaggedReviewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireMe("/moderation/reviews");
  if (me.platformRole !== "MODERATOR" && me.platformRole !== "ADMIN") {
    forbidIfSupported();
    return <NotAModerator />;
  }
  const params = await searchParams;
  const status = firstParam(params.status) === "hidden" ? "hidden" : "open";
  const page = parsePage(params.page);
  let result;
  try {
    result = await api.moderation.review.findFlagged({ status, page, perPage: PER_PAGE });
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
        title="Flagged reviews"
        description="Reviews people reported, most reported first. Hide the ones that break the rules, or keep them visible; either way give a reason."
      />
      <ModerationNav current="reviews" openReports={result.openCount} />
      <SectionTabs
        label="Which reviews"
        current={status}
        items={[
          { key: "open", href: hrefFor("open"), label: "Open reports", count: result.openCount },
          { key: "hidden", href: hrefFor("hidden"), label: "Hidden", count: result.hiddenCount },
        ]}
      />
      <ModerationOutcome>
        {result.data.length === 0 ? (
          result.count === 0 ? (
            status === "open" ? (
              <EmptyState title="No open reports">
                When someone reports a review, it appears here. Hidden reviews are under{" "}
                <Link href={hrefFor("hidden")} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                  Hidden
                </Link>
                .
              </EmptyState>
            ) : (
              <EmptyState title="No hidden reviews">Reviews you hide appear here, so you can restore them later.</EmptyState>
            )
          ) : (
            <EmptyState title="There is nothing on this page">The list ends on page {result.totalPages}.</EmptyState>
          )
        ) : (
          <>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {rangeText({ currentPage: result.currentPage, perPage: result.perPage, count: result.count, noun: ["review", "reviews"] })}
            </p>
            <ol role="list" className={cn(CARD_CLASSES, "divide-y divide-zinc-100 dark:divide-zinc-800")}>
              {result.data.map((review) => (
                <li key={review.id}>
                  <FlaggedReviewCard review={review} />
                </li>
              ))}
            </ol>
          </>
        )}
      </ModerationOutcome>
      <Pagination currentPage={result.currentPage} totalPages={result.totalPages} hrefForPage={(p) => hrefFor(status, p)} />
    </div>
  );
}
