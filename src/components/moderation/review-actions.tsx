"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { VersionState } from "~/components/api-types";
import { ActionDialog } from "~/components/publishing/action-dialog";
import { DangerTextButton, FieldError } from "~/components/publishing/form-controls";
import { Button } from "~/components/ui/button";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";

type Dialog = "approve" | "reject" | "yank" | "take-down" | "restore";

/** A moderator's decisions on a version (and its module), each confirmed, with the outcome announced. */
export function ReviewActions({
  versionId,
  version,
  state,
  module,
  hasFailedChecks,
}: {
  versionId: string;
  version: string;
  state: VersionState;
  module: { slug: string; name: string; status: "DRAFT" | "PUBLISHED" | "TAKEN_DOWN" };
  hasFailedChecks: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ message: string; backToQueue: boolean } | null>(null);
  const label = `${module.name} ${version}`;

  const onError = (e: unknown) => setError(parseAppError(e).message);
  const finish = (message: string, backToQueue = false) => {
    setDialog(null);
    setError(null);
    setDone({ message, backToQueue });
    router.refresh();
  };

  const moderate = useMutation(
    trpc.moderation.version.moderate.mutationOptions({
      onSuccess: (_r, v) =>
        finish(
          v.action === "approve"
            ? `Approved: ${label} is published and tenants can install it now.`
            : v.action === "reject"
              ? `Rejected: the author was notified with your reason.`
              : `Yanked: tenants can no longer install ${label}.`,
          v.action !== "yank",
        ),
      onError,
    }),
  );
  const takeDown = useMutation(
    trpc.moderation.module.setTakenDown.mutationOptions({
      onSuccess: (_r, v) =>
        finish(v.takenDown ? `${module.name} was taken down and is hidden from the marketplace.` : `${module.name} was restored.`),
      onError,
    }),
  );
  const isPending = moderate.isPending || takeDown.isPending;

  function open(d: Dialog) {
    setError(null);
    setDone(null);
    setDialog(d);
  }

  const canDecide = state === "SUBMITTED";
  const canYank = state === "PUBLISHED" || state === "DEPRECATED";

  return (
    <section aria-labelledby="decision-heading" className={cn(CARD_CLASSES, "space-y-4 p-5")}>
      <h2 id="decision-heading" className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
        Decision
      </h2>

      {canDecide ? (
        <div className="space-y-2">
          {hasFailedChecks ? (
            <p className="text-sm text-red-800 dark:text-red-200">Some automated checks failed. Read them before approving.</p>
          ) : null}
          <Button className="w-full" onClick={() => open("approve")} disabled={isPending}>
            Approve and publish
          </Button>
          <Button className="w-full" variant="secondary" onClick={() => open("reject")} disabled={isPending}>
            Reject…
          </Button>
        </div>
      ) : canYank ? (
        <DangerTextButton outlined size="md" className="w-full" onClick={() => open("yank")} disabled={isPending}>
          Yank this version…
        </DangerTextButton>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {state === "DRAFT"
            ? "The author withdrew this version; it is a draft again."
            : state === "REJECTED"
              ? "This version was rejected."
              : state === "YANKED"
                ? "This version was yanked."
                : "There is nothing to decide for this version."}
        </p>
      )}

      <div className="border-t border-zinc-100 pt-4 dark:border-zinc-800">
        <p className="mb-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">Whole module</p>
        {module.status === "TAKEN_DOWN" ? (
          <Button className="w-full" variant="secondary" onClick={() => open("restore")} disabled={isPending}>
            Restore module
          </Button>
        ) : (
          <DangerTextButton size="md" className="w-full" onClick={() => open("take-down")} disabled={isPending}>
            Take module down…
          </DangerTextButton>
        )}
      </div>

      <div aria-live="polite" className="space-y-2 text-sm">
        {done ? (
          <div className="rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-green-900 dark:border-green-500/40 dark:bg-green-500/10 dark:text-green-100">
            <p>{done.message}</p>
            {done.backToQueue ? (
              <Link href="/moderation" className="mt-1 inline-block font-medium text-green-900 underline underline-offset-2 dark:text-green-100">
                Back to the queue
              </Link>
            ) : null}
          </div>
        ) : null}
        {error && dialog === null ? <FieldError>{error}</FieldError> : null}
      </div>

      <ActionDialog
        open={dialog === "approve"}
        onClose={() => setDialog(null)}
        title={`Approve and publish ${label}?`}
        confirmLabel="Approve and publish"
        pendingLabel="Publishing…"
        isPending={isPending}
        error={dialog === "approve" ? error : null}
        onConfirm={() => moderate.mutate({ versionId, action: "approve" })}
      >
        <p>
          It is published at once: every tenant can install it{module.status === "DRAFT" ? ", and the listing appears in the marketplace" : ""}.
          The author is notified.
        </p>
        {hasFailedChecks ? <p className="font-medium text-red-800 dark:text-red-200">Some automated checks failed.</p> : null}
      </ActionDialog>

      <ActionDialog
        open={dialog === "reject"}
        onClose={() => setDialog(null)}
        title={`Reject ${label}?`}
        confirmLabel="Reject version"
        pendingLabel="Rejecting…"
        confirmVariant="danger"
        isPending={isPending}
        error={dialog === "reject" ? error : null}
        reason={{
          label: "Reason for the author",
          hint: "The author sees this reason. Say what to change, for example “The invoices.write permission isn't used; remove it”.",
        }}
        onConfirm={(reason) => moderate.mutate({ versionId, action: "reject", reason })}
      >
        <p>The version is not published. The author can upload a fixed version with a higher version number.</p>
      </ActionDialog>

      <ActionDialog
        open={dialog === "yank"}
        onClose={() => setDialog(null)}
        title={`Yank ${label}?`}
        confirmLabel="Yank version"
        pendingLabel="Yanking…"
        confirmVariant="danger"
        isPending={isPending}
        error={dialog === "yank" ? error : null}
        reason={{ label: "Reason", hint: "The author and tenants see this reason." }}
        onConfirm={(reason) => moderate.mutate({ versionId, action: "yank", reason })}
      >
        <p>Tenants can no longer install this version; existing installs keep working. This can&apos;t be undone.</p>
      </ActionDialog>

      <ActionDialog
        open={dialog === "take-down"}
        onClose={() => setDialog(null)}
        title={`Take ${module.name} down?`}
        confirmLabel="Take module down"
        pendingLabel="Taking down…"
        confirmVariant="danger"
        isPending={isPending}
        error={dialog === "take-down" ? error : null}
        reason={{ label: "Reason", hint: "The author sees this reason on their listing." }}
        onConfirm={(reason) => takeDown.mutate({ slug: module.slug, takenDown: true, reason })}
      >
        <p>
          The whole module leaves the marketplace: nobody can find or install it, and the author can&apos;t upload new versions. Workspaces
          that installed it keep it. You can restore it later.
        </p>
      </ActionDialog>

      <ActionDialog
        open={dialog === "restore"}
        onClose={() => setDialog(null)}
        title={`Restore ${module.name}?`}
        confirmLabel="Restore module"
        pendingLabel="Restoring…"
        isPending={isPending}
        error={dialog === "restore" ? error : null}
        onConfirm={() => takeDown.mutate({ slug: module.slug, takenDown: false })}
      >
        <p>It returns to the marketplace with its published versions (or as a draft if it has none), and the author is notified.</p>
      </ActionDialog>
    </section>
  );
}
