import Link from "next/link";
import { buttonClasses } from "./button";

/**
 * Shown (as the page's content) when a signed-in person asks for something their role does not
 * allow. Says what is needed rather than pretending the page does not exist.
 */
export function Forbidden({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <section aria-labelledby="forbidden-title" className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-indigo-700 dark:text-indigo-300">403 · Not allowed</p>
      <h1 id="forbidden-title" className="mt-2 text-2xl font-semibold tracking-tight text-zinc-900 sm:text-3xl dark:text-zinc-50">
        {title}
      </h1>
      {children ? <div className="mt-3 text-base text-zinc-600 dark:text-zinc-400">{children}</div> : null}
      <div className="mt-8">
        <Link href="/" className={buttonClasses({ variant: "secondary" })}>
          Back to the marketplace
        </Link>
      </div>
    </section>
  );
}
