"use client";

import { useId } from "react";

/** "Show on the home page": whether a collection is published. */
export function PublishedCheckbox({ checked, onChange, hint }: { checked: boolean; onChange: (checked: boolean) => void; hint: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        name="isPublished"
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={`${id}-hint`}
        className="mt-0.5 size-4 rounded border-zinc-300 text-indigo-600 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-zinc-600"
      />
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
          Show on the home page
        </label>
        <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      </div>
    </div>
  );
}
