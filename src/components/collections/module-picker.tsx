"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { INPUT_CLASSES, LABEL_CLASSES } from "~/components/publishing/form-controls";
import { Spinner } from "~/components/ui/badge";
import { cn } from "~/components/ui/cn";
import { parseAppError } from "~/trpc/parse-app-error";
import { useTRPC } from "~/trpc/react";
import type { ModuleSuggestion } from "./types";

/** How long typing must pause before modules are searched. */
const DEBOUNCE_MS = 200;
const RESULT_LIMIT = 8;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * "Add a module": search the published modules as you type (search.suggest) and add one with its
 * button. Down arrow moves from the box into the results, up and down move between them; modules
 * already in the collection are listed but cannot be added twice.
 */
export function ModulePicker({
  inputRef,
  onAdd,
  addedSlugs,
  isFull,
  fullMessage,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onAdd: (module: ModuleSuggestion) => void;
  addedSlugs: ReadonlySet<string>;
  isFull: boolean;
  fullMessage: string;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [text, setText] = useState("");
  const listRef = useRef<HTMLUListElement>(null);
  const typed = text.trim();
  const debounced = useDebounced(typed, DEBOUNCE_MS);
  const results = useQuery(
    trpc.search.suggest.queryOptions(
      { q: debounced, limit: RESULT_LIMIT },
      { enabled: debounced.length > 0 && !isFull, placeholderData: keepPreviousData, staleTime: 30_000 },
    ),
  );
  const items = typed.length > 0 ? (results.data ?? []) : [];
  const isSearching = typed.length > 0 && (results.isFetching || debounced !== typed);
  const isSettled = typed.length > 0 && !isSearching && results.isSuccess;

  const buttons = () => Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>("button") ?? []);

  function onInputKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      const first = buttons()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === "Escape" && text) {
      e.preventDefault();
      setText("");
    }
  }

  function onListKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const all = buttons();
    const index = all.findIndex((b) => b === document.activeElement);
    if (index < 0) return;
    e.preventDefault();
    const next = e.key === "ArrowDown" ? all[index + 1] : all[index - 1];
    if (next) next.focus();
    else if (e.key === "ArrowUp") inputRef.current?.focus();
  }

  function add(module: ModuleSuggestion) {
    onAdd(module);
    setText("");
    inputRef.current?.focus();
  }

  const status = isFull
    ? fullMessage
    : isSettled
      ? items.length === 0
        ? `No published module matches “${typed}”.`
        : `${items.length} matching ${items.length === 1 ? "module" : "modules"}: press the down arrow to choose.`
      : "";

  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-input`} className={LABEL_CLASSES}>
        Add a module
      </label>
      <div className="relative">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="search"
          value={text}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          disabled={isFull}
          placeholder="Search published modules by name"
          aria-describedby={`${id}-status`}
          aria-controls={`${id}-results`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onInputKeyDown}
          className={cn(INPUT_CLASSES, "pr-9")}
        />
        {isSearching ? (
          <span className="absolute inset-y-0 right-3 flex items-center text-zinc-500">
            <Spinner className="size-4" />
          </span>
        ) : null}
      </div>
      <p id={`${id}-status`} aria-live="polite" className="text-xs text-zinc-600 dark:text-zinc-400">
        {status}
      </p>
      {results.isError && typed.length > 0 ? (
        <p className="text-sm text-red-700 dark:text-red-300">Searching failed: {parseAppError(results.error).message}</p>
      ) : null}
      <ul
        ref={listRef}
        id={`${id}-results`}
        role="list"
        aria-label="Matching modules"
        hidden={items.length === 0}
        onKeyDown={onListKeyDown}
        className="divide-y divide-zinc-100 overflow-hidden rounded-lg ring-1 ring-zinc-200 dark:divide-zinc-800 dark:ring-zinc-700"
      >
        {items.map((m) => {
          const isAdded = addedSlugs.has(m.slug);
          return (
            <li key={m.slug}>
              {isAdded ? (
                <div className="flex items-center justify-between gap-3 px-3 py-2 text-sm text-zinc-600 dark:text-zinc-400">
                  <span>
                    {m.name} <span className="font-mono text-xs">{m.slug}</span>
                  </span>
                  <span className="text-xs">Already in this collection</span>
                </div>
              ) : (
                <button
                  type="button"
                  aria-label={`Add ${m.name}`}
                  onClick={() => add(m)}
                  className="flex w-full items-center justify-between gap-3 px-3 py-2 text-left text-sm text-zinc-800 hover:bg-indigo-50 focus-visible:bg-indigo-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 dark:text-zinc-200 dark:hover:bg-indigo-500/15 dark:focus-visible:bg-indigo-500/15"
                >
                  <span className="min-w-0">
                    <span className="font-medium">
                      {m.highlight.map((s, i) =>
                        s.isMatch ? (
                          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit dark:bg-amber-400/25">
                            {s.text}
                          </mark>
                        ) : (
                          <span key={i}>{s.text}</span>
                        ),
                      )}
                    </span>{" "}
                    <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{m.slug}</span>
                  </span>
                  <span aria-hidden="true" className="shrink-0 text-xs font-medium text-indigo-700 dark:text-indigo-300">
                    + Add
                  </span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
