import { Badge } from "~/components/ui/badge";
import { cn } from "~/components/ui/cn";

export type CheckStatus = "passed" | "failed" | "warning";
export type Check = { name: string; status: CheckStatus; problems: string[] };
export type TCheckReport = { ok: boolean; checks: Check[] };

const STATUS: Record<CheckStatus, { label: string; icon: string; className: string }> = {
  passed: { label: "Passed", icon: "✓", className: "bg-green-100 text-green-800 dark:bg-green-500/20 dark:text-green-200" },
  warning: { label: "Warning", icon: "!", className: "bg-amber-100 text-amber-900 dark:bg-amber-500/20 dark:text-amber-100" },
  failed: { label: "Failed", icon: "✕", className: "bg-red-100 text-red-800 dark:bg-red-500/20 dark:text-red-200" },
};

/** "dependencies" → "Dependencies"; "manifest_schema" → "Manifest schema". */
const TITLES: Record<string, string> = { ui: "UI", sql: "SQL", toml: "TOML" };

export function checkTitle(name: string): string {
  const known = TITLES[name.toLowerCase()];
  if (known) return known;
  const words = name.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function countChecks(report: TCheckReport) {
  return {
    failed: report.checks.filter((c) => c.status === "failed").length,
    warning: report.checks.filter((c) => c.status === "warning").length,
    total: report.checks.length,
  };
}

/** One short line for a report: "All 6 checks passed", "1 failed, 2 warnings". */
export function summarizeChecks(report: TCheckReport | null): { text: string; tone: "success" | "warning" | "danger" | "neutral" } {
  if (!report) return { text: "No check report", tone: "neutral" };
  const { failed, warning, total } = countChecks(report);
  if (failed > 0) return { text: `${failed} failed${warning ? `, ${warning} warning${warning === 1 ? "" : "s"}` : ""}`, tone: "danger" };
  if (warning > 0) return { text: `Passed with ${warning} warning${warning === 1 ? "" : "s"}`, tone: "warning" };
  return { text: total === 0 ? "No checks ran" : `All ${total} checks passed`, tone: "success" };
}

export function CheckSummaryBadge({ report }: { report: TCheckReport | null }) {
  const { text, tone } = summarizeChecks(report);
  return <Badge tone={tone}>{text}</Badge>;
}

function StatusIcon({ status }: { status: CheckStatus }) {
  const s = STATUS[status];
  return (
    <span aria-hidden="true" className={cn("inline-flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-bold", s.className)}>
      {s.icon}
    </span>
  );
}

/** Every automated check with its status and problems; failed checks first and highlighted. */
export function CheckList({ report, className }: { report: TCheckReport; className?: string }) {
  const order: Record<CheckStatus, number> = { failed: 0, warning: 1, passed: 2 };
  const checks = [...report.checks].sort((a, b) => order[a.status] - order[b.status]);
  if (checks.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No checks were recorded.</p>;
  return (
    <ul role="list" className={cn("space-y-2", className)}>
      {checks.map((check, i) => (
        <li
          key={`${check.name}-${i}`}
          className={cn(
            "rounded-lg px-3 py-2",
            check.status === "failed"
              ? "bg-red-50 ring-1 ring-red-200 dark:bg-red-500/10 dark:ring-red-500/30"
              : check.status === "warning"
                ? "bg-amber-50/70 ring-1 ring-amber-200 dark:bg-amber-500/10 dark:ring-amber-500/30"
                : "bg-zinc-50 ring-1 ring-zinc-200 dark:bg-zinc-800/40 dark:ring-zinc-700/60",
          )}
        >
          <p className="flex items-center gap-2 text-sm font-medium text-zinc-900 dark:text-zinc-100">
            <StatusIcon status={check.status} />
            <span>{checkTitle(check.name)}</span>
            <span className="text-xs font-normal text-zinc-600 dark:text-zinc-400">— {STATUS[check.status].label}</span>
          </p>
          {check.problems.length > 0 ? (
            <ul role="list" className="mt-1.5 ml-7 list-disc space-y-1 pl-4 text-sm text-zinc-700 dark:text-zinc-300">
              {check.problems.map((problem, i) => (
                <li key={i} className="break-words">
                  {problem}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
