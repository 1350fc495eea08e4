"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import type { Me } from "~/components/api-types";
import { cn } from "~/components/ui/cn";
import { Avatar } from "~/components/ui/module-icon";
import { useDisclosure } from "./use-disclosure";

const PLATFORM_ROLE_LABEL = { USER: null, MODERATOR: "Moderator", ADMIN: "Platform admin" } as const;

/** The signed-in person: name, e-mail, role, and Sign out. */
export function UserMenu({ me }: { me: Pick<Me, "name" | "email" | "platformRole"> }) {
  const { rootRef, buttonProps, panelProps } = useDisclosure();
  const [isSigningOut, setIsSigningOut] = useState(false);
  const displayName = me.name ?? me.email;
  const roleLabel = PLATFORM_ROLE_LABEL[me.platformRole];

  async function handleSignOut() {
    setIsSigningOut(true);
    try {
      await signOut({ redirect: false });
    } finally {
      // A full load clears every cached query of the signed-in user.
      window.location.assign("/");
    }
  }

  return (
    <div ref={rootRef} className="relative">
      <button
        {...buttonProps}
        className="inline-flex h-9 items-center gap-2 rounded-full pr-1 pl-1 text-sm font-medium text-zinc-800 transition-colors hover:bg-zinc-100 sm:pr-3 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        <Avatar name={displayName} className="size-7" />
        <span className="sr-only sm:not-sr-only sm:max-w-[10rem] sm:truncate">{displayName}</span>
        <span className="sr-only">: account menu</span>
      </button>
      <div
        {...panelProps}
        className="absolute right-0 z-40 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-xl bg-white p-2 shadow-lg ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-700"
      >
        <div className="border-b border-zinc-100 px-2 pt-1 pb-3 dark:border-zinc-800">
          <p className="truncate text-sm font-semibold text-zinc-900 dark:text-zinc-50">{displayName}</p>
          <p className="truncate text-sm text-zinc-600 dark:text-zinc-400">{me.email}</p>
          {roleLabel ? (
            <p className="mt-1 text-xs font-medium text-indigo-700 dark:text-indigo-300">{roleLabel}</p>
          ) : null}
        </div>
        <button
          type="button"
          onClick={handleSignOut}
          disabled={isSigningOut}
          className={cn(
            "mt-1 flex w-full items-center rounded-lg px-2 py-2 text-left text-sm font-medium text-zinc-800 hover:bg-zinc-100 disabled:opacity-60 dark:text-zinc-200 dark:hover:bg-zinc-800",
          )}
        >
          {isSigningOut ? "Signing out…" : "Sign out"}
        </button>
      </div>
    </div>
  );
}
