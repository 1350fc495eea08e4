import Link from "next/link";
import type { ReactNode } from "react";
import type { RouterOutputs } from "~/components/api-types";
import { formatPrice } from "~/components/catalog/format";
import { Badge } from "~/components/ui/badge";
import { CARD_CLASSES } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { ModuleIcon } from "~/components/ui/module-icon";
import { Notice } from "~/components/ui/notice";
import { ConfirmInstall } from "./confirm-install";

export type InstallPlan = RouterOutputs["installs"]["planInstall"];
type Plan = Extract<InstallPlan, { ok: true }>;
type Step = Plan["steps"][number];
type PlanError = Extract<InstallPlan, { ok: false }>["error"];

const HEADING_ID = "install-plan-heading";

/** "2.1.0" or "1.2.0 to 1.4.2", as part of a sentence. */
const stepInWords = (s: Step) =>
  s.action === "upgrade" && s.fromVersion ? `upgrade ${s.name} from ${s.fromVersion} to ${s.version}` : `install ${s.name} ${s.version}`;

/** "A, B and C". */
function joinWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "Installing Invoices 2.1.0 will also upgrade Client Management from 1.2.0 to 1.4.2." */
export function summarizePlan(steps: Step[]): string {
  const requested = steps.filter((s) => s.isRequested);
  const others = steps.filter((s) => !s.isRequested);
  const head = requested.map((s) =>
    s.action === "upgrade" && s.fromVersion ? `${s.name} (from ${s.fromVersion} to ${s.version})` : `${s.name} ${s.version}`,
  );
  const verb = requested.length > 0 && requested.every((s) => s.action === "upgrade") ? "Upgrading" : "Installing";
  if (others.length === 0) return `${verb} ${joinWords(head)} changes nothing else in this workspace.`;
  return `${verb} ${joinWords(head)} will also ${joinWords(others.map(stepInWords))}.`;
}

/** True when every step upgrades something already installed (the sheet then says "update"). */
const isUpdatePlan = (steps: Step[]) => steps.length > 0 && steps.every((s) => s.action === "upgrade");

/**
 * The install plan: what would be installed or upgraded, in order, what each step can access and
 * changes, and the one Confirm button that starts the job for exactly this plan.
 */
export function InstallPlanSheet({
  plan,
  moduleName,
  tenantSlug,
  request,
}: {
  plan: InstallPlan;
  moduleName: string;
  tenantSlug: string;
  /** What the admin asked for: the module, and for an update the range "newer than installed". */
  request: { slug: string; range?: string };
}) {
  if (!plan.ok) return <PlanErrorNotice error={plan.error} />;
  if (plan.steps.length === 0) {
    return <Notice tone="success" title={`${moduleName} is already installed at a version that fits`} />;
  }
  const isUpdate = isUpdatePlan(plan.steps);
  return (
    <section aria-labelledby={HEADING_ID} className={cn(CARD_CLASSES, "space-y-5 p-5")}>
      <div>
        <h2 id={HEADING_ID} className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
          {isUpdate ? "Update plan" : "Install plan"}
        </h2>
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{summarizePlan(plan.steps)}</p>
      </div>

      <ol role="list" aria-label="Steps, in the order they would run" className="space-y-4">
        {plan.steps.map((step, index) => (
          <PlanStep key={step.slug} step={step} number={index + 1} />
        ))}
      </ol>

      <ConfirmInstall
        tenantSlug={tenantSlug}
        request={request}
        expected={plan.steps.map((s) => ({ slug: s.slug, version: s.version }))}
        isUpdate={isUpdate}
        licensesNeeded={plan.steps.filter((s) => s.needsLicense).map((s) => ({ slug: s.slug, name: s.name }))}
      />
    </section>
  );
}

