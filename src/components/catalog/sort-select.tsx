"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { SearchSort } from "~/components/api-types";
import { cn } from "~/components/ui/cn";
import { type CatalogParams, catalogHref, SORTS } from "./catalog-params";
import { HiddenParams } from "./hidden-params";

/**
 * The sort order. A GET form, so it also works before JavaScript loads (the Apply button is
 * only shown without JavaScript); with JavaScript, choosing an option updates the URL at once.
 */
export function SortSelect({ basePath, params, sort: current }: { basePath: string; params: CatalogParams; sort: SearchSort }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <form action={basePath} method="get" className="flex items-center gap-2" aria-busy={isPending || undefined}>
      <HiddenParams params={params} omit={["sort"]} />
      <label htmlFor="catalog-sort" className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
        Sort by
      </label>
      <select
        id="catalog-sort"
        name="sort"
        value={current}
        onChange={(e) => {
          const sort = e.target.value as SearchSort;
          startTransition(() => router.push(catalogHref(basePath, params, { sort, page: 1 })));
        }}
        className={cn(
          "h-9 rounded-lg border-0 bg-white py-1.5 pr-8 pl-3 text-sm text-zinc-900 shadow-sm ring-1 ring-zinc-300 ring-inset",
          "dark:bg-zinc-900 dark:text-zinc-100 dark:ring-zinc-700",
          isPending && "opacity-70",
        )}
      >
        {SORTS.filter((s) => !s.needsQuery || params.q).map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="h-9 rounded-lg bg-indigo-600 px-3 text-sm font-medium text-white">
          Apply
        </button>
      </noscript>
    </form>
  );
}
