"use client";

import { type KeyboardEvent, useId, useRef, useState } from "react";
import { Markdown } from "~/components/catalog/markdown";
import { cn } from "~/components/ui/cn";
import { FieldError, INPUT_CLASSES, LABEL_CLASSES } from "./form-controls";

const TABS = ["write", "preview"] as const;
type Tab = (typeof TABS)[number];

/**
 * Markdown with Write and Preview tabs (the WAI-ARIA tabs pattern: arrow keys move between tabs).
 * The preview uses the same sanitising renderer as the module page.
 */
export function DescriptionEditor({
  value,
  onChange,
  error,
  label = "Description",
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  label?: string;
}) {
  const id = useId();
  const [tab, setTab] = useState<Tab>("write");
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ write: null, preview: null });

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = TABS.indexOf(tab);
    let next: Tab | null = null;
    if (event.key === "ArrowRight") next = TABS[(index + 1) % TABS.length] ?? null;
    if (event.key === "ArrowLeft") next = TABS[(index - 1 + TABS.length) % TABS.length] ?? null;
    if (event.key === "Home") next = "write";
    if (event.key === "End") next = "preview";
    if (next) {
      event.preventDefault();
      setTab(next);
      tabRefs.current[next]?.focus();
    }
  }

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <span id={`${id}-label`} className={LABEL_CLASSES}>
          {label}
        </span>
        <div role="tablist" aria-labelledby={`${id}-label`} className="inline-flex rounded-lg bg-zinc-100 p-0.5 dark:bg-zinc-800">
          {TABS.map((t) => (
            <button
              key={t}
              ref={(el) => {
                tabRefs.current[t] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${t}`}
              aria-selected={tab === t}
              aria-controls={`${id}-panel-${t}`}
              tabIndex={tab === t ? 0 : -1}
              onClick={() => setTab(t)}
              onKeyDown={onKeyDown}
              className={cn(
                "rounded-md px-3 py-1 text-sm font-medium transition-colors",
                tab === t
                  ? "bg-white text-zinc-900 shadow-sm dark:bg-zinc-950 dark:text-zinc-50"
                  : "text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100",
              )}
            >
              {t === "write" ? "Write" : "Preview"}
            </button>
          ))}
        </div>
      </div>
      <div role="tabpanel" id={`${id}-panel-write`} aria-labelledby={`${id}-tab-write`} hidden={tab !== "write"}>
        <textarea
          id={`${id}-input`}
          aria-labelledby={`${id}-label`}
          aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          rows={12}
          maxLength={50_000}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={cn(INPUT_CLASSES, "font-mono text-[0.8125rem] leading-6")}
          placeholder={"## What it does\n\n- Track …\n- Send …"}
        />
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-preview`}
        aria-labelledby={`${id}-tab-preview`}
        hidden={tab !== "preview"}
        tabIndex={0}
        className="min-h-[18rem] rounded-lg bg-white p-4 ring-1 ring-zinc-300 ring-inset dark:bg-zinc-900 dark:ring-zinc-700"
      >
        {value.trim() ? (
          <Markdown>{value}</Markdown>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing to preview yet. Write the description in the Write tab.</p>
        )}
      </div>
      <p id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
        Markdown: headings, lists, links, tables and code. HTML is not rendered.
      </p>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}
