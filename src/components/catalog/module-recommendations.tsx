import Link from "next/link";
import type { AlsoInstalled, ModuleCard as TModuleCard } from "~/components/api-types";
import { pluralize } from "./format";
import { ModuleCard } from "./module-card";
import { ModuleCardSkeleton } from "./module-card-skeleton";

/**
 * Below a module: what tenants that installed it also installed (from real installations, shown
 * only once enough tenants share them) and the most popular modules of its category. A section
 * with nothing to show is left out.
 */
export function ModuleRecommendations({
  moduleName,
  category,
  alsoInstalled,
  popular,
}: {
  moduleName: string;
  category: { slug: string; name: string };
  alsoInstalled: AlsoInstalled[];
  popular: TModuleCard[];
}) {
  if (alsoInstalled.length === 0 && popular.length === 0) return null;
  return (
    <div className="space-y-10">
      {alsoInstalled.length > 0 ? (
        <section aria-labelledby="also-installed-heading">
          <h2 id="also-installed-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
            Workspaces that installed {moduleName} also installed
          </h2>
          <ul role="list" className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {alsoInstalled.map(({ module, tenantCount }) => (
              <li key={module.slug} className="flex flex-col gap-1.5">
                <ModuleCard module={module} />
                <p className="px-1 text-xs text-zinc-600 dark:text-zinc-400">Installed together in {pluralize(tenantCount, "workspace")}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {popular.length > 0 ? (
        <section aria-labelledby="popular-in-category-heading">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="popular-in-category-heading" className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
              Popular in {category.name}
            </h2>
            <Link href={`/modules?category=${category.slug}`} className="text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300">
              See all in {category.name}
            </Link>
          </div>
          <ul role="list" className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {popular.map((m) => (
              <li key={m.slug}>
                <ModuleCard module={m} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** Placeholder while the recommendations load (they stream in after the page). */
export function ModuleRecommendationsSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading recommendations" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <ModuleCardSkeleton />
      <ModuleCardSkeleton />
      <ModuleCardSkeleton />
    </div>
  );
}
