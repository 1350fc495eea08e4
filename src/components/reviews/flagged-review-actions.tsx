"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { ActionDialog } from "~/components/publishing/action-dialog";
import { DangerTextButton } from "~/components/publishing/form-controls";
import { Button } from "~/components/ui/button";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";

type Dialog = "hide" | "restore";

const OutcomeContext = createContext<(message: string) => void>(() => undefined);

/**
 * Where the outcome of a decision is said. It sits above the list, not in the review's row: the
 * row leaves the list when the page refreshes (a hidden review is no longer an open report), and
 * the message, and the keyboard focus, must not leave with it.
 */
export function ModerationOutcome({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <OutcomeContext.Provider value={setMessage}>
      <div ref={ref} tabIndex={-1} aria-live="polite" className="rounded-lg focus:outline-none" data-testid="moderation-outcome">
        {message ? (
          <p className="rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-500/40 dark:bg-green-500/10 dark:text-green-100">
            {message}
          </p>
        ) : null}
      </div>
      {children}
    </OutcomeContext.Provider>
  );
}

const ratingText = (r: { count: number; average: number }) =>
  r.count === 0 ? "it now has no visible reviews" : `it is now rated ${r.average.toFixed(1)} from ${r.count} ${r.count === 1 ? "review" : "reviews"}`;

/**
 * A moderator's decision on one reported or hidden review: hide it, restore it, or keep it
 * visible and close the reports, each with a required reason (recorded and, for hide and
 * restore, sent to the reviewer).
 */
export function FlaggedReviewActions({
  reviewId,
  reviewerName,
  moduleName,
  isHidden,
  openFlagCount,
}: {
  reviewId: string;
  reviewerName: string;
  moduleName: string;
  isHidden: boolean;
  openFlagCount: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const announce = useContext(OutcomeContext);
  const onError = (e: unknown) => setError(parseAppError(e).message);
  const finish = (message: string) => {
    setDialog(null);
    announce(message);
    router.refresh();
  };
  const hide = useMutation(
    trpc.moderation.review.hide.mutationOptions({
      onSuccess: (r) => finish(`Hidden. The review is off the ${moduleName} page and out of its rating: ${ratingText(r.rating)}.`),
      onError,
    }),
  );
  const restore = useMutation(
    trpc.moderation.review.restore.mutationOptions({
      onSuccess: (r) =>
        finish(
          isHidden
            ? `Restored. The review is back on the ${moduleName} page: ${ratingText(r.rating)}.`
            : `Kept visible. ${r.resolvedFlags === 1 ? "The report was" : `${r.resolvedFlags} reports were`} closed.`,
        ),
      onError,
    }),
  );
  const isPending = hide.isPending || restore.isPending;
  const open = (d: Dialog) => {
    setError(null);
    setDialog(d);
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {isHidden ? (
          <Button size="sm" variant="secondary" onClick={() => open("restore")} disabled={isPending}>
            Restore review…
          </Button>
        ) : (
          <DangerTextButton outlined onClick={() => open("hide")} disabled={isPending}>
            Hide review…
          </DangerTextButton>
        )}
        {!isHidden && openFlagCount > 0 ? (
          <Button size="sm" variant="secondary" onClick={() => open("restore")} disabled={isPending}>
            Keep visible…
          </Button>
        ) : null}
        {isHidden && openFlagCount > 0 ? (
          <Button size="sm" variant="secondary" onClick={() => open("hide")} disabled={isPending}>
            Keep hidden…
          </Button>
        ) : null}
      </div>
      <ActionDialog
        open={dialog === "hide"}
        onClose={() => setDialog(null)}
        title={isHidden ? `Keep ${reviewerName}'s review hidden?` : `Hide ${reviewerName}'s review?`}
        confirmLabel={isHidden ? "Keep hidden" : "Hide review"}
        pendingLabel="Hiding…"
        confirmVariant="danger"
        isPending={isPending}
        error={dialog === "hide" ? error : null}
        reason={{ label: "Reason", hint: "The reviewer sees this reason. Name the rule it breaks, for example “Advertises another product”." }}
        onConfirm={(reason) => hide.mutate({ reviewId, reason: reason ?? "" })}
      >
        <p>
          {isHidden
            ? "The review stays hidden and its open reports are closed."
            : `It disappears from the ${moduleName} page and its stars stop counting in the module's rating. The reviewer is told why. You can restore it later.`}
        </p>
      </ActionDialog>
      <ActionDialog
        open={dialog === "restore"}
        onClose={() => setDialog(null)}
        title={isHidden ? `Restore ${reviewerName}'s review?` : `Keep ${reviewerName}'s review visible?`}
        confirmLabel={isHidden ? "Restore review" : "Keep visible"}
        pendingLabel="Saving…"
        isPending={isPending}
        error={dialog === "restore" ? error : null}
        reason={{ label: "Reason", hint: isHidden ? "The reviewer sees this reason." : "Recorded with the decision; reporters are not notified." }}
        onConfirm={(reason) => restore.mutate({ reviewId, reason: reason ?? "" })}
      >
        <p>
          {isHidden
            ? `It returns to the ${moduleName} page and counts in the rating again.`
            : "The review stays on the page and its open reports are closed."}
        </p>
      </ActionDialog>
    </div>
  );
}
