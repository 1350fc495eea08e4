"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Field, FieldError, INPUT_CLASSES } from "~/components/publishing/form-controls";
import { Badge, Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { DateText } from "~/components/ui/time";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { ReportDialog } from "./report-dialog";
import { RatingStars } from "./star-rating";
import type { ReviewItemData } from "./types";

const REPLY_MAX = 2000;

/** The publisher's answer under a review. */
export function ReviewReply({ reply }: { reply: NonNullable<ReviewItemData["reply"]> }) {
  return (
    <div data-testid="review-reply" className="mt-3 rounded-lg border-l-4 border-indigo-300 bg-zinc-50 px-4 py-3 dark:border-indigo-500/60 dark:bg-zinc-800/50">
      <p className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
        Reply from {reply.publisherName}
        <span className="font-normal text-zinc-600 dark:text-zinc-400">
          {" · "}
          <DateText date={reply.repliedAt} />
        </span>
      </p>
      <p className="mt-1 text-sm whitespace-pre-line text-zinc-700 dark:text-zinc-300">{reply.body}</p>
    </div>
  );
}

function ReplyForm({ reviewId, onDone, onCancel }: { reviewId: string; onDone: (message: string) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const reply = useMutation(
    trpc.reviews.reply.mutationOptions({
      onSuccess: () => onDone("Your reply is published, and the reviewer was notified."),
      onError: (e) => setError(parseAppError(e).message),
    }),
  );
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reply.isPending) return;
    if (body.trim().length < 2) return setError("Write a reply first.");
    reply.mutate({ reviewId, body });
  }
  return (
    <form onSubmit={handleSubmit} noValidate className="mt-3 space-y-3" data-testid="reply-form">
      <Field
        label="Your reply, as the publisher"
        hint="Shown under the review. You can reply once, and a reply can't be changed afterwards."
        error={error}
        aside={
          <span aria-hidden="true" className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
            {body.trim().length}/{REPLY_MAX}
          </span>
        }
      >
        {(props) => <textarea {...props} rows={3} maxLength={REPLY_MAX} value={body} disabled={reply.isPending} onChange={(e) => setBody(e.target.value)} className={INPUT_CLASSES} />}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={reply.isPending}>
          {reply.isPending ? (
            <>
              <Spinner className="size-4" />
              Posting…
            </>
          ) : (
            "Post reply"
          )}
        </Button>
        <Button size="sm" variant="secondary" onClick={onCancel} disabled={reply.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** One review in the list, with Reply (publisher members) and Report (anyone signed in). */
export function ReviewItem({
  review,
  canReply,
  canReport,
  onChanged,
}: {
  review: ReviewItemData;
  canReply: boolean;
  canReport: boolean;
  onChanged: (message: string) => void;
}) {
  const trpc = useTRPC();
  const titleId = useId();
  const [isReplying, setIsReplying] = useState(false);
  const [isReporting, setIsReporting] = useState(false);
  const [reportError, setReportError] = useState<string | null>(null);
  const flag = useMutation(
    trpc.reviews.flag.mutationOptions({
      onSuccess: () => {
        setIsReporting(false);
        onChanged("Thanks for the report. A moderator will look at the review.");
      },
      onError: (e) => setReportError(parseAppError(e).message),
    }),
  );

  return (
    <article id={`review-${review.id}`} aria-labelledby={titleId} data-testid="review" data-review-id={review.id} className="scroll-mt-24 py-5">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <RatingStars rating={review.rating} />
        <h3 id={titleId} className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
          {review.reviewerName}
        </h3>
        {review.isMine ? <Badge tone="accent">Your review</Badge> : null}
        <span className="text-sm text-zinc-600 dark:text-zinc-400">
          {review.version ? (
            <>
              Version <span className="font-mono">{review.version}</span>
              {" · "}
            </>
          ) : null}
          <DateText date={review.createdAt} />
        </span>
      </header>
      <p className="mt-2 text-sm leading-6 whitespace-pre-line text-zinc-800 dark:text-zinc-200">{review.body}</p>

      {review.reply ? <ReviewReply reply={review.reply} /> : null}

      {isReplying ? (
        <ReplyForm
          reviewId={review.id}
          onCancel={() => setIsReplying(false)}
          onDone={(message) => {
            setIsReplying(false);
            onChanged(message);
          }}
        />
      ) : null}

      <div className="mt-2 flex flex-wrap items-center gap-2">
        {canReply && !review.reply && !isReplying ? (
          <Button size="sm" variant="ghost" onClick={() => setIsReplying(true)}>
            Reply<span className="sr-only"> to {review.reviewerName}</span>
          </Button>
        ) : null}
        {canReport && !review.isMine ? (
          review.isFlaggedByMe ? (
            <span className="text-xs text-zinc-600 dark:text-zinc-400">You reported this review</span>
          ) : (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setReportError(null);
                setIsReporting(true);
              }}
            >
              Report<span className="sr-only"> {review.reviewerName}&apos;s review</span>
            </Button>
          )
        ) : null}
      </div>
      <ReportDialog
        open={isReporting}
        onClose={() => setIsReporting(false)}
        reviewerName={review.reviewerName}
        isPending={flag.isPending}
        error={reportError}
        onSubmit={(reason) => flag.mutate({ reviewId: review.id, reason })}
      />
      {reportError && !isReporting ? <FieldError>{reportError}</FieldError> : null}
    </article>
  );
}