function PlanStep({ step, number }: { step: Step; number: number }) {
  const required = step.permissions.filter((p) => !p.isOptional);
  const optional = step.permissions.filter((p) => p.isOptional);
  return (
    <li className="rounded-lg p-4 ring-1 ring-zinc-200 dark:ring-zinc-800">
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="mt-1.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-indigo-600 text-xs font-semibold text-white dark:bg-indigo-500"
        >
          {number}
        </span>
        <ModuleIcon name={step.name} iconUrl={step.iconUrl} size="md" />
        <div className="min-w-0 flex-1 space-y-1">
          <h3 className="flex flex-wrap items-center gap-x-2 gap-y-1 text-base font-semibold text-zinc-900 dark:text-zinc-50">
            <span className="sr-only">Step {number}: </span>
            <Link href={`/modules/${step.slug}`} className="hover:text-indigo-700 hover:underline dark:hover:text-indigo-300">
              {step.name}
            </Link>
            <span className="font-mono text-sm font-medium text-zinc-700 dark:text-zinc-300">
              {step.action === "upgrade" && step.fromVersion ? `Upgrade ${step.fromVersion} → ${step.version}` : `Install ${step.version}`}
            </span>
            {step.isRequested ? <Badge tone="accent">Requested</Badge> : <Badge>Needed by the request</Badge>}
          </h3>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            by {step.publisherName} · <span className="font-medium text-zinc-800 dark:text-zinc-200">{formatPrice(step.price)}</span>
          </p>
        </div>
      </div>

      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <Group title="What it can access">
          {step.permissions.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No permissions.</p>
          ) : (
            <ul role="list" className="space-y-1.5 text-sm">
              {[...required, ...optional].map((p) => (
                <li
                  key={p.name}
                  className={cn(
                    "flex flex-wrap items-baseline gap-x-2 gap-y-1 rounded-md px-3 py-1.5 ring-1",
                    p.isNew
                      ? "bg-amber-50 ring-amber-200 dark:bg-amber-500/10 dark:ring-amber-500/30"
                      : "bg-zinc-50 ring-zinc-200 dark:bg-zinc-800/40 dark:ring-zinc-700",
                  )}
                >
                  <code className="font-mono text-zinc-900 dark:text-zinc-100">{p.name}</code>
                  {p.isOptional ? <span className="text-xs text-zinc-600 dark:text-zinc-400">(optional)</span> : null}
                  {p.isNew ? <Badge tone="warning">New — needs your consent</Badge> : null}
                  <span className="w-full text-zinc-700 dark:text-zinc-300">{p.description}</span>
                </li>
              ))}
            </ul>
          )}
        </Group>
        <Group title="Database changes">
          {step.migrations.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No database changes</p>
          ) : (
            <ul role="list" className="space-y-1 text-sm">
              {step.migrations.map((m) => (
                <li key={m}>
                  <code className="font-mono text-zinc-800 dark:text-zinc-200">{m}</code>
                </li>
              ))}
            </ul>
          )}
        </Group>
      </div>

      {step.needsLicense ? (
        <p className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200 dark:bg-amber-500/10 dark:text-amber-100 dark:ring-amber-500/30">
          <span className="font-semibold">License needed</span> · {formatPrice(step.price)} for {step.name}.{" "}
          <Link href={`/modules/${step.slug}`} className="font-medium underline underline-offset-2">
            Buying opens with billing
          </Link>
        </p>
      ) : null}
    </li>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-2">
      <h4 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{title}</h4>
      {children}
    </div>
  );
}

type Requirement = { by: string; slug: string; range: string };

const isRequirement = (r: unknown): r is Requirement =>
  typeof r === "object" && r !== null && ["by", "slug", "range"].every((k) => typeof (r as Record<string, unknown>)[k] === "string");

const requirer = (by: string) => (by === "request" ? "your request" : by === "installed" ? "the installed version" : by);

function PlanErrorNotice({ error }: { error: PlanError }) {
  const requirements = error.kind === "conflict" && Array.isArray(error.requirements) ? error.requirements.filter(isRequirement) : [];
  const path =
    error.kind === "cycle" && Array.isArray(error.path) ? error.path.filter((p): p is string => typeof p === "string") : [];
  return (
    <Notice tone={error.kind === "cycle" ? "danger" : "warning"} title="This can't be installed">
      <p>{error.message}</p>
      {requirements.length > 0 ? (
        <ul role="list" className="mt-2 list-disc space-y-0.5 pl-5">
          {requirements.map((r) => (
            <li key={`${r.by}:${r.slug}:${r.range}`}>
              <code className="font-mono">{r.slug}</code> <code className="font-mono">{r.range}</code>, required by {requirer(r.by)}
            </li>
          ))}
        </ul>
      ) : null}
      {path.length > 0 ? <p className="mt-2 font-mono">{path.join(" → ")}</p> : null}
    </Notice>
  );
}
