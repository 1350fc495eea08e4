"use client";

import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { FieldError, INPUT_CLASSES, LABEL_CLASSES } from "~/components/publishing/form-controls";
import { Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";

const REASONS = [
  "Spam or advertising",
  "Offensive or abusive",
  "Not about this module",
  "Shares personal information",
  "Something else",
] as const;
const OTHER = "Something else";

/**
 * Reporting a review to the moderators: a reason (one of a few, or in the reporter's words) in a
 * modal <dialog> (focus trapped, Escape closes, focus returns to the Report button).
 */
export function ReportDialog({
  open,
  onClose,
  reviewerName,
  isPending,
  error,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  reviewerName: string;
  isPending: boolean;
  error: string | null;
  onSubmit: (reason: string) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const detailsId = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const [details, setDetails] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [wasOpen, setWasOpen] = useState(open);

  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setChoice(null);
      setDetails("");
      setProblem(null);
    }
  }

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const text = details.trim();
    if (!choice) return setProblem("Choose what is wrong with this review.");
    if (choice === OTHER && text.length < 3) return setProblem("Say in a few words what is wrong with it.");
    onSubmit(text ? `${choice}: ${text}`.slice(0, 500) : choice);
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        if (isPending) e.preventDefault();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl bg-white p-0 text-left text-zinc-900 shadow-xl ring-1 ring-zinc-200 backdrop:bg-zinc-950/50 dark:bg-zinc-900 dark:text-zinc-100 dark:ring-zinc-700"
    >
      {open ? (
        <form onSubmit={handleSubmit} noValidate className="space-y-4 p-6" data-testid="report-dialog">
          <h2 id={titleId} className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            Report {reviewerName}&apos;s review?
          </h2>
          <p className="text-sm leading-6 text-zinc-700 dark:text-zinc-300">
            A moderator reads every report and hides reviews that break the rules. The reviewer isn&apos;t told who reported it.
          </p>
          <fieldset className="space-y-2">
            <legend className={LABEL_CLASSES}>What is wrong with it?</legend>
            {REASONS.map((r) => (
              <label key={r} className="flex items-center gap-2 text-sm text-zinc-800 dark:text-zinc-200">
                <input
                  type="radio"
                  name={`${titleId}-reason`}
                  value={r}
                  checked={choice === r}
                  onChange={() => {
                    setChoice(r);
                    setProblem(null);
                  }}
                  className="size-4 accent-indigo-600"
                />
                {r}
              </label>
            ))}
          </fieldset>
          <div className="space-y-1.5">
            <label htmlFor={detailsId} className={LABEL_CLASSES}>
              Details {choice === OTHER ? "" : <span className="font-normal text-zinc-600 dark:text-zinc-400">(optional)</span>}
            </label>
            <textarea id={detailsId} rows={3} maxLength={400} value={details} onChange={(e) => setDetails(e.target.value)} className={INPUT_CLASSES} />
          </div>
          <div aria-live="assertive">{problem ?? error ? <FieldError>{problem ?? error}</FieldError> : null}</div>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={onClose} disabled={isPending}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={isPending}>
              {isPending ? (
                <>
                  <Spinner className="size-4" />
                  Sending…
                </>
              ) : (
                "Send report"
              )}
            </Button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
