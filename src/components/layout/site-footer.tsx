import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950">
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-8 text-sm text-zinc-600 sm:flex-row sm:items-center sm:justify-between sm:px-6 lg:px-8 dark:text-zinc-400">
        <p>
          <span className="font-medium text-zinc-900 dark:text-zinc-100">ADX Marketplace</span> — modules for ADX Core, reviewed
          before they are listed.
        </p>
        <nav aria-label="Footer">
          <ul role="list" className="flex flex-wrap gap-x-5 gap-y-2">
            <li>
              <Link href="/" className="hover:text-zinc-900 hover:underline dark:hover:text-zinc-100">
                Browse modules
              </Link>
            </li>
            <li>
              <Link href="/t" className="hover:text-zinc-900 hover:underline dark:hover:text-zinc-100">
                Your workspaces
              </Link>
            </li>
            <li>
              <Link href="/p" className="hover:text-zinc-900 hover:underline dark:hover:text-zinc-100">
                For module authors
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
