"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { pluralize } from "~/components/catalog/format";
import { ConfirmDialog } from "~/components/installs/confirm-dialog";
import { DangerTextButton } from "~/components/publishing/form-controls";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { useCollectionsOutcome } from "./collections-outcome";
import type { CollectionAdmin } from "./types";

/** Deletes a collection after a confirmation that says what goes with it (its list, its home page shelf). */
export function DeleteCollectionButton({ collection }: { collection: CollectionAdmin }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { announce } = useCollectionsOutcome();
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(
    trpc.search.collections.delete.mutationOptions({
      onSuccess: () => {
        setIsOpen(false);
        // The card leaves the page: the message above the list takes the focus.
        announce(`Deleted “${collection.title}”.${collection.isPublished ? " It is no longer on the home page." : ""}`, { focus: true });
        router.refresh();
      },
      onError: (e) => setError(parseAppError(e).message),
    }),
  );

  return (
    <>
      <DangerTextButton
        outlined
        onClick={() => {
          setError(null);
          setIsOpen(true);
        }}
        disabled={remove.isPending}
      >
        Delete collection…
      </DangerTextButton>
      <ConfirmDialog
        open={isOpen}
        onClose={() => setIsOpen(false)}
        title={`Delete “${collection.title}”?`}
        confirmLabel="Delete collection"
        pendingLabel="Deleting…"
        confirmVariant="danger"
        isPending={remove.isPending}
        error={error}
        onConfirm={() => remove.mutate({ id: collection.id })}
        testId="delete-collection-dialog"
      >
        <p>
          The collection and its list of {pluralize(collection.items.length, "module")} are deleted
          {collection.isPublished ? ", and its shelf disappears from the home page at once" : ""}. The modules themselves are not changed.
        </p>
        <p>This can&apos;t be undone.</p>
      </ConfirmDialog>
    </>
  );
}
