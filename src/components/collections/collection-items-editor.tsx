"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { pluralize } from "~/components/catalog/format";
import { StatusMessage } from "~/components/publishing/form-controls";
import { Badge, Spinner } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import { ModulePicker } from "./module-picker";
import { type CollectionAdmin, type CollectionItem, hiddenReason, HOME_PAGE_ITEMS, MAX_COLLECTION_ITEMS, type ModuleSuggestion } from "./types";

type DraftItem = Pick<CollectionItem, "slug" | "name" | "status">;
type Notice = { tone: "error" | "success"; message: string };
type FocusTarget = { slug: string; control: "up" | "down" | "remove" } | { slug: null; control: "search" };

const keyOf = (items: readonly DraftItem[]) => items.map((i) => i.slug).join("\n");
const serverKeyOf = (items: readonly DraftItem[]) => items.map((i) => `${i.slug}:${i.status}`).join("\n");

const ICON_BUTTON =
  "inline-flex size-8 items-center justify-center rounded-lg text-zinc-700 ring-1 ring-zinc-300 ring-inset transition-colors hover:bg-zinc-100 " +
  "disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent dark:text-zinc-300 dark:ring-zinc-700 dark:hover:bg-zinc-800";

/**
 * A collection's modules in display order: move each up or down, remove it, add modules with the
 * search picker, then save the list in one go (search.collections.setItems). Nothing changes on
 * the home page until the list is saved; the editor says when there are unsaved changes.
 */
