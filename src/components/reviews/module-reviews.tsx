"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ActionDialog } from "~/components/publishing/action-dialog";
import { DangerTextButton, INPUT_CLASSES, LABEL_CLASSES, StatusMessage } from "~/components/publishing/form-controls";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { Notice } from "~/components/ui/notice";
import { rangeText } from "~/components/ui/pagination";
import { Skeleton } from "~/components/ui/skeleton";
import { DateText } from "~/components/ui/time";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { DEFAULT_REVIEW_FILTERS, type ReviewFilters, reviewsQueryInput } from "./query";
import { ReviewForm } from "./review-form";
import { ReviewItem, ReviewReply } from "./review-item";
import { RatingStars } from "./star-rating";
import type { MyReviewData, ReviewSort, ReviewViewer } from "./types";

const SORTS: { value: ReviewSort; label: string }[] = [
  { value: "newest", label: "Newest first" },
  { value: "highest", label: "Highest rated" },
  { value: "lowest", label: "Lowest rated" },
];

/**
 * The reviews part of a module page: the viewer's own review (or the form, or why they can't
 * review), then the visible reviews with sort, version and star filters and pagination. The page
 * prefetches the first page on the server; writes refresh the list and the page's statistics.
 */
export function ModuleReviews({ moduleSlug, moduleName, loginHref }: { moduleSlug: string; moduleName: string; loginHref: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<ReviewFilters>(DEFAULT_REVIEW_FILTERS);
  const [status, setStatus] = useState<string | null>(null);
  const query = useQuery({ ...trpc.reviews.find.queryOptions(reviewsQueryInput(moduleSlug, filters)), placeholderData: keepPreviousData });

  /** After any write: the list, the viewer's state and the server-rendered statistics. */
  const changed = (message: string) => {
    setStatus(message);
    void queryClient.invalidateQueries(trpc.reviews.find.pathFilter());
    router.refresh();
  };
  const setFilter = (patch: Partial<ReviewFilters>) => setFilters((f) => ({ ...f, ...patch, page: patch.page ?? 1 }));

  if (!query.data) {
    if (query.isError) {
      return (
        <Notice tone="danger" title="Reviews didn't load">
          <p>{parseAppError(query.error).message}</p>
          <Button size="sm" variant="secondary" className="mt-2" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </Notice>
      );
    }
    return (
      <div role="status" className="space-y-3">
        <span className="sr-only">Loading reviews…</span>
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-16 w-full" />
      </div>
    );
  }

  const { data: reviews, viewer, versions } = query.data;
  const isFiltered = filters.version !== null || filters.rating !== null;

  return (
    <div className="space-y-6">
      <StatusMessage tone="success" message={status} />
      <ViewerPanel moduleSlug={moduleSlug} moduleName={moduleName} viewer={viewer} loginHref={loginHref} onChanged={changed} />

      <div className="space-y-4">
        <ReviewControls filters={filters} versions={versions} onChange={setFilter} />
        <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite" data-testid="reviews-range">
          {rangeText({ currentPage: query.data.currentPage, perPage: query.data.perPage, count: query.data.count, noun: ["review", "reviews"] })}
        </p>
        {reviews.length === 0 ? (
          <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-8 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            {isFiltered ? (
              <>
                <p className="font-medium text-zinc-900 dark:text-zinc-100">No reviews match these filters.</p>
                <Button size="sm" variant="secondary" className="mt-3" onClick={() => setFilters(DEFAULT_REVIEW_FILTERS)}>
                  Show all reviews
                </Button>
              </>
            ) : (
              <>
                <p className="font-medium text-zinc-900 dark:text-zinc-100">No reviews yet.</p>
                <p className="mt-1">
                  {viewer.canReview && !viewer.myReview
                    ? "Your workspace uses it: be the first to say how it works for you."
                    : "Workspaces that use this module can review it."}
                </p>
              </>
            )}
          </div>
        ) : (
          <ol role="list" aria-busy={query.isPlaceholderData} className={cn("divide-y divide-zinc-200 dark:divide-zinc-800", query.isPlaceholderData && "opacity-60")}>
            {reviews.map((r) => (
              <li key={r.id}>
                <ReviewItem review={r} canReply={viewer.canReply} canReport={viewer.isSignedIn} onChanged={changed} />
              </li>
            ))}
          </ol>
        )}
        <ReviewPagination
          currentPage={query.data.currentPage}
          totalPages={query.data.totalPages}
          isPending={query.isPlaceholderData}
          onPage={(page) => setFilter({ page })}
        />
      </div>
    </div>
  );
}

function ReviewControls({
  filters,
  versions,
  onChange,
}: {
  filters: ReviewFilters;
  versions: { version: string; count: number }[];
  onChange: (patch: Partial<ReviewFilters>) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Sort and filter reviews">
      <div className="space-y-1">
        <label htmlFor={`${id}-sort`} className={LABEL_CLASSES}>
          Sort
        </label>
        <select id={`${id}-sort`} value={filters.sort} onChange={(e) => onChange({ sort: e.target.value as ReviewSort })} className={cn(INPUT_CLASSES, "w-auto")}>
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-version`} className={LABEL_CLASSES}>
          Version
        </label>
        <select id={`${id}-version`} value={filters.version ?? ""} onChange={(e) => onChange({ version: e.target.value || null })} className={cn(INPUT_CLASSES, "w-auto")}>
          <option value="">All versions</option>
          {versions.map((v) => (
            <option key={v.version} value={v.version}>
              {v.version} ({v.count})
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-rating`} className={LABEL_CLASSES}>
          Rating
        </label>
        <select
          id={`${id}-rating`}
          value={filters.rating ?? ""}
          onChange={(e) => onChange({ rating: e.target.value ? Number(e.target.value) : null })}
          className={cn(INPUT_CLASSES, "w-auto")}
        >
          <option value="">All ratings</option>
          {[5, 4, 3, 2, 1].map((n) => (
            <option key={n} value={n}>
              {n} {n === 1 ? "star" : "stars"}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function ReviewPagination({ currentPage, totalPages, isPending, onPage }: { currentPage: number; totalPages: number; isPending: boolean; onPage: (page: number) => void }) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Review pages" className="flex items-center justify-center gap-3">
      <Button size="sm" variant="secondary" disabled={currentPage <= 1 || isPending} onClick={() => onPage(currentPage - 1)}>
        <span aria-hidden="true">←</span> Previous
      </Button>
      <span className="text-sm text-zinc-700 tabular-nums dark:text-zinc-300">
        Page {currentPage} of {totalPages}
      </span>
      <Button size="sm" variant="secondary" disabled={currentPage >= totalPages || isPending} onClick={() => onPage(currentPage + 1)}>
        Next <span aria-hidden="true">→</span>
      </Button>
    </nav>
  );
}

/** What the viewer can do: write, see and edit their review, or read why they can't review. */
function ViewerPanel({
  moduleSlug,
  moduleName,
  viewer,
  loginHref,
  onChanged,
}: {
  moduleSlug: string;
  moduleName: string;
  viewer: ReviewViewer;
  loginHref: string;
  onChanged: (message: string) => void;
}) {
  const [isEditing, setIsEditing] = useState(false);
  const saved = (message: string) => {
    setIsEditing(false);
    onChanged(message);
  };

  if (isEditing && viewer.canReview) {
    return (
      <ReviewForm
        moduleSlug={moduleSlug}
        moduleName={moduleName}
        tenants={viewer.tenants}
        existing={viewer.myReview}
        onSaved={saved}
        onCancel={() => setIsEditing(false)}
      />
    );
  }
  if (viewer.myReview) {
    return <MyReview review={viewer.myReview} viewer={viewer} onEdit={() => setIsEditing(true)} onDeleted={onChanged} />;
  }
  if (viewer.canReview) {
    return (
      <div className={cn(CARD_CLASSES, "flex flex-wrap items-center justify-between gap-3 p-5")}>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">Your workspace uses {moduleName}. How is it working for you?</p>
        <Button onClick={() => setIsEditing(true)}>Write a review</Button>
      </div>
    );
  }
  if (viewer.cannotReviewReason === "SIGNED_OUT") {
    return (
      <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="cannot-review">
        <Link href={loginHref} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
          Sign in
        </Link>{" "}
        to write a review. Members of workspaces that use {moduleName} can review it.
      </p>
    );
  }
  return (
    <p className="rounded-lg bg-zinc-100 px-4 py-3 text-sm text-zinc-700 dark:bg-zinc-800/60 dark:text-zinc-300" data-testid="cannot-review">
      {viewer.cannotReviewMessage}
    </p>
  );
}

function MyReview({
  review,
  viewer,
  onEdit,
  onDeleted,
}: {
  review: MyReviewData;
  viewer: ReviewViewer;
  onEdit: () => void;
  onDeleted: (message: string) => void;
}) {
  const trpc = useTRPC();
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(
    trpc.reviews.delete.mutationOptions({
      onSuccess: () => {
        setIsConfirming(false);
        onDeleted("Your review was deleted.");
      },
      onError: (e) => setError(parseAppError(e).message),
    }),
  );
  return (
    <section id="your-review" aria-labelledby="your-review-heading" className={cn(CARD_CLASSES, "scroll-mt-24 space-y-3 p-5")} data-testid="my-review">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 id="your-review-heading" className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
          Your review
        </h3>
        <RatingStars rating={review.rating} />
        {review.isHidden ? <Badge tone="danger">Hidden by a moderator</Badge> : null}
        <span className="text-sm text-zinc-600 dark:text-zinc-400">
          {review.version ? `Version ${review.version} · ` : ""}for {review.tenant.name} · <DateText date={review.createdAt} />
        </span>
      </div>
      {review.isHidden ? (
        <Notice tone="warning" title="Only you can see this review">
          {review.hiddenReason ? <p>Reason: {review.hiddenReason}</p> : null}
          <p>It isn&apos;t shown on this page or counted in the rating. You can still edit or delete it.</p>
        </Notice>
      ) : null}
      <p className="text-sm leading-6 whitespace-pre-line text-zinc-800 dark:text-zinc-200">{review.body}</p>
      {review.reply ? <ReviewReply reply={review.reply} /> : null}
      {!viewer.canReview && viewer.cannotReviewMessage ? <p className="text-sm text-zinc-600 dark:text-zinc-400">Editing: {viewer.cannotReviewMessage}</p> : null}
      <div className="flex flex-wrap gap-2">
        {viewer.canReview ? (
          <Button size="sm" variant="secondary" onClick={onEdit}>
            Edit your review
          </Button>
        ) : null}
        <DangerTextButton
          onClick={() => {
            setError(null);
            setIsConfirming(true);
          }}
        >
          Delete…
        </DangerTextButton>
      </div>
      <ActionDialog
        open={isConfirming}
        onClose={() => setIsConfirming(false)}
        title="Delete your review?"
        confirmLabel="Delete review"
        pendingLabel="Deleting…"
        confirmVariant="danger"
        isPending={remove.isPending}
        error={error}
        onConfirm={() => remove.mutate({ id: review.id })}
      >
        <p>
          Your rating and text are removed from the page and the module&apos;s rating{review.reply ? ", together with the publisher's reply" : ""}. This
          can&apos;t be undone, but you can write a new review later.
        </p>
      </ActionDialog>
    </section>
  );
}
