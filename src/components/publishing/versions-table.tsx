import { formatBytes } from "~/components/catalog/format";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { EmptyState } from "~/components/ui/empty-state";
import { DateText } from "~/components/ui/time";
import { CheckList, CheckSummaryBadge } from "./check-report";
import { CopyButton } from "./copy-button";
import type { AuthorVersion } from "./types";
import { VersionActions } from "./version-actions";
import { VersionStateBadge } from "./version-state-badge";

const DECISION_LABEL: Record<string, string> = {
  APPROVE: "Approved",
  REJECT: "Rejected",
  YANK: "Yanked by a moderator",
  TAKE_DOWN: "Module taken down",
  RESTORE_MODULE: "Module restored",
};

/** Why a draft can't be submitted yet, or null. A failed dependency check is re-run on submit, so it doesn't block. */
export function submitBlockedReason(version: AuthorVersion): string | null {
  if (!version.checkReport) return "This version has no check report. Upload it again to run the checks.";
  const failed = version.checkReport.checks.filter((c) => c.status === "failed" && c.name !== "dependencies");
  if (failed.length > 0) {
    return `Can't be submitted: ${failed.length === 1 ? "a check" : `${failed.length} checks`} failed. Fix ${failed.length === 1 ? "it" : "them"} and upload a new version.`;
  }
  return null;
}

/** A note for drafts whose only failed check is "dependencies": submitting checks them again. */
export function submitNote(version: AuthorVersion): string | null {
  const failed = version.checkReport?.checks.filter((c) => c.status === "failed") ?? [];
  return failed.length > 0 && failed.every((c) => c.name === "dependencies")
    ? "Its dependencies couldn't be met when it was uploaded; they are checked again when you submit."
    : null;
}

