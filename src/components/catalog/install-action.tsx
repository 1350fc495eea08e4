import Link from "next/link";
import { installHref, updateHref } from "~/components/installs/hrefs";
import { buttonClasses } from "~/components/ui/button";

export type InstallState =
  | { kind: "signed-out"; loginHref: string }
  | { kind: "unavailable"; reason: string }
  | { kind: "no-workspace" }
  | { kind: "installable"; tenantSlug: string; tenantName: string; moduleSlug: string }
  | { kind: "installed"; tenantSlug: string; tenantName: string; moduleSlug: string; version: string; updateTo: string | null };

/** The module page's primary action, for who is looking at it. */
export function InstallAction({ state }: { state: InstallState }) {
  switch (state.kind) {
    case "signed-out":
      return (
        <Link href={state.loginHref} className={buttonClasses({ size: "lg", className: "w-full" })}>
          Sign in to install
        </Link>
      );
    case "unavailable":
      return <p className="text-sm text-zinc-600 dark:text-zinc-400">{state.reason}</p>;
    case "no-workspace":
      return (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          You are not a member of a workspace yet. Ask a workspace admin to invite you, then install modules from here.
        </p>
      );
    case "installable":
      return (
        <div className="space-y-2">
          <Link
            href={installHref(state.tenantSlug, state.moduleSlug)}
            className={buttonClasses({ size: "lg", className: "w-full" })}
          >
            Install
          </Link>
          <p className="text-center text-xs text-zinc-600 dark:text-zinc-400">into {state.tenantName}</p>
        </div>
      );
    case "installed":
      return (
        <div className="space-y-2">
          <Link
            href={`/t/${state.tenantSlug}/modules`}
            className={buttonClasses({ variant: "secondary", size: "lg", className: "w-full" })}
          >
            <span aria-hidden="true" className="text-green-700 dark:text-green-400">
              ✓
            </span>
            Installed
          </Link>
          <p className="text-center text-xs text-zinc-600 dark:text-zinc-400">
            Version {state.version} in {state.tenantName}
            {state.updateTo ? (
              <>
                {" · "}
                <Link
                  href={updateHref(state.tenantSlug, state.moduleSlug, state.version)}
                  className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
                >
                  Update available → {state.updateTo}
                </Link>
              </>
            ) : null}
          </p>
        </div>
      );
  }
}
