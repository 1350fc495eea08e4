import Link from "next/link";
import type { QueueItem as TQueueItem } from "~/components/api-types";
import { PublisherName } from "~/components/catalog/verified-badge";
import { Badge } from "~/components/ui/badge";
import { buttonClasses } from "~/components/ui/button";
import { ModuleIcon } from "~/components/ui/module-icon";
import { RelativeTime } from "~/components/ui/time";
import { RiskChips } from "./risk-chips";

/** One submitted version in the review queue. */
export function QueueItem({ item }: { item: TQueueItem }) {
  return (
    <article className="flex flex-col gap-4 p-5 sm:flex-row sm:items-start">
      <ModuleIcon name={item.module.name} iconUrl={item.module.iconUrl} />
      <div className="min-w-0 flex-1 space-y-2">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h2 className="text-base font-semibold text-zinc-900 dark:text-zinc-50">
            <Link
              href={`/moderation/versions/${item.versionId}`}
              className="hover:text-indigo-700 hover:underline dark:hover:text-indigo-300"
            >
              {item.module.name}{" "}
              <span className="font-mono text-sm font-medium text-zinc-700 dark:text-zinc-300">{item.version}</span>
              <span className="sr-only">: review</span>
            </Link>
          </h2>
          {item.module.isNew ? <Badge tone="accent">New module</Badge> : null}
        </div>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
          <span className="inline-flex items-center gap-1">
            by <PublisherName name={item.publisher.name} isVerified={item.publisher.isVerified} className="text-zinc-800 dark:text-zinc-200" />
          </span>
          <span aria-hidden="true">·</span>
          <span>
            submitted <RelativeTime date={item.submittedAt} />
          </span>
          {item.previousVersion ? (
            <>
              <span aria-hidden="true">·</span>
              <span>
                replaces <span className="font-mono">{item.previousVersion}</span>
              </span>
            </>
          ) : null}
        </p>
        <RiskChips risk={item.risk} />
      </div>
      {/* A larger target for pointer users; keyboard and screen-reader users have the title link. */}
      <Link
        href={`/moderation/versions/${item.versionId}`}
        tabIndex={-1}
        aria-hidden="true"
        className={buttonClasses({ variant: "secondary", size: "sm", className: "shrink-0 self-start" })}
      >
        Review →
      </Link>
    </article>
  );
}
