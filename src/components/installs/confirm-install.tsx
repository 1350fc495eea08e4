"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { jobHref } from "./hrefs";
import { newIdempotencyKey } from "./idempotency-key";

export type LicenseNeeded = { slug: string; name: string };

/**
 * The plan sheet's one button: starts the install (or update) job for exactly the plan shown and
 * opens its progress page. Unavailable, with the reason next to it, while licenses are missing.
 */
export function ConfirmInstall({
  tenantSlug,
  request,
  expected,
  isUpdate,
  licensesNeeded,
}: {
  tenantSlug: string;
  /** What the admin asked for (`range` for an update: newer than the installed version). */
  request: { slug: string; range?: string };
  /** The plan on screen; the server refuses if the plan is different by now. */
  expected: { slug: string; version: string }[];
  isUpdate: boolean;
  licensesNeeded: LicenseNeeded[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const reasonId = useId();
  // One key per opening of the sheet: a double click or a re-submit yields the same job.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<string | null>(null);
  const [isNavigating, setIsNavigating] = useState(false);

  const requestInstall = useMutation(
    trpc.installs.requestInstall.mutationOptions({
      onSuccess: ({ jobId }) => {
        setIsNavigating(true);
        router.push(jobHref(tenantSlug, jobId));
      },
      onError: (e) => setError(parseAppError(e).message),
    }),
  );

  const isBlocked = licensesNeeded.length > 0;
  const isBusy = requestInstall.isPending || isNavigating;
  const label = isUpdate ? "Confirm and update" : "Confirm and install";

  function confirm() {
    if (isBlocked || isBusy) return;
    setError(null);
    requestInstall.mutate({ tenant: tenantSlug, modules: [request], expected, idempotencyKey });
  }

  return (
    <div className="space-y-3 border-t border-zinc-200 pt-5 dark:border-zinc-800">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Nothing has changed yet. Confirming starts a job you can watch step by step; if a step fails, every change is undone.
        </p>
        <Button
          size="lg"
          onClick={confirm}
          disabled={isBlocked || isBusy}
          aria-describedby={isBlocked ? reasonId : undefined}
          data-testid="confirm-install"
          className="shrink-0"
        >
          {isBusy ? (
            <>
              <Spinner className="size-4" />
              Starting…
            </>
          ) : (
            label
          )}
        </Button>
      </div>
      {isBlocked ? (
        <p id={reasonId} data-testid="confirm-blocked-reason" className="text-sm text-amber-900 dark:text-amber-100">
          You can confirm once this workspace has a license for{" "}
          {licensesNeeded.map((l, i) => (
            <span key={l.slug}>
              {i > 0 ? (i === licensesNeeded.length - 1 ? " and " : ", ") : null}
              <Link href={`/modules/${l.slug}`} className="font-medium underline underline-offset-2">
                {l.name}
              </Link>
            </span>
          ))}
          .
        </p>
      ) : null}
      <div aria-live="assertive">
        {error ? (
          <div
            data-testid="install-error"
            className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-200"
          >
            <p className="font-semibold">The install did not start</p>
            <p>{error}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
