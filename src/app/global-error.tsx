"use client";

import { useEffect } from "react";
import "./globals.css";

/** Errors in the root layout itself: a self-contained page (it replaces the whole document). */
export default function GlobalError({ error, reset, retry }: { error: unknown; reset: () => void; retry?: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center bg-zinc-50 px-4 font-sans text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
        <title>Something went wrong · ADX Marketplace</title>
        <main className="max-w-lg text-center">
          <p className="text-sm font-semibold text-red-700 dark:text-red-400">Error</p>
          <h1 className="mt-2 text-3xl font-semibold tracking-tight">Something went wrong</h1>
          <p className="mt-3 text-zinc-600 dark:text-zinc-400">
            The marketplace couldn&apos;t load. Nothing was changed. Please try again in a moment.
          </p>
          <div className="mt-8 flex justify-center gap-3">
            <button
              type="button"
              onClick={() => (retry ?? reset)()}
              className="inline-flex h-10 items-center rounded-lg bg-indigo-600 px-4 text-sm font-medium text-white hover:bg-indigo-700"
            >
              Try again
            </button>
            {/* A plain link: the app's router may be what failed. */}
            <a href="/" className="inline-flex h-10 items-center rounded-lg px-4 text-sm font-medium ring-1 ring-zinc-300 ring-inset dark:ring-zinc-700">
              Go to the marketplace
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