export function CollectionItemsEditor({ collection, shouldFocusSearch }: { collection: CollectionAdmin; shouldFocusSearch: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<DraftItem[]>(collection.items);
  const [syncedKey, setSyncedKey] = useState(serverKeyOf(collection.items));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [moveStatus, setMoveStatus] = useState("");
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);

  // The saved list changed (saved here, or the page refreshed): start again from it.
  const serverKey = serverKeyOf(collection.items);
  if (serverKey !== syncedKey) {
    setSyncedKey(serverKey);
    setDraft(collection.items);
  }

  const isDirty = keyOf(draft) !== keyOf(collection.items);
  const unpublished = draft.filter((i) => i.status !== "PUBLISHED");
  const isFull = draft.length >= MAX_COLLECTION_ITEMS;

  const save = useMutation(
    trpc.search.collections.setItems.mutationOptions({
      onSuccess: (saved) => {
        const shown = saved.items.filter((i) => i.status === "PUBLISHED").length;
        setNotice({
          tone: "success",
          message:
            saved.items.length === 0
              ? "Saved. The collection has no modules, so the home page does not show it."
              : `Saved ${pluralize(saved.items.length, "module")} in this order.${
                  saved.isPublished ? (shown > 0 ? " The home page shows them now." : "") : " The collection is hidden: publish it to show it on the home page."
                }`,
        });
        router.refresh();
      },
      onError: (error) => setNotice({ tone: "error", message: `The modules were not saved. ${parseAppError(error).message}` }),
    }),
  );

  useEffect(() => {
    if (!shouldFocusSearch) return;
    searchRef.current?.scrollIntoView({ block: "center" });
    searchRef.current?.focus();
  }, [shouldFocusSearch]);

  // After a move or a removal React re-renders the list; keep the keyboard where the person was.
  useEffect(() => {
    if (!focusTarget) return;
    setFocusTarget(null);
    if (focusTarget.slug === null) {
      searchRef.current?.focus();
      return;
    }
    const find = (control: string) =>
      listRef.current?.querySelector<HTMLButtonElement>(`[data-slug="${CSS.escape(focusTarget.slug)}"][data-control="${control}"]`);
    const wanted = find(focusTarget.control);
    const fallback = find(focusTarget.control === "up" ? "down" : "up");
    (wanted && !wanted.disabled ? wanted : fallback && !fallback.disabled ? fallback : find("remove"))?.focus();
  }, [focusTarget]);

  function edit(next: DraftItem[]) {
    setDraft(next);
    setNotice(null);
  }

  function move(index: number, by: -1 | 1) {
    const item = draft[index];
    const target = index + by;
    if (!item || target < 0 || target >= draft.length) return;
    const next = draft.filter((_, i) => i !== index);
    next.splice(target, 0, item);
    edit(next);
    setMoveStatus(`${item.name} moved to position ${target + 1} of ${next.length}.`);
    setFocusTarget({ slug: item.slug, control: by === -1 ? "up" : "down" });
  }

  function remove(index: number) {
    const item = draft[index];
    if (!item) return;
    const next = draft.filter((_, i) => i !== index);
    edit(next);
    setMoveStatus(`${item.name} removed. Save the modules to apply it.`);
    const neighbour = next[index] ?? next[index - 1];
    setFocusTarget(neighbour ? { slug: neighbour.slug, control: "remove" } : { slug: null, control: "search" });
  }

  function add(module: ModuleSuggestion) {
    if (isFull || draft.some((i) => i.slug === module.slug)) return;
    edit([...draft, { slug: module.slug, name: module.name, status: "PUBLISHED" }]);
    setMoveStatus(`${module.name} added as number ${draft.length + 1}. Save the modules to apply it.`);
  }

  function discard() {
    edit(collection.items);
    setMoveStatus("Changes discarded.");
  }

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={headingId} className="text-sm font-semibold text-zinc-900 dark:text-zinc-50">
          Modules, in home page order
        </h4>
        <p className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
          {draft.length} of {MAX_COLLECTION_ITEMS} · the home page shows the first {HOME_PAGE_ITEMS} published
        </p>
      </div>

      {draft.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 px-4 py-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          No modules yet. Search for one below to add it; the home page shows the collection once it has a published module.
        </p>
      ) : (
        <ol ref={listRef} role="list" aria-labelledby={headingId} className="divide-y divide-zinc-100 rounded-lg ring-1 ring-zinc-200 dark:divide-zinc-800 dark:ring-zinc-700">
          {draft.map((item, index) => {
            const reason = hiddenReason(item.status);
            return (
              <li key={item.slug} data-testid="collection-item" className="flex flex-wrap items-center gap-3 px-3 py-2">
                <span className="w-6 shrink-0 text-right text-sm text-zinc-500 tabular-nums dark:text-zinc-400" aria-hidden="true">
                  {index + 1}.
                </span>
                <div className="min-w-0 flex-1">
                  <p className={cn("text-sm font-medium text-zinc-900 dark:text-zinc-100", reason && "text-zinc-600 dark:text-zinc-400")}>
                    {item.name} <span className="font-mono text-xs font-normal text-zinc-600 dark:text-zinc-400">{item.slug}</span>
                  </p>
                  {reason ? (
                    <p className="mt-0.5">
                      <Badge tone="warning">{reason}</Badge>
                    </p>
                  ) : null}
                </div>
                <div className="flex shrink-0 items-center gap-1">
                  <button
                    type="button"
                    className={ICON_BUTTON}
                    aria-label={`Move ${item.name} up`}
                    title="Move up"
                    data-slug={item.slug}
                    data-control="up"
                    disabled={index === 0 || save.isPending}
                    onClick={() => move(index, -1)}
                  >
                    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
                      <path fillRule="evenodd" d="M10 17a.75.75 0 0 1-.75-.75V5.56L5.53 9.28a.75.75 0 0 1-1.06-1.06l5-5a.75.75 0 0 1 1.06 0l5 5a.75.75 0 1 1-1.06 1.06l-3.72-3.72v10.69A.75.75 0 0 1 10 17Z" clipRule="evenodd" />
                    </svg>
                  </button>
                  <button
                    type="button"
                    className={ICON_BUTTON}
                    aria-label={`Move ${item.name} down`}
                    title="Move down"
                    data-slug={item.slug}
                    data-control="down"
                    disabled={index === draft.length - 1 || save.isPending}
                    onClick={() => move(index, 1)}
                  >
                    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
                      <path fillRule="evenodd" d="M10 3a.75.75 0 0 1 .75.75v10.69l3.72-3.72a.75.75 0 1 1 1.06 1.06l-5 5a.75.75 0 0 1-1.06 0l-5-5a.75.75 0 1 1 1.06-1.06l3.72 3.72V3.75A.75.75 0 0 1 10 3Z" clipRule="evenodd" />
                    </svg>
                  </button>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Remove ${item.name}`}
                    data-slug={item.slug}
                    data-control="remove"
                    disabled={save.isPending}
                    onClick={() => remove(index)}
                  >
                    Remove
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <p className="sr-only" aria-live="polite">
        {moveStatus}
      </p>

      <ModulePicker
        inputRef={searchRef}
        onAdd={add}
        addedSlugs={new Set(draft.map((i) => i.slug))}
        isFull={isFull}
        fullMessage={`A collection holds at most ${MAX_COLLECTION_ITEMS} modules: remove one to add another.`}
      />

      {unpublished.length > 0 ? (
        <p className="text-sm text-amber-800 dark:text-amber-200">
          {unpublished.length === 1 ? "One module is" : `${unpublished.length} modules are`} no longer published. The list can only be saved with
          published modules: remove {unpublished.length === 1 ? "it" : "them"} before saving other changes.
        </p>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        {/* aria-disabled, not disabled: the button keeps the keyboard focus once the list is saved. */}
        <Button
          aria-disabled={!isDirty || save.isPending}
          onClick={() => {
            if (!isDirty || save.isPending) return;
            setNotice(null);
            save.mutate({ id: collection.id, moduleSlugs: draft.map((i) => i.slug) });
          }}
        >
          {save.isPending ? (
            <>
              <Spinner className="size-4" />
              Saving modules…
            </>
          ) : (
            "Save modules"
          )}
        </Button>
        {isDirty ? (
          <>
            <Button variant="secondary" onClick={discard} disabled={save.isPending}>
              Discard changes
            </Button>
            <span className="text-sm text-amber-800 dark:text-amber-200">Unsaved changes: the home page still shows the saved list.</span>
          </>
        ) : null}
      </div>
      <StatusMessage tone="error" message={notice?.tone === "error" ? notice.message : null} />
      <StatusMessage tone="success" message={notice?.tone === "success" ? notice.message : null} />
    </section>
  );
}
