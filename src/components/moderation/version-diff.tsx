import { formatPrice } from "~/components/catalog/format";
import type { VersionReview } from "~/components/publishing/types";
import { Badge } from "~/components/ui/badge";

type Diff = VersionReview["diff"];
type Permission = VersionReview["version"]["permissions"][number];

/** The manifest's price is in cents (as the seed and the CLI write it); null when the manifest has none. */
const manifestPrice = (cents: number | null): string =>
  cents === null ? "not set" : formatPrice({ model: cents > 0 ? "ONE_TIME" : "FREE", cents, currency: "usd", interval: null });

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{title}</h3>
      {children}
    </div>
  );
}

const ADDED = "flex flex-wrap items-baseline gap-x-2 gap-y-1 rounded-md bg-amber-50 px-3 py-1.5 ring-1 ring-amber-200 dark:bg-amber-500/10 dark:ring-amber-500/30";
const REMOVED = "flex flex-wrap items-baseline gap-x-2 gap-y-1 rounded-md bg-zinc-50 px-3 py-1.5 ring-1 ring-zinc-200 dark:bg-zinc-800/40 dark:ring-zinc-700";

/** What changed since the previous released version: permissions, dependencies, migrations, core range, price. */
export function VersionDiff({ diff, permissions }: { diff: Diff; permissions: Permission[] }) {
  if (diff.previousVersion === null) {
    return (
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        First version of this module: there is nothing to compare with. Review every permission and migration below.
      </p>
    );
  }
  const describe = (name: string) => permissions.find((p) => p.name === name);
  const deps = diff.dependencies;
  const isEmpty =
    diff.permissions.added.length + diff.permissions.removed.length + deps.added.length + deps.removed.length + deps.changed.length +
      diff.migrations.added.length + diff.migrations.removed.length === 0 &&
    !diff.coreRange &&
    !diff.price;
  if (isEmpty) {
    return <p className="text-sm text-zinc-700 dark:text-zinc-300">Same permissions, dependencies, migrations, core range and price as {diff.previousVersion}.</p>;
  }
  return (
    <div className="space-y-5">
      {diff.permissions.added.length + diff.permissions.removed.length > 0 ? (
        <Group title="Permissions">
          <ul role="list" className="space-y-1.5 text-sm">
            {diff.permissions.added.map((name) => {
              const p = describe(name);
              return (
                <li key={`+${name}`} className={ADDED}>
                  <Badge tone="warning">New</Badge>
                  <code className="font-mono text-zinc-900 dark:text-zinc-100">{name}</code>
                  {p?.isOptional ? <span className="text-xs text-zinc-600 dark:text-zinc-400">(optional)</span> : null}
                  {p ? <span className="text-zinc-700 dark:text-zinc-300">— {p.description}</span> : null}
                </li>
              );
            })}
            {diff.permissions.removed.map((name) => (
              <li key={`-${name}`} className={REMOVED}>
                <Badge>Removed</Badge>
                <code className="font-mono text-zinc-700 line-through decoration-zinc-400 dark:text-zinc-300">{name}</code>
              </li>
            ))}
          </ul>
        </Group>
      ) : null}

      {deps.added.length + deps.removed.length + deps.changed.length > 0 ? (
        <Group title="Dependencies">
          <ul role="list" className="space-y-1.5 text-sm">
            {deps.added.map((d) => (
              <li key={`+${d.slug}`} className={ADDED}>
                <Badge tone="warning">New</Badge>
                <code className="font-mono">{d.slug}</code>
                <code className="font-mono text-zinc-700 dark:text-zinc-300">{d.range}</code>
                {d.isOptional ? <span className="text-xs text-zinc-600 dark:text-zinc-400">(optional)</span> : null}
              </li>
            ))}
            {deps.changed.map((d) => (
              <li key={`~${d.slug}`} className={REMOVED}>
                <Badge tone="accent">Changed</Badge>
                <code className="font-mono">{d.slug}</code>
                <span className="font-mono text-zinc-700 dark:text-zinc-300">
                  {d.from} <span aria-hidden="true">→</span>
                  <span className="sr-only">to</span> {d.to}
                </span>
              </li>
            ))}
            {deps.removed.map((d) => (
              <li key={`-${d.slug}`} className={REMOVED}>
                <Badge>Removed</Badge>
                <code className="font-mono line-through decoration-zinc-400">{d.slug}</code>
                <code className="font-mono text-zinc-600 dark:text-zinc-400">{d.range}</code>
              </li>
            ))}
          </ul>
        </Group>
      ) : null}

      {diff.migrations.added.length + diff.migrations.removed.length > 0 ? (
        <Group title="Migrations">
          <ul role="list" className="space-y-1.5 text-sm">
            {diff.migrations.added.map((name) => (
              <li key={`+${name}`} className={ADDED}>
                <Badge tone="warning">New</Badge>
                <code className="font-mono">{name}</code>
                <a href={`#migration-${encodeURIComponent(name)}`} className="text-xs font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                  Read the SQL<span className="sr-only"> of {name}</span>
                </a>
              </li>
            ))}
            {diff.migrations.removed.map((name) => (
              <li key={`-${name}`} className={REMOVED}>
                <Badge tone="danger">Removed</Badge>
                <code className="font-mono line-through decoration-zinc-400">{name}</code>
                <span className="text-xs text-zinc-600 dark:text-zinc-400">A migration that already ran disappeared: ask why.</span>
              </li>
            ))}
          </ul>
        </Group>
      ) : null}

      {diff.coreRange ? (
        <Group title="ADX Core versions">
          <p className="font-mono text-sm text-zinc-800 dark:text-zinc-200">
            {diff.coreRange.from} <span aria-hidden="true">→</span>
            <span className="sr-only">changed to</span> {diff.coreRange.to}
          </p>
        </Group>
      ) : null}

      {diff.price ? (
        <Group title="Price in the manifest">
          <p className="text-sm text-zinc-800 dark:text-zinc-200">
            {manifestPrice(diff.price.from)} <span aria-hidden="true">→</span>
            <span className="sr-only">changed to</span> {manifestPrice(diff.price.to)}
          </p>
        </Group>
      ) : null}
    </div>
  );
}
