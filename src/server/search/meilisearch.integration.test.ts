// Contract tests of the Meilisearch adapter (issue 5). The same cases run against a local fake
// server (node:http, test-support/fake-meilisearch.ts), which also checks the requests the real
// `meilisearch` client sends (settings, documents, search parameters), and against a real
// Meilisearch when MEILISEARCH_HOST is set (skipped otherwise: there is no server on CI).
import crypto from "node:crypto";
import { Meilisearch } from "meilisearch";
import semver from "semver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "~/env";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/server/db";
import { createCategory, createModule, createPublisher, createVersion } from "../../../test/factories";
import { createMeilisearchSearch, HIGHLIGHT_POST, HIGHLIGHT_PRE, MEILISEARCH_SETTINGS } from "./meilisearch";
import { searchModules } from "./search-modules";
import type { SearchPort } from "./search-port";
import type { TSearchRequest } from "./search.schemas";
import { syncModuleSearch } from "./sync-search-index";
import { FakeMeilisearch } from "./test-support/fake-meilisearch";

const REAL_HOST = env.MEILISEARCH_HOST;
if (!REAL_HOST) console.info("meilisearch contract tests: the real-server run is skipped because MEILISEARCH_HOST is not set");

type Target = { name: string; skip: boolean; fake: FakeMeilisearch | null; host: string; apiKey?: string };
const targets: Target[] = [
  { name: "fake Meilisearch (node:http)", skip: false, fake: new FakeMeilisearch(), host: "" },
  {
    name: REAL_HOST ? `real Meilisearch at ${REAL_HOST}` : "real Meilisearch (skipped: MEILISEARCH_HOST is not set)",
    skip: !REAL_HOST,
    fake: null,
    host: REAL_HOST ?? "",
    apiKey: env.MEILISEARCH_API_KEY,
  },
];

let finance: Awaited<ReturnType<typeof createCategory>>;
let ids: Record<string, string> = {};

beforeAll(async () => {
  const [verified, plain] = await Promise.all([createPublisher(prisma, { isVerified: true }), createPublisher(prisma)]);
  const sales = await createCategory(prisma, { name: "Sales" });
  finance = await createCategory(prisma, { name: "Finance" });
  const rows: [string, Partial<Parameters<typeof createModule>[1]> & { coreRange?: string }][] = [
    ["m-invoices", { name: "Invoices", summary: "Send invoices to clients", categoryId: finance.id, publisherId: verified.id, activeInstalls: 40, ratingAverage: 4.5, ratingCount: 20, coreRange: ">=2.0.0 <3.0.0" }],
    ["m-reminders", { name: "Invoice Reminders", summary: "Chase late payers", categoryId: finance.id, publisherId: plain.id, activeInstalls: 900, ratingAverage: 3.9, ratingCount: 12, coreRange: ">=3.0.0" }],
    ["m-ledger", { name: "Ledger", summary: "Bookkeeping that reconciles invoices", categoryId: finance.id, publisherId: plain.id, activeInstalls: 5000, pricingModel: "SUBSCRIPTION", ratingAverage: 4.1, ratingCount: 3 }],
    ["m-salary", { name: "Salary Tracker", summary: "Payroll for small teams", categoryId: finance.id, publisherId: verified.id, activeInstalls: 10 }],
    ["m-pipeline", { name: "Sales Pipeline", summary: "Every deal from lead to won", categoryId: sales.id, publisherId: plain.id, activeInstalls: 300, pricingModel: "ONE_TIME", ratingAverage: 2.5, ratingCount: 8 }],
    ["m-draft", { name: "Invoices Draft", summary: "Not published", categoryId: finance.id, publisherId: verified.id, status: "DRAFT" }],
  ];
  for (const [slug, { coreRange, ...opts }] of rows) {
    const m = await createModule(prisma, { slug, ...(opts as Parameters<typeof createModule>[1]) });
    if (m.status === "PUBLISHED") await createVersion(prisma, { moduleId: m.id, coreRange: coreRange ?? ">=2.0.0" });
    ids = { ...ids, [slug]: m.id };
  }
  await prisma.module.update({ where: { id: ids["m-invoices"] }, data: { tags: ["billing"] } });
});

async function dbCount(where: Prisma.ModuleWhereInput, compatibleWith?: string) {
  const rows = await prisma.module.findMany({ where: { status: "PUBLISHED", ...where }, select: { latestVersion: { select: { coreRange: true } } } });
  return compatibleWith ? rows.filter((r) => r.latestVersion && semver.satisfies(compatibleWith, r.latestVersion.coreRange)).length : rows.length;
}

