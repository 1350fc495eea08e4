"use client";

import { useId, useState } from "react";
import { pluralize } from "~/components/catalog/format";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { CollectionDetailsForm } from "./collection-details-form";
import { CollectionItemsEditor } from "./collection-items-editor";
import { useCollectionsOutcome } from "./collections-outcome";
import { DeleteCollectionButton } from "./delete-collection-button";
import type { CollectionAdmin } from "./types";

/**
 * One collection in the moderators' list: what it is and whether the home page shows it, and,
 * behind "Edit", its details, its ordered modules and Delete.
 */
export function CollectionCard({ collection }: { collection: CollectionAdmin }) {
  const { justCreatedId } = useCollectionsOutcome();
  const isJustCreated = justCreatedId === collection.id;
  const [isOpen, setIsOpen] = useState(isJustCreated);
  const titleId = useId();
  const editorId = useId();
  const shown = collection.items.filter((i) => i.status === "PUBLISHED").length;
  const hidden = collection.items.length - shown;

  return (
    <article aria-labelledby={titleId} data-testid="collection" className="p-5">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={titleId} className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
              {collection.title}
            </h3>
            {collection.isPublished ? <Badge tone="success">Published</Badge> : <Badge tone="neutral">Hidden</Badge>}
            {collection.isPublished && shown === 0 ? <Badge tone="warning">Not on the home page: no published modules</Badge> : null}
          </div>
          <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
            <span className="font-mono text-xs leading-5">{collection.slug}</span>
            <span>
              {pluralize(collection.items.length, "module")}
              {hidden > 0 ? ` (${hidden} not published)` : ""}
            </span>
            <span className="tabular-nums">Order {collection.sortOrder}</span>
          </p>
          {collection.description ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{collection.description}</p> : null}
          {!isOpen && collection.items.length > 0 ? (
            <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">{collection.items.map((i) => i.name).join(" · ")}</p>
          ) : null}
        </div>
        <Button
          variant="secondary"
          size="sm"
          aria-expanded={isOpen}
          aria-controls={editorId}
          aria-label={`${isOpen ? "Close" : "Edit"} ${collection.title}`}
          onClick={() => setIsOpen((o) => !o)}
          className="self-start"
        >
          {isOpen ? "Close" : "Edit"}
        </Button>
      </div>
      <div id={editorId} hidden={!isOpen} className="mt-5 space-y-8 border-t border-zinc-100 pt-5 dark:border-zinc-800">
        {/* Kept mounted while closed, so unsaved changes survive closing and reopening the editor. */}
        <CollectionItemsEditor collection={collection} shouldFocusSearch={isJustCreated} />
        <CollectionDetailsForm collection={collection} />
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-zinc-100 pt-5 dark:border-zinc-800">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Deleting removes the collection and its list; the modules stay in the catalog.</p>
          <DeleteCollectionButton collection={collection} />
        </div>
      </div>
    </article>
  );
}
