import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "~/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-indigo-700 dark:text-indigo-300">404</p>
      <h1 id="not-found-title" className="mt-2 text-3xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
        We couldn&apos;t find that page
      </h1>
      <p className="mt-3 text-base text-zinc-600 dark:text-zinc-400">
        The link may be out of date, the module may have been removed, or you may not have access to it. If you expected to see a
        workspace here, check that you&apos;re signed in with the right account.
      </p>
      <div className="mt-8 flex justify-center gap-3">
        <Link href="/" className={buttonClasses()}>
          Browse the marketplace
        </Link>
      </div>
    </section>
  );
}
