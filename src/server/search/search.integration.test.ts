// Guards catalog search on the embedded PostgreSQL backend (issue 5): relevance (exact name first,
// typos, summary phrases), facet counts equal to the database's own counts, every sort as stated,
// the Bayesian rating, pagination, suggestions as you type, and input limits.
import semver from "semver";
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/server/db";
import { createCaller } from "~/server/root";
import { createCategory, createModule, createPublisher, createVersion } from "../../../test/factories";
import { createPostgresFtsSearch } from "./postgres-fts";
import { searchModules } from "./search-modules";
import { BAYESIAN_PRIOR_WEIGHT } from "./search-ranking";
import type { TSearchHit, TSearchRequest } from "./search.schemas";

const api = createCaller({ actor: null });
const port = createPostgresFtsSearch(prisma);
const find = (request: TSearchRequest) => searchModules(request, port);
const slugs = (hits: { slug: string }[]) => hits.map((h) => h.slug);
const day = 86_400_000;

type Cat = Awaited<ReturnType<typeof createCategory>>;
let finance: Cat;
let sales: Cat;
let empty: Cat;

async function mod(
  slug: string,
  opts: Omit<Parameters<typeof createModule>[1], "publisherId" | "categoryId"> & {
    category: Cat;
    publisherId: string;
    tags?: string[];
    coreRange?: string | null;
    ratingSum?: number;
  },
) {
  const { category, coreRange = ">=2.0.0", tags = [], ...rest } = opts;
  const m = await createModule(prisma, { ...rest, slug, categoryId: category.id });
  if (tags.length) await prisma.module.update({ where: { id: m.id }, data: { tags } });
  if (coreRange !== null && (rest.status ?? "PUBLISHED") === "PUBLISHED") await createVersion(prisma, { moduleId: m.id, coreRange });
  if (rest.updatedAt) await prisma.module.update({ where: { id: m.id }, data: { updatedAt: rest.updatedAt } });
  return m;
}

beforeAll(async () => {
  const [verified, plain] = await Promise.all([createPublisher(prisma, { isVerified: true }), createPublisher(prisma)]);
  [finance, sales, empty] = await Promise.all([
    createCategory(prisma, { name: "Finance", sortOrder: 1 }),
    createCategory(prisma, { name: "Sales", sortOrder: 2 }),
    createCategory(prisma, { name: "Empty", sortOrder: 3 }),
  ]);
  const v = verified.id;
  const p = plain.id;
  await mod("s-invoices", {
    name: "Invoices",
    summary: "Send invoices to clients and get paid on time",
    category: finance,
    publisherId: v,
    activeInstalls: 40,
    ratingAverage: 4.5,
    ratingCount: 20,
    coreRange: ">=2.0.0 <3.0.0",
    tags: ["billing", "finance"],
    updatedAt: new Date(Date.now() - 5 * day),
  });
  await mod("s-invoice-reminders", {
    name: "Invoice Reminders",
    summary: "Chase late payers with friendly reminder e-mails",
    category: finance,
    publisherId: p,
    activeInstalls: 900,
    ratingAverage: 3.9,
    ratingCount: 12,
    coreRange: ">=3.0.0",
    updatedAt: new Date(Date.now() - 2 * day),
  });
  await mod("s-ledger", {
    name: "Ledger",
    summary: "Double-entry bookkeeping that reconciles invoices with payments",
    category: finance,
    publisherId: p,
    activeInstalls: 5000,
    pricingModel: "SUBSCRIPTION",
    ratingAverage: 4.1,
    ratingCount: 3,
    updatedAt: new Date(Date.now() - 1 * day),
  });
  await mod("s-tracker", {
    name: "Project Tracker",
    summary: "Plan projects with kanban boards and gantt charts",
    category: sales,
    publisherId: v,
    activeInstalls: 120,
    coreRange: "^2.1.0",
    updatedAt: new Date(Date.now() - 9 * day),
  });
  await mod("s-pipeline", {
    name: "Sales Pipeline",
    summary: "See every deal from lead to won",
    description: "A lightweight CRM for small teams.",
    category: sales,
    publisherId: p,
    activeInstalls: 300,
    pricingModel: "ONE_TIME",
    ratingAverage: 2.5,
    ratingCount: 8,
    tags: ["crm"],
    updatedAt: new Date(Date.now() - 3 * day),
  });
  await mod("s-salary", {
    name: "Salary Tracker",
    summary: "Payroll for small teams",
    category: finance,
    publisherId: v,
    activeInstalls: 10,
    coreRange: "garbage",
    updatedAt: new Date(Date.now() - 7 * day),
  });
  // One glowing review against two hundred very good ones.
  await mod("s-one-hit", { name: "One Hit Wonder", summary: "Exactly one five-star review", category: sales, publisherId: p, ratingAverage: 5, ratingCount: 1 });
  await mod("s-crowd", { name: "Crowd Favourite", summary: "Two hundred happy reviewers", category: sales, publisherId: p, ratingAverage: 4.8, ratingCount: 200 });
  await mod("s-no-version", { name: "Versionless Widget", summary: "A listing without a published version", category: sales, publisherId: v, coreRange: null });
  // Never found: not published.
  await mod("s-draft", { name: "Invoices Draft", summary: "A draft about invoices", category: finance, publisherId: v, status: "DRAFT" });
  await mod("s-down", { name: "Invoices Down", summary: "Taken down invoices", category: finance, publisherId: v, status: "TAKEN_DOWN" });
});

