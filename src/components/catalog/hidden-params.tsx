import type { CatalogParams } from "./catalog-params";

/** The catalog state a GET form must carry along (without JavaScript), leaving out what the form itself sets. */
export function HiddenParams({ params, omit = [] }: { params: CatalogParams; omit?: ("q" | "sort")[] }) {
  return (
    <>
      {params.q && !omit.includes("q") ? <input type="hidden" name="q" value={params.q} /> : null}
      {params.category ? <input type="hidden" name="category" value={params.category} /> : null}
      {params.pricing ? <input type="hidden" name="pricing" value={params.pricing} /> : null}
      {params.minRating ? <input type="hidden" name="rating" value={params.minRating} /> : null}
      {params.verified ? <input type="hidden" name="verified" value="1" /> : null}
      {params.compatible ? <input type="hidden" name="compatible" value="1" /> : null}
      {params.sort && !omit.includes("sort") ? <input type="hidden" name="sort" value={params.sort} /> : null}
    </>
  );
}
