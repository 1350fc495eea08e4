"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { Installation } from "~/components/api-types";
import { DangerTextButton, INPUT_CLASSES, LABEL_CLASSES } from "~/components/publishing/form-controls";
import { Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { ConfirmDialog } from "./confirm-dialog";
import { jobHref } from "./hrefs";
import { newIdempotencyKey } from "./idempotency-key";

type Kind = "ACTIVATE" | "DEACTIVATE" | "ROLLBACK" | "UNINSTALL";
type DialogKind = Exclude<Kind, "ACTIVATE">;

/** "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * What an admin can do with one installed module: activate or deactivate it, roll it back to the
 * version it had before its last update, or uninstall it (keeping or deleting its data). Each
 * starts a job and opens its progress page. While a job for the module is waiting or running,
 * the actions are unavailable.
 */
export function InstallationActions({
  tenantSlug,
  tenantName,
  installation,
}: {
  tenantSlug: string;
  tenantName: string;
  installation: Pick<Installation, "status" | "version" | "previousVersion" | "dependents" | "activeJob"> & { module: Pick<Installation["module"], "slug" | "name"> };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const { module, status, version, previousVersion, dependents, activeJob } = installation;
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  // A new key each time an action is started from scratch; kept while it is pending or failed.
  const [idempotencyKey, setIdempotencyKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isNavigating, setIsNavigating] = useState(false);
  const [keepData, setKeepData] = useState(true);
  const [typedName, setTypedName] = useState("");
  const dataLegendId = useId();
  const confirmNameId = useId();

  const requestJob = useMutation(
    trpc.installs.requestModuleJob.mutationOptions({
      onSuccess: ({ jobId }) => {
        setIsNavigating(true);
        router.push(jobHref(tenantSlug, jobId));
      },
      onError: (e) => setError(parseAppError(e).message),
    }),
  );

  const isBusy = requestJob.isPending || isNavigating;
  const isLocked = activeJob !== null || isBusy;
  const isSettled = status === "ACTIVE" || status === "INACTIVE";

  function run(kind: Kind, key: string) {
    setError(null);
    requestJob.mutate({ tenant: tenantSlug, kind, moduleSlug: module.slug, keepData: kind === "UNINSTALL" ? keepData : undefined, idempotencyKey: key });
  }

  function open(kind: DialogKind) {
    setError(null);
    setKeepData(true);
    setTypedName("");
    setIdempotencyKey(newIdempotencyKey());
    setDialog(kind);
  }

  function close() {
    if (isBusy) return;
    setDialog(null);
    setError(null);
  }

  function activate() {
    if (isLocked) return;
    const key = idempotencyKey ?? newIdempotencyKey();
    setIdempotencyKey(key);
    run("ACTIVATE", key);
  }

  function confirmDialog() {
    if (!dialog || !idempotencyKey || isBusy) return;
    run(dialog, idempotencyKey);
  }

  const pendingKind = isBusy ? requestJob.variables?.kind : undefined;
  const isUninstallBlocked = dependents.length > 0;
  const isDeleteConfirmed = typedName.trim() === module.name;

  return (
    <div className="flex flex-col items-start gap-2">
      <div className="flex flex-wrap gap-2">
        {status === "INACTIVE" ? (
          <Button size="sm" onClick={activate} disabled={isLocked} aria-label={pendingKind === "ACTIVATE" ? undefined : `Activate ${module.name}`}>
            {pendingKind === "ACTIVATE" ? (
              <>
                <Spinner className="size-3.5" /> Activating…
              </>
            ) : (
              "Activate"
            )}
          </Button>
        ) : (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => open("DEACTIVATE")}
            disabled={isLocked || status !== "ACTIVE"}
            aria-label={`Deactivate ${module.name}`}
          >
            Deactivate…
          </Button>
        )}
        {previousVersion ? (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => open("ROLLBACK")}
            disabled={isLocked || !isSettled}
            aria-label={`Roll back to ${previousVersion} (${module.name})`}
          >
            Roll back to {previousVersion}…
          </Button>
        ) : null}
        <DangerTextButton outlined onClick={() => open("UNINSTALL")} disabled={isLocked || !isSettled} aria-label={`Uninstall ${module.name}`}>
          Uninstall…
        </DangerTextButton>
      </div>

      <div aria-live="assertive" className="max-w-[20rem] text-xs">
        {error && dialog === null ? (
          <p data-testid="action-error" className="text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
      </div>

      <ConfirmDialog
        open={dialog === "DEACTIVATE"}
        onClose={close}
        title={`Deactivate ${module.name}?`}
        confirmLabel="Deactivate"
        pendingLabel="Starting…"
        isPending={isBusy}
        error={dialog === "DEACTIVATE" ? error : null}
        onConfirm={confirmDialog}
        testId="deactivate-dialog"
      >
        <p>
          Its pages, widgets and automations stop for everyone in {tenantName}. Its data stays where it is, and you can activate it again at
          any time.
        </p>
      </ConfirmDialog>

      {previousVersion ? (
        <ConfirmDialog
          open={dialog === "ROLLBACK"}
          onClose={close}
          title={`Roll ${module.name} back to ${previousVersion}?`}
          confirmLabel={`Roll back to ${previousVersion}`}
          pendingLabel="Starting…"
          isPending={isBusy}
          error={dialog === "ROLLBACK" ? error : null}
          onConfirm={confirmDialog}
          testId="rollback-dialog"
        >
          <p>
            {module.name} goes back from {version} to {previousVersion}, the version it had before its last update.
          </p>
          <p>
            Database changes that {version} made and {previousVersion} does not have are undone, so data stored only in them is lost. Everything
            else is kept.
          </p>
        </ConfirmDialog>
      ) : null}

      <ConfirmDialog
        open={dialog === "UNINSTALL"}
        onClose={close}
        title={`Uninstall ${module.name}?`}
        confirmLabel={keepData ? "Uninstall and keep data" : "Uninstall and delete data"}
        pendingLabel="Starting…"
        confirmVariant="danger"
        confirmDisabled={isUninstallBlocked || (!keepData && !isDeleteConfirmed)}
        isPending={isBusy}
        error={dialog === "UNINSTALL" ? error : null}
        onConfirm={confirmDialog}
        testId="uninstall-dialog"
      >
        {isUninstallBlocked ? (
          <Notice tone="warning" title="Other modules need it">
            <span data-testid="uninstall-blocked">
              {joinNames(dependents)} {dependents.length === 1 ? "depends" : "depend"} on {module.name}. Uninstall{" "}
              {dependents.length === 1 ? "it" : "them"} first, then come back to uninstall {module.name}.
            </span>
          </Notice>
        ) : (
          <>
            <p>
              {module.name} and everything it adds (pages, widgets, automations) are removed from {tenantName} for everyone.
            </p>
            <fieldset aria-labelledby={dataLegendId} className="space-y-2">
              <legend id={dataLegendId} className={LABEL_CLASSES}>
                What should happen to its data?
              </legend>
              <label className="flex cursor-pointer gap-3 rounded-lg p-3 ring-1 ring-zinc-200 has-[:checked]:ring-2 has-[:checked]:ring-indigo-500 dark:ring-zinc-700">
                <input type="radio" name="data" className="mt-1" checked={keepData} onChange={() => setKeepData(true)} />
                <span>
                  <span className="block font-medium text-zinc-900 dark:text-zinc-100">Keep the data (archive)</span>
                  <span className="block text-zinc-600 dark:text-zinc-400">
                    Its tables are moved to an archive in this workspace&apos;s database. Nothing is deleted.
                  </span>
                </span>
              </label>
              <label className="flex cursor-pointer gap-3 rounded-lg p-3 ring-1 ring-zinc-200 has-[:checked]:ring-2 has-[:checked]:ring-red-500 dark:ring-zinc-700">
                <input type="radio" name="data" className="mt-1" checked={!keepData} onChange={() => setKeepData(false)} />
                <span>
                  <span className="block font-medium text-zinc-900 dark:text-zinc-100">Delete the data</span>
                  <span className="block text-zinc-600 dark:text-zinc-400">
                    Its tables and every record in them are deleted for good. This can&apos;t be undone.
                  </span>
                </span>
              </label>
            </fieldset>
            {!keepData ? (
              <div className="space-y-1.5">
                <label htmlFor={confirmNameId} className={LABEL_CLASSES}>
                  Type <strong className="font-semibold">{module.name}</strong> to confirm
                </label>
                <input
                  id={confirmNameId}
                  value={typedName}
                  onChange={(e) => setTypedName(e.target.value)}
                  autoComplete="off"
                  spellCheck={false}
                  className={INPUT_CLASSES}
                />
              </div>
            ) : null}
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