describe("relevance", () => {
  it("ranks an exact name match first, then names, then other text", async () => {
    const res = await find({ q: "invoices" });
    expect(res.sort).toBe("relevance");
    // "Invoice Reminders" is far more popular, "Ledger" only mentions invoices in its summary.
    expect(slugs(res.data)).toEqual(["s-invoices", "s-invoice-reminders", "s-ledger"]);
    expect(res.data[0]?.highlight.name).toEqual([{ text: "Invoices", isMatch: true }]);
    expect(res.data[2]?.highlight.summary.filter((s) => s.isMatch).map((s) => s.text)).toEqual(["invoices"]);
  });

  it("finds the invoices module despite a typo, and suggests the spelling", async () => {
    const res = await find({ q: "invoce" });
    expect(slugs(res.data)).toContain("s-invoices");
    expect(res.data.find((h) => h.slug === "s-invoices")?.highlight.name).toEqual([{ text: "Invoices", isMatch: true }]);
    const few = await find({ q: "trackr" });
    expect(slugs(few.data).sort()).toEqual(["s-salary", "s-tracker"]);
    expect(few.suggestion).toBe("tracker");
  });

  it("matches known words exactly, not as typos of other words", async () => {
    // "sales" is a known word: "Salary Tracker" is no typo match for it.
    const res = await find({ q: "sales" });
    expect(slugs(res.data)).toEqual(["s-pipeline"]);
  });

  it("finds a module by a phrase from its summary, and by a synonym", async () => {
    const res = await find({ q: "kanban boards and gantt charts" });
    expect(slugs(res.data)).toEqual(["s-tracker"]);
    expect(res.data[0]?.highlight.summary.filter((s) => s.isMatch).map((s) => s.text)).toEqual(["kanban", "boards", "gantt", "charts"]);
    expect(slugs((await find({ q: "customer relationship management" })).data)).toEqual([]);
    expect(slugs((await find({ q: "crm" })).data)).toEqual(["s-pipeline"]);
  });

  it("matches prefixes while typing and says when nothing is found", async () => {
    expect(slugs((await find({ q: "proj trac" })).data)).toEqual(["s-tracker"]);
    const none = await find({ q: "zzqxw" });
    expect(none).toMatchObject({ count: 0, data: [], totalPages: 1, suggestion: null });
  });

  it("never returns drafts or taken-down modules", async () => {
    const all = await find({ q: "invoices draft down", perPage: 100 });
    expect(all.count).toBe(0);
    const res = await find({ perPage: 100 });
    expect(slugs(res.data)).not.toContain("s-draft");
    expect(slugs(res.data)).not.toContain("s-down");
  });
});

/** The database's own count of published modules for a filter: the oracle for facet counts. */
async function dbCount(where: Prisma.ModuleWhereInput, onlyCompatibleWith?: string) {
  const rows = await prisma.module.findMany({ where: { status: "PUBLISHED", ...where }, select: { latestVersion: { select: { coreRange: true } } } });
  if (!onlyCompatibleWith) return rows.length;
  return rows.filter((r) => r.latestVersion && semver.validRange(r.latestVersion.coreRange) && semver.satisfies(onlyCompatibleWith, r.latestVersion.coreRange)).length;
}

