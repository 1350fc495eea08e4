"use client";

import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Button, type ButtonVariant } from "~/components/ui/button";
import { Spinner } from "~/components/ui/badge";
import { Field, FieldError, INPUT_CLASSES } from "./form-controls";

export const MIN_REASON_LENGTH = 10;

export type ReasonOptions = { label: string; hint?: ReactNode; placeholder?: string };

/**
 * A modal confirmation (the native <dialog>: it traps focus, closes on Escape and gives focus
 * back to the button that opened it). With `reason`, it asks for a reason of at least
 * MIN_REASON_LENGTH characters before it lets the action run.
 */
export function ActionDialog({
  open,
  onClose,
  title,
  children,
  confirmLabel,
  pendingLabel,
  confirmVariant = "primary",
  reason,
  isPending,
  error,
  onConfirm,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  confirmVariant?: ButtonVariant;
  reason?: ReasonOptions;
  isPending: boolean;
  error: string | null;
  onConfirm: (reason: string | undefined) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [text, setText] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [wasOpen, setWasOpen] = useState(open);

  // A fresh dialog each time it opens (adjusting state during render, not in an effect).
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setText("");
      setReasonError(null);
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
    if (reason) {
      const trimmed = text.trim();
      if (trimmed.length < MIN_REASON_LENGTH) {
        setReasonError(`Write at least ${MIN_REASON_LENGTH} characters (${trimmed.length} so far).`);
        event.currentTarget.querySelector("textarea")?.focus();
        return;
      }
      onConfirm(trimmed);
      return;
    }
    onConfirm(undefined);
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onClose={onClose}
      onCancel={(e) => {
        if (isPending) e.preventDefault(); // keep it open while the request runs
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl bg-white p-0 text-left text-zinc-900 shadow-xl ring-1 ring-zinc-200 backdrop:bg-zinc-950/50 dark:bg-zinc-900 dark:text-zinc-100 dark:ring-zinc-700"
    >
      {open ? (
        <form onSubmit={handleSubmit} noValidate className="space-y-4 p-6">
          <h2 id={titleId} className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            {title}
          </h2>
          {children ? (
            <div id={bodyId} className="space-y-2 text-sm leading-6 text-zinc-700 dark:text-zinc-300">
              {children}
            </div>
          ) : null}
          {reason ? (
            <Field
              label={reason.label}
              hint={reason.hint}
              error={reasonError}
              aside={
                <span className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400" aria-hidden="true">
                  {text.trim().length}/{MIN_REASON_LENGTH}+
                </span>
              }
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={4}
                  required
                  minLength={MIN_REASON_LENGTH}
                  maxLength={2000}
                  value={text}
                  placeholder={reason.placeholder}
                  onChange={(e) => {
                    setText(e.target.value);
                    if (reasonError && e.target.value.trim().length >= MIN_REASON_LENGTH) setReasonError(null);
                  }}
                  className={INPUT_CLASSES}
                />
              )}
            </Field>
          ) : null}
          <div aria-live="assertive">{error ? <FieldError>{error}</FieldError> : null}</div>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={onClose} disabled={isPending}>
              Cancel
            </Button>
            <Button type="submit" variant={confirmVariant} disabled={isPending}>
              {isPending ? (
                <>
                  <Spinner className="size-4" />
                  {pendingLabel ?? "Working…"}
                </>
              ) : (
                confirmLabel
              )}
            </Button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
