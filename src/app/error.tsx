"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button, buttonClasses } from "~/components/ui/button";

/** Uncaught errors inside the page: say so in words, offer a retry, never show a stack. */
export default function ErrorPage({ error, reset, retry }: { error: unknown; reset: () => void; retry?: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String((error as Error & { digest?: string }).digest ?? "") : "";
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-red-700 dark:text-red-400">Error</p>
      <h1 id="error-title" className="mt-2 text-3xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
        Something went wrong
      </h1>
      <p className="mt-3 text-base text-zinc-600 dark:text-zinc-400">
        We couldn&apos;t load this page. Nothing was changed. Please try again; if it keeps happening, try again in a few minutes.
      </p>
      {digest ? <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">Reference: {digest}</p> : null}
      <div className="mt-8 flex justify-center gap-3">
        <Button onClick={() => (retry ?? reset)()}>Try again</Button>
        <Link href="/" className={buttonClasses({ variant: "secondary" })}>
          Go to the marketplace
        </Link>
      </div>
    </section>
  );
}
