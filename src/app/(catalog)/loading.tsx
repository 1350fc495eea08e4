import { ModuleCardSkeleton } from "~/components/catalog/module-card-skeleton";
import { LoadingRegion, Skeleton } from "~/components/ui/skeleton";

/** The catalog's shape while it loads. */
export default function Loading() {
  return (
    <LoadingRegion label="Loading modules…" className="space-y-10">
      <div className="space-y-3">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
      <div className="gap-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)]">
        <div className="mb-6 flex gap-2 lg:mb-0 lg:flex-col">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-8 w-24 rounded-full lg:w-full lg:rounded-lg" />
          ))}
        </div>
        <div>
          <div className="flex justify-between">
            <Skeleton className="h-6 w-40" />
            <Skeleton className="h-9 w-56" />
          </div>
          <ul role="list" className="mt-8 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {Array.from({ length: 6 }, (_, i) => (
              <li key={i}>
                <ModuleCardSkeleton />
              </li>
            ))}
          </ul>
        </div>
      </div>
    </LoadingRegion>
  );
}
