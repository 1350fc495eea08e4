"use client";

import { type FormEvent, type ReactNode, useEffect, useId, useRef } from "react";
import { Spinner } from "~/components/ui/badge";
import { Button, type ButtonVariant } from "~/components/ui/button";

/**
 * A modal confirmation built on the native <dialog>: `showModal()` makes the rest of the page
 * inert (focus stays inside), Escape closes it, and focus returns to the button that opened it.
 * The body (`children`) is rendered only while open, so its form state starts fresh each time.
 */
export function ConfirmDialog({
  open,
  onClose,
  title,
  children,
  confirmLabel,
  pendingLabel,
  confirmVariant = "primary",
  confirmDisabled = false,
  isPending,
  error,
  onConfirm,
  testId,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  confirmVariant?: ButtonVariant;
  /** The confirm button is unavailable (something blocks the action; the body says what). */
  confirmDisabled?: boolean;
  isPending: boolean;
  /** The server's message when the request failed, shown above the buttons. */
  error: string | null;
  onConfirm: () => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending || confirmDisabled) return;
    onConfirm();
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      data-testid={testId}
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
            <div id={bodyId} className="space-y-3 text-sm leading-6 text-zinc-700 dark:text-zinc-300">
              {children}
            </div>
          ) : null}
          <div aria-live="assertive">
            {error ? (
              <p data-testid="action-error" className="flex items-start gap-1 text-sm text-red-700 dark:text-red-300">
                <span aria-hidden="true">!</span>
                <span>{error}</span>
              </p>
            ) : null}
          </div>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={onClose} disabled={isPending}>
              Cancel
            </Button>
            <Button type="submit" variant={confirmVariant} disabled={isPending || confirmDisabled}>
              {isPending ? (
                <>
                  <Spinner className="size-4" />
                  {pendingLabel}
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