function Dates({ v }: { v: AuthorVersion }) {
  const rows: [string, Date][] = [["Uploaded", v.createdAt]];
  if (v.submittedAt) rows.push(["Submitted", v.submittedAt]);
  if (v.publishedAt) rows.push(["Published", v.publishedAt]);
  return (
    <dl className="space-y-0.5 text-xs">
      {rows.map(([label, date]) => (
        <div key={label} className="flex gap-1 whitespace-nowrap">
          <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
          <dd className="text-zinc-800 dark:text-zinc-200">
            <DateText date={date} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Feedback({ v }: { v: AuthorVersion }) {
  const notes = v.moderation.filter((m) => m.reason && !(m.action === "REJECT" && m.reason === v.rejectionReason));
  const hasFailures = v.checkReport?.checks.some((c) => c.status === "failed") ?? false;
  const hasAnything = v.state === "REJECTED" || v.yankReason || notes.length > 0 || v.checkReport || v.state === "SUBMITTED";
  if (!hasAnything) return null;
  return (
    <div className="space-y-3">
      {v.state === "REJECTED" ? (
        <div className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-100">
          <p>
            <span className="font-semibold">Rejected:</span> {v.rejectionReason ?? "No reason was recorded."}
          </p>
          <p className="mt-1 text-xs text-red-800 dark:text-red-200">Fix what the moderator asked for and upload a new version (with a higher version number).</p>
        </div>
      ) : null}
      {v.state === "SUBMITTED" ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">Waiting for a moderator. Reviews are done oldest first.</p>
      ) : null}
      {v.yankReason ? (
        <p className="text-sm text-zinc-800 dark:text-zinc-200">
          <span className="font-semibold">Yanked:</span> {v.yankReason}
        </p>
      ) : null}
      {notes.length > 0 ? (
        <div>
          <p className="text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">Moderator notes</p>
          <ul role="list" className="mt-1 space-y-1 text-sm text-zinc-800 dark:text-zinc-200">
            {notes.map((m, i) => (
              <li key={i}>
                <span className="font-medium">{DECISION_LABEL[m.action] ?? m.action}</span>{" "}
                <span className="text-zinc-600 dark:text-zinc-400">
                  (<DateText date={m.createdAt} />)
                </span>
                : {m.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {v.checkReport ? (
        <details open={hasFailures && v.state === "DRAFT"} className="group rounded-lg">
          <summary className="inline-flex cursor-pointer list-none items-center gap-2 rounded-md text-sm font-medium text-zinc-800 hover:text-zinc-950 dark:text-zinc-200 dark:hover:text-white [&::-webkit-details-marker]:hidden">
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 transition-transform group-open:rotate-90">
              <path fillRule="evenodd" d="M7.2 14.8a.75.75 0 0 1 0-1.06L10.94 10 7.2 6.26a.75.75 0 1 1 1.06-1.06l4.27 4.27a.75.75 0 0 1 0 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0Z" clipRule="evenodd" />
            </svg>
            Check report
            <span className="sr-only"> for version {v.version}</span>
          </summary>
          <CheckList report={v.checkReport} className="mt-2" />
        </details>
      ) : null}
    </div>
  );
}

/** Every version of a listing, newest first, with its review state, checks, feedback and actions. */
export function VersionsTable({ versions, publisherSlug, moduleSlug }: { versions: AuthorVersion[]; publisherSlug: string; moduleSlug: string }) {
  if (versions.length === 0) {
    return (
      <EmptyState title="No versions yet" headingLevel={3}>
        Upload your first package above. It becomes a draft that you submit for review; the listing goes live once a moderator
        approves it.
      </EmptyState>
    );
  }
  return (
    <div className={cn(CARD_CLASSES, "relative overflow-x-auto")}>
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="sr-only">Versions, newest first</caption>
        <thead className="bg-zinc-50 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:bg-zinc-900/60 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-4 py-2.5">
              Version
            </th>
            <th scope="col" className="px-4 py-2.5">
              State
            </th>
            <th scope="col" className="px-4 py-2.5">
              Dates
            </th>
            <th scope="col" className="px-4 py-2.5">
              Size
            </th>
            <th scope="col" className="px-4 py-2.5">
              SHA-256
            </th>
            <th scope="col" className="px-4 py-2.5">
              Checks
            </th>
            <th scope="col" className="px-4 py-2.5">
              Actions
            </th>
          </tr>
        </thead>
        {versions.map((v) => (
          <tbody key={v.id} className="border-t border-zinc-200 dark:border-zinc-800">
            <tr className="align-top">
              <th scope="row" className="px-4 pt-3 pb-2 font-mono font-semibold text-zinc-900 dark:text-zinc-50">
                {v.version}
              </th>
              <td className="px-4 pt-3 pb-2">
                <VersionStateBadge state={v.state} />
              </td>
              <td className="px-4 pt-3 pb-2">
                <Dates v={v} />
              </td>
              <td className="px-4 pt-3 pb-2 whitespace-nowrap text-zinc-700 tabular-nums dark:text-zinc-300">{formatBytes(v.sizeBytes)}</td>
              <td className="px-4 pt-3 pb-2">
                <span className="flex items-center gap-2">
                  <code title={v.sha256} className="font-mono text-xs text-zinc-800 dark:text-zinc-200">
                    {v.sha256.slice(0, 12)}…
                  </code>
                  <CopyButton value={v.sha256} label={`SHA-256 of version ${v.version}`} />
                </span>
              </td>
              <td className="px-4 pt-3 pb-2">
                <CheckSummaryBadge report={v.checkReport} />
              </td>
              <td className="px-4 pt-3 pb-2">
                <VersionActions
                  publisherSlug={publisherSlug}
                  moduleSlug={moduleSlug}
                  version={v.version}
                  state={v.state}
                  submitBlockedReason={v.state === "DRAFT" ? submitBlockedReason(v) : null}
                  submitNote={v.state === "DRAFT" ? submitNote(v) : null}
                />
              </td>
            </tr>
            <tr>
              <td colSpan={7} className="px-4 pt-0 pb-4">
                {/* Sticky, so on narrow screens the feedback stays in view while the table scrolls sideways. */}
                <div className="sticky left-4 max-w-[min(48rem,calc(100vw-5rem))]">
                  <Feedback v={v} />
                </div>
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}
