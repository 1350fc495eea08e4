"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";

/** Marks every notification read, then refreshes the list and the header's count. */
export function MarkAllReadButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const markRead = useMutation(
    trpc.accounts.notifications.markRead.mutationOptions({
      onSuccess: () => router.refresh(),
      onError: (e) => setError(parseAppError(e).message),
    }),
  );
  return (
    <div className="flex items-center gap-3">
      <Button variant="secondary" size="sm" disabled={markRead.isPending} onClick={() => markRead.mutate({})}>
        {markRead.isPending ? "Marking…" : "Mark all as read"}
      </Button>
      <span aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {error}
      </span>
    </div>
  );
}
