import { LoadingRegion, Skeleton } from "~/components/ui/skeleton";

/** The module page's shape while it loads. */
export default function Loading() {
  return (
    <LoadingRegion label="Loading module…" className="space-y-10">
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="flex flex-col gap-5 sm:flex-row">
          <Skeleton className="size-20 rounded-2xl" />
          <div className="flex-1 space-y-3">
            <Skeleton className="h-8 w-72 max-w-full" />
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-4 w-full max-w-xl" />
            <Skeleton className="h-4 w-80 max-w-full" />
          </div>
        </div>
        <Skeleton className="h-44 rounded-xl" />
      </div>
      <div className="flex gap-4 overflow-hidden">
        <Skeleton className="aspect-[16/10] w-[min(85vw,32rem)] shrink-0 rounded-xl" />
        <Skeleton className="aspect-[16/10] w-[min(85vw,32rem)] shrink-0 rounded-xl" />
      </div>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-3">
          <Skeleton className="h-6 w-48" />
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-4 w-full" />
          ))}
        </div>
        <div className="space-y-3">
          <Skeleton className="h-6 w-40" />
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-4 w-full" />
          ))}
        </div>
      </div>
    </LoadingRegion>
  );
}
