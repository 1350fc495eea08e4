"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { VersionState } from "~/components/api-types";
import { Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { ActionDialog } from "./action-dialog";
import { DangerTextButton, FieldError } from "./form-controls";

type Action = "submit" | "withdraw" | "deprecate" | "yank";

const DONE: Record<Action, string> = {
  submit: "Submitted for review. A moderator reviews submissions oldest first; you'll get a notification with the decision.",
  withdraw: "Withdrawn. The version is a draft again; submit it when you are ready.",
  deprecate: "Deprecated. Tenants are told to move to a newer version.",
  yank: "Yanked. Tenants can no longer install this version.",
};

/** What an author can do with a version in its current state, each confirmed where it matters. */
export function VersionActions({
  publisherSlug,
  moduleSlug,
  version,
  state,
  submitBlockedReason,
  submitNote = null,
}: {
  publisherSlug: string;
  moduleSlug: string;
  version: string;
  state: VersionState;
  /** Why "Submit for review" is unavailable (failed checks), or null. */
  submitBlockedReason: string | null;
  /** Something to know before submitting (shown under the button). */
  submitNote?: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const blockedId = useId();
  const [dialog, setDialog] = useState<Exclude<Action, "submit"> | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const transition = useMutation(
    trpc.publishing.version.transition.mutationOptions({
      onSuccess: (_result, variables) => {
        setDialog(null);
        setError(null);
        setDone(DONE[variables.action]);
        router.refresh();
      },
      onError: (e) => setError(parseAppError(e).message),
    }),
  );

  function run(action: Action, reason?: string) {
    setDone(null);
    setError(null);
    transition.mutate({ publisher: publisherSlug, moduleSlug, version, action, reason });
  }

  function open(action: Exclude<Action, "submit">) {
    setDone(null);
    setError(null);
    setDialog(action);
  }

  const isPending = transition.isPending;
  const pendingAction = isPending ? transition.variables?.action : null;

  return (
    <div className="flex flex-col items-start gap-2">
      <div className="flex flex-wrap gap-2">
        {state === "DRAFT" ? (
          <Button
            size="sm"
            onClick={() => {
              if (!submitBlockedReason && !isPending) run("submit");
            }}
            // aria-disabled, not disabled: it stays focusable so the reason it is unavailable can be read.
            aria-disabled={submitBlockedReason || isPending ? true : undefined}
            aria-describedby={(submitBlockedReason ?? submitNote) ? blockedId : undefined}
            className={submitBlockedReason ? "hover:bg-indigo-600" : undefined}
          >
            {pendingAction === "submit" ? (
              <>
                <Spinner className="size-3.5" /> Submitting…
              </>
            ) : (
              "Submit for review"
            )}
            <span className="sr-only"> version {version}</span>
          </Button>
        ) : null}
        {state === "SUBMITTED" ? (
          <Button size="sm" variant="secondary" onClick={() => open("withdraw")} disabled={isPending}>
            Withdraw<span className="sr-only"> version {version}</span>
          </Button>
        ) : null}
        {state === "PUBLISHED" ? (
          <Button size="sm" variant="secondary" onClick={() => open("deprecate")} disabled={isPending}>
            Deprecate<span className="sr-only"> version {version}</span>
          </Button>
        ) : null}
        {state === "PUBLISHED" || state === "DEPRECATED" ? (
          <DangerTextButton outlined onClick={() => open("yank")} disabled={isPending}>
            Yank…<span className="sr-only"> version {version}</span>
          </DangerTextButton>
        ) : null}
        {state === "REJECTED" || state === "YANKED" || state === "APPROVED" ? (
          <span className="text-xs text-zinc-600 dark:text-zinc-400">No actions</span>
        ) : null}
      </div>

      {state === "DRAFT" && (submitBlockedReason ?? submitNote) ? (
        <p id={blockedId} className="max-w-[16rem] text-xs text-zinc-600 dark:text-zinc-400">
          {submitBlockedReason ?? submitNote}
        </p>
      ) : null}

      <div aria-live="polite" className="max-w-[18rem] text-xs">
        {done ? <p className="text-green-800 dark:text-green-300">{done}</p> : null}
        {error && dialog === null ? <FieldError>{error}</FieldError> : null}
      </div>

      <ActionDialog
        open={dialog === "withdraw"}
        onClose={() => setDialog(null)}
        title={`Withdraw version ${version} from review?`}
        confirmLabel="Withdraw"
        pendingLabel="Withdrawing…"
        isPending={isPending}
        error={dialog === "withdraw" ? error : null}
        onConfirm={() => run("withdraw")}
      >
        <p>It leaves the review queue and becomes a draft again. If you submit it later, it joins the end of the queue.</p>
      </ActionDialog>

      <ActionDialog
        open={dialog === "deprecate"}
        onClose={() => setDialog(null)}
        title={`Deprecate version ${version}?`}
        confirmLabel="Deprecate"
        pendingLabel="Deprecating…"
        isPending={isPending}
        error={dialog === "deprecate" ? error : null}
        onConfirm={() => run("deprecate")}
      >
        <p>
          The version is marked deprecated, so tenants are steered to a newer one. Existing installs keep working. You can&apos;t undo
          this; you can still yank it later.
        </p>
      </ActionDialog>

      <ActionDialog
        open={dialog === "yank"}
        onClose={() => setDialog(null)}
        title={`Yank version ${version}?`}
        confirmLabel="Yank version"
        pendingLabel="Yanking…"
        confirmVariant="danger"
        isPending={isPending}
        error={dialog === "yank" ? error : null}
        reason={{
          label: "Reason",
          hint: "Tenants and moderators see this, for example “Data loss bug in the invoice export; use 2.1.1”.",
        }}
        onConfirm={(reason) => run("yank", reason)}
      >
        <p>
          Tenants can no longer install this version; existing installs keep working. Yanking can&apos;t be undone — to ship a fix,
          upload a new version.
        </p>
      </ActionDialog>
    </div>
  );
}
