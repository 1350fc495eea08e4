import Link from "next/link";
import type { ModuleCard as TModuleCard, SearchHit } from "~/components/api-types";
import { Badge } from "~/components/ui/badge";
import { cn } from "~/components/ui/cn";
import { ModuleIcon } from "~/components/ui/module-icon";
import { Stars } from "~/components/ui/stars";
import { formatPrice } from "./format";
import { Highlighted } from "./highlighted";
import { PublisherName } from "./verified-badge";

/**
 * A module in a list. The name is the card's one link; it stretches over the whole card so the
 * card is clickable, while keyboard and screen-reader users meet a single, well-named link.
 */
export function ModuleCard({
  module,
  highlight,
  isInstalled = false,
  headingLevel = 3,
  className,
}: {
  module: TModuleCard;
  /** Search matches to mark in the name and summary. */
  highlight?: SearchHit["highlight"];
  /** Installed in the viewer's workspace. */
  isInstalled?: boolean;
  headingLevel?: 2 | 3;
  className?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const price = formatPrice(module.price);
  return (
    <article
      className={cn(
        "group relative flex h-full flex-col rounded-xl bg-white p-5 shadow-sm ring-1 ring-zinc-200 transition hover:shadow-md hover:ring-zinc-300",
        "dark:bg-zinc-900 dark:ring-zinc-800 dark:hover:ring-zinc-700",
        // The name link is the card's focus target; show the ring around the whole card.
        "has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-indigo-600 dark:has-[a:focus-visible]:outline-indigo-400",
        className,
      )}
    >
      <div className="flex items-start gap-4">
        <ModuleIcon name={module.name} iconUrl={module.iconUrl} />
        <div className="min-w-0 flex-1">
          <Heading className="text-base leading-6 font-semibold text-zinc-900 dark:text-zinc-50">
            <Link
              href={`/modules/${module.slug}`}
              className="after:absolute after:inset-0 after:rounded-xl after:content-[''] focus-visible:outline-none group-hover:text-indigo-700 dark:group-hover:text-indigo-300"
            >
              {highlight ? <Highlighted segments={highlight.name} /> : module.name}
            </Link>
          </Heading>
          <p className="mt-0.5 flex text-sm text-zinc-600 dark:text-zinc-400">
            <span className="sr-only">By </span>
            <PublisherName name={module.publisher.name} isVerified={module.publisher.isVerified} />
          </p>
        </div>
      </div>
      <p className="mt-3 line-clamp-2 text-sm leading-6 text-zinc-700 dark:text-zinc-300">
        {highlight ? <Highlighted segments={highlight.summary} /> : module.summary}
      </p>
      <div className="mt-auto flex flex-wrap items-center justify-between gap-x-3 gap-y-2 pt-4">
        <Stars average={module.rating.average} count={module.rating.count} />
        <span
          className={cn(
            "text-sm font-semibold",
            price === "Free" ? "text-green-700 dark:text-green-400" : "text-zinc-900 dark:text-zinc-100",
          )}
        >
          <span className="sr-only">Price: </span>
          {price}
        </span>
      </div>
      <div className="mt-3 flex items-center justify-between gap-2 border-t border-zinc-100 pt-3 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        <p>
          <span className="sr-only">Category: </span>
          {module.category.name}
        </p>
        {isInstalled ? (
          <Badge tone="success">
            <svg aria-hidden="true" viewBox="0 0 16 16" fill="currentColor" className="size-3">
              <path fillRule="evenodd" d="M12.4 4.3a.75.75 0 0 1 .1 1.05l-5 6a.75.75 0 0 1-1.1.05l-2.5-2.5a.75.75 0 1 1 1.06-1.06l1.92 1.92 4.47-5.36a.75.75 0 0 1 1.05-.1Z" clipRule="evenodd" />
            </svg>
            Installed
          </Badge>
        ) : null}
      </div>
    </article>
  );
}
