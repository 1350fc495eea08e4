import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CatalogParams, catalogHref, clearFiltersHref, hasFilters, isPlainBrowse, parseCatalogParams, SORTS } from "./catalog-params";

const fromHref = (href: string): CatalogParams => {
  const url = new URL(href, "http://x");
  const raw: Record<string, string> = {};
  url.searchParams.forEach((v, k) => (raw[k] = v));
  return parseCatalogParams(raw);
};

const arbParams: fc.Arbitrary<CatalogParams> = fc.record({
  q: fc.string({ maxLength: 30 }).map((s) => s.trim()),
  category: fc.option(fc.stringMatching(/^[a-z0-9-]{1,20}$/), { nil: undefined }),
  pricing: fc.option(fc.constantFrom("free" as const, "paid" as const), { nil: undefined }),
  minRating: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  verified: fc.boolean(),
  compatible: fc.boolean(),
  sort: fc.option(fc.constantFrom(...SORTS.map((s) => s.value)), { nil: undefined }),
  page: fc.integer({ min: 1, max: 10_000 }),
});

describe("catalog URL state", () => {
  it("reads back every state it writes (a shared link shows the same search)", () => {
    fc.assert(
      fc.property(arbParams, (params) => {
        expect(fromHref(catalogHref("/modules", params))).toEqual(params);
      }),
    );
  });

  it("leaves defaults out of the URL", () => {
    expect(catalogHref("/modules", parseCatalogParams({}))).toBe("/modules");
    expect(catalogHref("/", parseCatalogParams({}), { q: "crm", pricing: "free" })).toBe("/?q=crm&pricing=free");
  });

  it("falls back to defaults for values it does not know instead of failing", () => {
    const params = parseCatalogParams({ category: "Not A Slug!", pricing: "cheap", rating: "9", sort: "random", page: "-3", verified: "yes", q: ["  crm  ", "x"] });
    expect(params).toEqual({ q: "crm", category: undefined, pricing: undefined, minRating: undefined, verified: false, compatible: false, sort: undefined, page: 1 });
  });

  it("caps the query at 100 characters like the search API", () => {
    expect(parseCatalogParams({ q: "a".repeat(150) }).q).toHaveLength(100);
  });

  it("clears the filters but keeps the words and the sort", () => {
    const params = parseCatalogParams({ q: "invoice", category: "finance", pricing: "paid", rating: "4", verified: "1", compatible: "1", sort: "rating", page: "3" });
    expect(hasFilters(params)).toBe(true);
    const cleared = fromHref(clearFiltersHref("/modules", params));
    expect(cleared).toEqual({ ...parseCatalogParams({}), q: "invoice", sort: "rating" });
    expect(hasFilters(cleared)).toBe(false);
  });

  it("calls only the first page without words or filters a plain browse", () => {
    expect(isPlainBrowse(parseCatalogParams({}))).toBe(true);
    expect(isPlainBrowse(parseCatalogParams({ page: "2" }))).toBe(false);
    expect(isPlainBrowse(parseCatalogParams({ q: "crm" }))).toBe(false);
    expect(isPlainBrowse(parseCatalogParams({ verified: "1" }))).toBe(false);
  });
});
