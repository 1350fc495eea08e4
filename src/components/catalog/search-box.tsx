"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { cn } from "~/components/ui/cn";
import { useTRPC } from "~/trpc/react";
import { type CatalogParams, catalogHref } from "./catalog-params";
import { HiddenParams } from "./hidden-params";
import { Highlighted } from "./highlighted";

/** How long typing must pause before suggestions are fetched: short enough to feel immediate. */
const DEBOUNCE_MS = 150;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * The catalog search box: a GET form (so it works before JavaScript loads) that, with JavaScript,
 * suggests module names as you type (matches marked) in an ARIA combobox. Arrow keys move through
 * the suggestions, Enter opens the chosen module or searches for the words, Escape closes the list.
 * A new search keeps the active filters and starts again at page 1, sorted by best match.
 */
export function SearchBox({ action, params, autoFocus = false }: { action: string; params: CatalogParams; autoFocus?: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [isNavigating, startTransition] = useTransition();
  const [text, setText] = useState(params.q);
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  // The URL is the source of truth: going back or following a "did you mean" link updates the box.
  useEffect(() => setText(params.q), [params.q]);

  const typed = text.trim();
  const debounced = useDebounced(typed, DEBOUNCE_MS);
  const suggestions = useQuery(
    trpc.search.suggest.queryOptions(
      { q: debounced, limit: 6 },
      { enabled: isOpen && debounced.length > 0, placeholderData: keepPreviousData, staleTime: 30_000 },
    ),
  );
  const items = typed.length > 0 ? (suggestions.data ?? []) : [];
  const showList = isOpen && typed.length > 0 && items.length > 0;
  const isLoading = isOpen && typed.length > 0 && (suggestions.isFetching || debounced !== typed);

  function search(words: string) {
    setIsOpen(false);
    startTransition(() => router.push(catalogHref(action, params, { q: words.trim(), page: 1, sort: undefined })));
  }

  function open(slug: string) {
    setIsOpen(false);
    startTransition(() => router.push(`/modules/${slug}`));
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setIsOpen(true);
      setActiveIndex((i) => (items.length === 0 ? -1 : (i + 1) % items.length));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActiveIndex((i) => (items.length === 0 ? -1 : i <= 0 ? items.length - 1 : i - 1));
    } else if (e.key === "Escape") {
      if (isOpen) {
        e.preventDefault();
        setIsOpen(false);
        setActiveIndex(-1);
      }
    } else if (e.key === "Enter") {
      const chosen = showList && activeIndex >= 0 ? items[activeIndex] : undefined;
      if (chosen) {
        e.preventDefault();
        open(chosen.slug);
      }
    }
  }

  return (
    <form
      role="search"
      action={action}
      method="get"
      aria-label="Search modules"
      aria-busy={isNavigating || undefined}
      className="relative w-full"
      onSubmit={(e) => {
        e.preventDefault();
        search(text);
      }}
    >
      {/* Without JavaScript the form submits these; with it, catalogHref keeps them. */}
      <HiddenParams params={params} omit={["q", "sort"]} />
      <label htmlFor={`${listId}-input`} className="sr-only">
        Search modules
      </label>
      <div className="relative">
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-zinc-400">
          <path fillRule="evenodd" d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.08 3.08a.75.75 0 1 1-1.06 1.06l-3.08-3.08A7 7 0 0 1 2 9Z" clipRule="evenodd" />
        </svg>
        <input
          ref={inputRef}
          id={`${listId}-input`}
          type="search"
          name="q"
          value={text}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          placeholder="Search modules: invoices, CRM, time tracking…"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setIsOpen(true);
            setActiveIndex(-1);
          }}
          onFocus={() => setIsOpen(true)}
          onBlur={() => setIsOpen(false)}
          onKeyDown={onKeyDown}
          className={cn(
            "h-11 w-full rounded-xl border-0 bg-white pr-24 pl-10 text-base text-zinc-900 shadow-sm ring-1 ring-zinc-300 ring-inset placeholder:text-zinc-500",
            "focus:ring-2 focus:ring-indigo-600 focus:outline-none dark:bg-zinc-900 dark:text-zinc-100 dark:ring-zinc-700 dark:focus:ring-indigo-400",
            "[&::-webkit-search-cancel-button]:hidden",
          )}
        />
        <div className="absolute inset-y-0 right-1.5 flex items-center gap-1">
          {isLoading || isNavigating ? (
            <span className="size-4 animate-spin rounded-full border-2 border-zinc-300 border-t-indigo-600" aria-hidden="true" />
          ) : null}
          {text ? (
            <button
              type="button"
              aria-label="Clear search"
              // Keep focus in the box: clearing is not leaving.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setText("");
                setActiveIndex(-1);
                inputRef.current?.focus();
              }}
              className="rounded-md p-1 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 dark:hover:bg-zinc-800 dark:hover:text-zinc-200"
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
                <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
              </svg>
            </button>
          ) : null}
          <button type="submit" className="rounded-lg bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500">
            Search
          </button>
        </div>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggested modules"
        hidden={!showList}
        className="absolute z-20 mt-1 w-full overflow-hidden rounded-xl bg-white py-1 shadow-lg ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-700"
      >
        {items.map((s, i) => (
          <li
            key={s.slug}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              open(s.slug);
            }}
            onMouseEnter={() => setActiveIndex(i)}
            className={cn(
              "cursor-pointer px-4 py-2 text-sm text-zinc-800 dark:text-zinc-200",
              i === activeIndex && "bg-indigo-50 text-indigo-900 dark:bg-indigo-500/15 dark:text-indigo-100",
            )}
          >
            <Highlighted segments={s.highlight} />
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {showList ? `${items.length} suggestion${items.length === 1 ? "" : "s"}: use the arrow keys to choose.` : ""}
      </p>
    </form>
  );
}