describe("facets", () => {
  it("count each filter value with the query and every other filter, as the database does", async () => {
    const core = "2.3.0";
    for (const request of [
      { coreVersion: core },
      { category: finance.slug, pricing: "free", coreVersion: core },
      { pricing: "paid", minRating: 3, verifiedOnly: false, coreVersion: core },
      { category: sales.slug, verifiedOnly: true, compatibleOnly: true, coreVersion: core },
      { minRating: 4, compatibleOnly: true, coreVersion: core },
    ] satisfies TSearchRequest[]) {
      const res = await find(request);
      const byCategory: Prisma.ModuleWhereInput = request.category ? { category: { slug: request.category } } : {};
      const byPricing: Prisma.ModuleWhereInput =
        request.pricing === "free" ? { pricingModel: "FREE" } : request.pricing === "paid" ? { pricingModel: { not: "FREE" } } : {};
      const byRating: Prisma.ModuleWhereInput = request.minRating ? { ratingAverage: { gte: request.minRating } } : {};
      const byVerified: Prisma.ModuleWhereInput = request.verifiedOnly ? { publisher: { isVerified: true } } : {};
      const compat = request.compatibleOnly ? core : undefined;
      const and = (...w: Prisma.ModuleWhereInput[]) => ({ AND: w });

      expect(res.count, JSON.stringify(request)).toBe(await dbCount(and(byCategory, byPricing, byRating, byVerified), compat));
      for (const c of res.facets.categories) {
        expect(c.count, `${c.slug} ${JSON.stringify(request)}`).toBe(await dbCount(and({ category: { slug: c.slug } }, byPricing, byRating, byVerified), compat));
      }
      expect(res.facets.pricing).toEqual({
        free: await dbCount(and(byCategory, { pricingModel: "FREE" }, byRating, byVerified), compat),
        paid: await dbCount(and(byCategory, { pricingModel: { not: "FREE" } }, byRating, byVerified), compat),
      });
      for (const r of res.facets.minRating) {
        expect(r.count).toBe(await dbCount(and(byCategory, byPricing, { ratingAverage: { gte: r.value } }, byVerified), compat));
      }
      expect(res.facets.verified).toBe(await dbCount(and(byCategory, byPricing, byRating, { publisher: { isVerified: true } }), compat));
      expect(res.facets.compatible).toBe(await dbCount(and(byCategory, byPricing, byRating, byVerified), core));
    }
  });

  it("lists every category, in display order, and counts compatibility by semver", async () => {
    const res = await find({ coreVersion: "3.0.0" });
    const mine = res.facets.categories.filter((c) => [finance.slug, sales.slug, empty.slug].includes(c.slug));
    expect(mine.map((c) => [c.name, c.count])).toEqual([
      ["Finance", 4],
      ["Sales", 5],
      ["Empty", 0],
    ]);
    // >=2.0.0 <3.0.0 and ^2.1.0 exclude 3.0.0; "garbage" and the versionless module never match.
    const compatible = await find({ coreVersion: "3.0.0", compatibleOnly: true, perPage: 100 });
    expect(slugs(compatible.data).sort()).toEqual(["s-crowd", "s-invoice-reminders", "s-ledger", "s-one-hit", "s-pipeline"]);
    expect(res.facets.compatible).toBe(5);
    expect((await find({})).facets.compatible).toBeNull();
  });
});