for (const target of targets) {
  describe.skipIf(target.skip)(target.name, () => {
    const indexUid = `adx_contract_${crypto.randomBytes(4).toString("hex")}`;
    let port: SearchPort;
    let client: Meilisearch;
    const find = (request: TSearchRequest) => searchModules(request, port);
    const calls = () => target.fake?.calls() ?? [];

    beforeAll(async () => {
      const host = target.fake ? await target.fake.start() : target.host;
      port = createMeilisearchSearch({ host, apiKey: target.apiKey, indexUid, db: prisma });
      client = new Meilisearch({ host, ...(target.apiKey ? { apiKey: target.apiKey } : {}) });
    });

    afterAll(async () => {
      if (target.fake) return target.fake.stop();
      for (const uid of [indexUid, `${indexUid}_rebuild`]) await client.deleteIndex(uid).waitTask();
    });

    it("rebuilds the index: settings, every published module, swapped in whole", async () => {
      target.fake?.clear();
      expect(await port.rebuild()).toEqual({ indexed: 5 });

      const docs = await client.index(indexUid).getDocuments<Record<string, unknown>>({ limit: 100 });
      expect(docs.results.map((d) => d.slug).sort()).toEqual(["m-invoices", "m-ledger", "m-pipeline", "m-reminders", "m-salary"]);
      expect(docs.results.find((d) => d.slug === "m-invoices")).toMatchObject({
        id: ids["m-invoices"],
        name: "Invoices",
        nameSort: "invoices",
        tags: ["billing"],
        categorySlug: finance.slug,
        isVerified: true,
        isFree: true,
        ratingAverage: 4.5,
        ratingFloor: 4,
        ratingCount: 20,
        hasRating: true,
        activeInstalls: 40,
        coreRange: ">=2.0.0 <3.0.0",
      });
      const settings = await client.index(indexUid).getSettings();
      expect(settings.searchableAttributes).toEqual(["name", "summary", "tags", "description"]);
      expect([...(settings.filterableAttributes ?? [])].sort()).toEqual([...MEILISEARCH_SETTINGS.filterableAttributes].sort());
      expect([...(settings.sortableAttributes ?? [])].sort()).toEqual([...MEILISEARCH_SETTINGS.sortableAttributes].sort());
      expect(settings.rankingRules).toEqual(MEILISEARCH_SETTINGS.rankingRules);
      expect(settings.synonyms).toMatchObject({ crm: ["customer relationship management"] });

      if (target.fake) {
        const staging = `${indexUid}_rebuild`;
        expect(calls().map((c) => `${c.method} ${c.path}`)).toEqual([
          `DELETE /indexes/${staging}`,
          "POST /indexes",
          `PATCH /indexes/${staging}/settings`,
          `POST /indexes/${staging}/documents`,
          "POST /indexes",
          "POST /swap-indexes",
          `DELETE /indexes/${staging}`,
          `GET /indexes/${indexUid}/documents`,
          `GET /indexes/${indexUid}/settings`,
        ]);
        expect(calls()[1]?.body).toEqual({ uid: staging, primaryKey: "id" });
        expect(calls()[2]?.body).toEqual(MEILISEARCH_SETTINGS);
        expect(calls()[3]?.query).toEqual({ primaryKey: "id" });
        expect(calls()[5]?.body).toEqual([{ indexes: [indexUid, staging] }]);
      }
    });

    it("searches: hits read back from the database as cards, highlighted as safe segments", async () => {
      target.fake?.clear();
      const res = await find({ q: "invoices", perPage: 10 });
      expect(res.data[0]).toMatchObject({ slug: "m-invoices", publisher: { isVerified: true }, price: { model: "FREE" } });
      expect(res.data[0]?.highlight.name).toEqual([{ text: "Invoices", isMatch: true }]);
      expect(res.data.map((h) => h.slug)).not.toContain("m-draft");
      if (target.fake) {
        const [search] = calls();
        expect(search?.path).toBe("/multi-search");
        expect(search?.body).toEqual({
          queries: [
            {
              indexUid,
              q: "invoices",
              filter: [],
              page: 1,
              hitsPerPage: 10,
              facets: ["categorySlug", "isFree", "ratingFloor", "isVerified"],
              attributesToRetrieve: ["id", "name", "summary"],
              attributesToHighlight: ["name", "summary"],
              highlightPreTag: HIGHLIGHT_PRE,
              highlightPostTag: HIGHLIGHT_POST,
            },
          ],
        });
      }
    });

    it("counts facets without their own filter, as the database does", async () => {
      target.fake?.clear();
      const request = { category: finance.slug, pricing: "free", minRating: 4, coreVersion: "2.3.0" } satisfies TSearchRequest;
      const res = await find(request);
      const cat = { category: { slug: finance.slug } };
      const free = { pricingModel: "FREE" } as const;
      const rated = { ratingAverage: { gte: 4 } };
      expect(res.count).toBe(await dbCount({ AND: [cat, free, rated] }));
      expect(res.facets.categories.find((c) => c.slug === finance.slug)?.count).toBe(await dbCount({ AND: [cat, free, rated] }));
      expect(res.facets.pricing).toEqual({ free: await dbCount({ AND: [cat, free, rated] }), paid: await dbCount({ AND: [cat, { pricingModel: { not: "FREE" } }, rated] }) });
      expect(res.facets.minRating).toEqual(
        await Promise.all([4, 3, 2, 1].map(async (value) => ({ value, count: await dbCount({ AND: [cat, free, { ratingAverage: { gte: value } }] }) }))),
      );
      expect(res.facets.verified).toBe(await dbCount({ AND: [cat, free, rated, { publisher: { isVerified: true } }] }));
      expect(res.facets.compatible).toBe(await dbCount({ AND: [cat, free, rated] }, "2.3.0"));

      const only = await find({ ...request, minRating: undefined, compatibleOnly: true });
      expect(only.data.map((h) => h.slug).sort()).toEqual(["m-invoices", "m-salary"]);

      if (target.fake) {
        const [ranges, multi] = calls();
        expect(ranges?.body).toMatchObject({ limit: 0, facets: ["coreRange"] });
        const queries = (multi?.body as { queries: { filter: string[]; facets?: string[]; hitsPerPage: number }[] }).queries;
        const byCategory = `categorySlug = "${finance.slug}"`;
        expect(queries.map((q) => [q.filter, q.facets ?? null, q.hitsPerPage])).toEqual([
          [[byCategory, "isFree = true", "ratingAverage >= 4"], ["isVerified"], 24],
          [["isFree = true", "ratingAverage >= 4"], ["categorySlug"], 0],
          [[byCategory, "ratingAverage >= 4"], ["isFree"], 0],
          [[byCategory, "isFree = true"], ["ratingFloor"], 0],
          [[byCategory, "isFree = true", "ratingAverage >= 4", 'coreRange IN [">=2.0.0", ">=2.0.0 <3.0.0"]'], null, 0],
        ]);
      }
    });

    it("sorts by the sortable attributes", async () => {
      target.fake?.clear();
      const res = await find({ sort: "popular", perPage: 100 });
      expect(res.data.map((h) => h.slug)).toEqual(["m-ledger", "m-reminders", "m-pipeline", "m-invoices", "m-salary"]);
      const byName = await find({ sort: "name", perPage: 100 });
      expect(byName.data.map((h) => h.name)).toEqual(["Invoice Reminders", "Invoices", "Ledger", "Salary Tracker", "Sales Pipeline"]);
      const rated = await find({ sort: "rating", perPage: 100 });
      expect(rated.data.at(-1)?.slug).toBe("m-salary");
      if (target.fake) {
        const sorts = calls().map((c) => (c.body as { queries: { sort?: string[] }[] }).queries[0]?.sort);
        expect(sorts).toEqual([
          ["activeInstalls:desc", "ratingCount:desc", "nameSort:asc"],
          ["nameSort:asc"],
          ["hasRating:desc", "bayesianRating:desc", "ratingCount:desc", "nameSort:asc"],
        ]);
      }
    });

    it("suggests names as you type", async () => {
      target.fake?.clear();
      const res = await port.suggest({ q: "inv", limit: 5 });
      expect(res.map((s) => s.slug).sort()).toEqual(["m-invoices", "m-reminders"]);
      expect(res.find((s) => s.slug === "m-invoices")?.highlight.some((s) => s.isMatch)).toBe(true);
      if (target.fake) {
        expect(calls()[0]).toMatchObject({
          method: "POST",
          path: `/indexes/${indexUid}/search`,
          body: { q: "inv", attributesToSearchOn: ["name"], limit: 5, attributesToRetrieve: ["slug", "name"], attributesToHighlight: ["name"] },
        });
      }
    });

    it.skipIf(target.fake !== null)("tolerates typos (engine behaviour: real server only)", async () => {
      expect((await find({ q: "invoce" })).data.map((h) => h.slug)).toContain("m-invoices");
    });

    it("keeps an entry in step with the catalog: removed when taken down, back when restored", async () => {
      const id = ids["m-salary"]!;
      await prisma.module.update({ where: { id }, data: { status: "TAKEN_DOWN" } });
      target.fake?.clear();
      expect(await syncModuleSearch(id, port)).toEqual({ backend: "meilisearch", skipped: false, indexed: 0, removed: 1 });
      if (target.fake) expect(calls().at(-1)).toMatchObject({ method: "POST", path: `/indexes/${indexUid}/documents/delete-batch`, body: [id] });
      expect((await find({ q: "salary" })).count).toBe(0);

      await prisma.module.update({ where: { id }, data: { status: "PUBLISHED", name: "Salary Tracker Pro" } });
      expect(await syncModuleSearch(id, port)).toMatchObject({ indexed: 1, removed: 0 });
      const back = await find({ q: "salary" });
      expect(back.data.map((h) => h.name)).toEqual(["Salary Tracker Pro"]);
    });
  });
}
