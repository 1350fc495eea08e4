import type { FeaturedCollection, ModuleCard as TModuleCard } from "~/components/api-types";
import { ModuleCard } from "./module-card";

/** How many modules of a collection the home page shows. */
export const PER_COLLECTION = 6;

/**
 * The home page's curated shelves: moderators' published collections in their order, or the
 * modules marked featured while no collection exists yet. Nothing at all when neither exists.
 */
export function FeaturedCollections({
  collections,
  featured,
  installed,
}: {
  collections: FeaturedCollection[];
  featured: TModuleCard[];
  installed: Set<string>;
}) {
  const shelves = collections.filter((c) => c.modules.length > 0);
  if (shelves.length === 0) {
    if (featured.length === 0) return null;
    return <Shelf id="featured" title="Featured" description="Picked by our moderators" modules={featured} installed={installed} />;
  }
  return (
    <div className="space-y-10" data-testid="featured-collections">
      {shelves.map((c) => (
        <Shelf key={c.slug} id={`collection-${c.slug}`} title={c.title} description={c.description} modules={c.modules.slice(0, PER_COLLECTION)} installed={installed} />
      ))}
    </div>
  );
}

function Shelf({
  id,
  title,
  description,
  modules,
  installed,
}: {
  id: string;
  title: string;
  description: string;
  modules: TModuleCard[];
  installed: Set<string>;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-zinc-900 dark:text-zinc-50">
          {title}
        </h2>
        {description ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{description}</p> : null}
      </div>
      <ul role="list" className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {modules.map((m) => (
          <li key={m.slug}>
            <ModuleCard module={m} isInstalled={installed.has(m.slug)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