describe("sorting", () => {
  const all = async (sort: TSearchRequest["sort"], q = "") => (await find({ q, sort, perPage: 100 })).data;
  const isOrdered = (hits: TSearchHit[], compare: (a: TSearchHit, b: TSearchHit) => number) =>
    hits.every((h, i) => i === 0 || compare(hits[i - 1]!, h) <= 0);
  const byName = (a: TSearchHit, b: TSearchHit) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0);

  it("orders by popularity: active installs, then number of ratings, then name", async () => {
    const hits = await all("popular");
    expect(hits.length).toBe(await dbCount({}));
    expect(isOrdered(hits, (a, b) => b.activeInstalls - a.activeInstalls || b.rating.count - a.rating.count || byName(a, b))).toBe(true);
    expect(hits[0]?.slug).toBe("s-ledger");
    // Without a query, "relevance" means popularity.
    expect(slugs(await all(undefined))).toEqual(slugs(hits));
    expect(slugs(await all("relevance"))).toEqual(slugs(hits));
  });

  it("orders by Bayesian rating, reviewed modules first", async () => {
    const hits = await all("rating");
    const reviewed = await prisma.module.findMany({ where: { status: "PUBLISHED", ratingCount: { gt: 0 } }, select: { ratingAverage: true } });
    const m = reviewed.reduce((s, r) => s + r.ratingAverage, 0) / reviewed.length;
    const score = (h: TSearchHit) => (BAYESIAN_PRIOR_WEIGHT * m + h.rating.average * h.rating.count) / (BAYESIAN_PRIOR_WEIGHT + h.rating.count);
    expect(
      isOrdered(hits, (a, b) => Number(b.rating.count > 0) - Number(a.rating.count > 0) || score(b) - score(a) || b.rating.count - a.rating.count || byName(a, b)),
    ).toBe(true);
    const at = (slug: string) => slugs(hits).indexOf(slug);
    expect(at("s-crowd")).toBeLessThan(at("s-one-hit"));
    expect(hits.findIndex((h) => h.rating.count === 0)).toBe(reviewed.length);
  });

  it("orders by last update and by name", async () => {
    expect(isOrdered(await all("updated"), (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || byName(a, b))).toBe(true);
    const byNameHits = await all("name");
    expect(isOrdered(byNameHits, byName)).toBe(true);
    expect(byNameHits[0]?.name).toBe("Crowd Favourite");
  });

  it("applies a chosen sort to query results too", async () => {
    const hits = await all("popular", "invoices");
    expect(slugs(hits)).toEqual(["s-ledger", "s-invoice-reminders", "s-invoices"]);
  });
});

describe("pagination", () => {
  it("pages through every result once", async () => {
    const whole = await find({ sort: "name", perPage: 100 });
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(whole.count / 3); page += 1) {
      const res = await find({ sort: "name", perPage: 3, page });
      expect(res).toMatchObject({ count: whole.count, currentPage: page, perPage: 3, totalPages: Math.ceil(whole.count / 3) });
      seen.push(...slugs(res.data));
    }
    expect(seen).toEqual(slugs(whole.data));
    expect((await find({ sort: "name", perPage: 3, page: 99 })).data).toEqual([]);
  });
});

describe("over tRPC", () => {
  it("answers search.find with the declared shape, and catalog.findModules through the same search", async () => {
    const res = await api.search.find({ q: "invoices", category: finance.slug });
    expect(res.data[0]).toMatchObject({ slug: "s-invoices", publisher: { isVerified: true }, category: { slug: finance.slug } });
    expect(res.data[0]).not.toHaveProperty("id");
    const catalog = await api.catalog.findModules({ category: sales.slug, sort: "name" });
    expect(catalog.data.map((m) => m.slug)).toEqual(["s-crowd", "s-one-hit", "s-tracker", "s-pipeline", "s-no-version"]);
    expect(catalog.data[0]).not.toHaveProperty("highlight");
  });

  it("suggests names as you type, with the typed part highlighted", async () => {
    const res = await api.search.suggest({ q: "inv" });
    expect(res.map((s) => s.slug)).toEqual(["s-invoice-reminders", "s-invoices"]);
    expect(res[1]?.highlight).toEqual([
      { text: "Inv", isMatch: true },
      { text: "oices", isMatch: false },
    ]);
    expect((await api.search.suggest({ q: "invoce" })).map((s) => s.slug)).toContain("s-invoices");
    expect((await api.search.suggest({ q: "tracker", limit: 1 })).map((s) => s.slug)).toEqual(["s-tracker"]);
    // A summary word is not a name.
    expect(await api.search.suggest({ q: "kanban" })).toEqual([]);
  });

  it("rejects malformed searches", async () => {
    await expect(api.search.find({ q: "x".repeat(101) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.search.find({ compatibleOnly: true })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.search.find({ coreVersion: "two" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.search.find({ minRating: 5 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.search.find({ category: "../etc" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // @ts-expect-error: not a sort
    await expect(api.search.find({ sort: "random" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.search.suggest({ q: " " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.search.suggest({ q: "in", limit: 50 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("treats tsquery syntax and SQL in a query as plain words", async () => {
    for (const q of ["invoices:* | !ledger", "'; DROP TABLE \"Module\"; --", "(a & b) <-> c", "%_\\"]) {
      await expect(api.search.find({ q })).resolves.toMatchObject({ query: expect.any(String) });
    }
    expect(slugs((await api.search.find({ q: "invoices:* | !ledger" })).data)).toEqual(["s-ledger"]);
  });
});
