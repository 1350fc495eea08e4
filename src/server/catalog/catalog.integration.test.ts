// Guards: the public catalog shows published modules only, filters, sorts and pages correctly,
// and the module page hides drafts from the public (issue 2).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { createCaller } from "~/server/root";
import { actorOf, createCategory, createModule, createPublisher, createUser, createVersion } from "../../../test/factories";

const publicCaller = createCaller({ actor: null });

describe("catalog", () => {
  let cat: Awaited<ReturnType<typeof createCategory>>;
  let other: Awaited<ReturnType<typeof createCategory>>;
  let author: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    author = await createUser(prisma);
    const publisher = await createPublisher(prisma, { isVerified: true, members: [{ userId: author.id }] });
    [cat, other] = await Promise.all([createCategory(prisma, { sortOrder: 1 }), createCategory(prisma, { sortOrder: 2 })]);
    const base = { publisherId: publisher.id, categoryId: cat.id };
    const day = 86_400_000;
    await createModule(prisma, { ...base, slug: "cat-alpha", name: "Alpha", activeInstalls: 5, ratingAverage: 4.1, ratingCount: 10, updatedAt: new Date(Date.now() - 3 * day) });
    await createModule(prisma, { ...base, slug: "cat-bravo", name: "Bravo", activeInstalls: 50, ratingAverage: 3.0, ratingCount: 2, updatedAt: new Date(Date.now() - 1 * day) });
    await createModule(prisma, { ...base, slug: "cat-charlie", name: "Charlie", activeInstalls: 1, ratingAverage: 4.9, ratingCount: 40, pricingModel: "ONE_TIME", priceCents: 4900, updatedAt: new Date(Date.now() - 9 * day) });
    await createModule(prisma, { ...base, slug: "cat-draft", name: "Draft Thing", status: "DRAFT" });
    await createModule(prisma, { ...base, slug: "cat-down", name: "Taken Down", status: "TAKEN_DOWN" });
    await createModule(prisma, { publisherId: publisher.id, categoryId: other.id, slug: "cat-other", name: "Other" });

    const detail = await createModule(prisma, {
      ...base,
      slug: "cat-detail",
      name: "Detail",
      description: "# Hello\n\n<script>alert(1)</script>",
      status: "PUBLISHED",
    });
    await createVersion(prisma, { moduleId: detail.id, version: "1.0.0", state: "DEPRECATED", setLatest: false });
    await createVersion(prisma, {
      moduleId: detail.id,
      version: "1.2.0",
      permissions: ["client.read"],
      optionalPermissions: ["analytics.read"],
      coreRange: ">=2.0.0 <4.0.0",
      dependencies: [
        { moduleSlug: "cat-alpha", range: "^1.0.0" },
        { moduleSlug: "cat-bravo", range: "^2.0.0", isOptional: true },
      ],
    });
    await createVersion(prisma, { moduleId: detail.id, version: "1.10.0", state: "YANKED", setLatest: false });
    await createVersion(prisma, { moduleId: detail.id, version: "2.0.0", state: "SUBMITTED", setLatest: false });
  });

  it("lists only published modules of a category, with counts and pages", async () => {
    const page1 = await publicCaller.catalog.findModules({ category: cat.slug, perPage: 2, sort: "name" });
    expect(page1).toMatchObject({ count: 4, currentPage: 1, perPage: 2, totalPages: 2 });
    expect(page1.data.map((m) => m.slug)).toEqual(["cat-alpha", "cat-bravo"]);
    const page2 = await publicCaller.catalog.findModules({ category: cat.slug, perPage: 2, page: 2, sort: "name" });
    expect(page2.data.map((m) => m.slug)).toEqual(["cat-charlie", "cat-detail"]);
    expect(page1.data[0]).toMatchObject({ publisher: { isVerified: true }, category: { slug: cat.slug }, price: { model: "FREE" } });
  });

  it("filters by price and sorts as stated", async () => {
    const paid = await publicCaller.catalog.findModules({ category: cat.slug, pricing: "paid" });
    expect(paid.data.map((m) => m.slug)).toEqual(["cat-charlie"]);
    expect(paid.data[0]?.price).toEqual({ model: "ONE_TIME", cents: 4900, currency: "usd", interval: null });
    const slugs = async (sort: "popular" | "rating" | "updated") =>
      (await publicCaller.catalog.findModules({ category: cat.slug, pricing: "free", sort })).data.map((m) => m.slug);
    expect(await slugs("popular")).toEqual(["cat-bravo", "cat-alpha", "cat-detail"]);
    expect(await slugs("rating")).toEqual(["cat-alpha", "cat-bravo", "cat-detail"]);
    expect((await slugs("updated"))[0]).toBe("cat-detail");
  });

  it("counts published modules per category", async () => {
    const cats = await publicCaller.catalog.findCategories();
    expect(cats.find((c) => c.slug === cat.slug)?.moduleCount).toBe(4);
    expect(cats.find((c) => c.slug === other.slug)?.moduleCount).toBe(1);
    expect(cats.findIndex((c) => c.slug === cat.slug)).toBeLessThan(cats.findIndex((c) => c.slug === other.slug));
  });

  it("rejects malformed filters", async () => {
    await expect(publicCaller.catalog.findModules({ category: "../../etc" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(publicCaller.catalog.findModules({ perPage: 1000 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("shows a module page with public versions newest first, permissions in words and dependencies", async () => {
    const m = await publicCaller.catalog.getModule({ slug: "cat-detail" });
    expect(m.versions.map((v) => [v.version, v.state])).toEqual([
      ["1.10.0", "YANKED"],
      ["1.2.0", "PUBLISHED"],
      ["1.0.0", "DEPRECATED"],
    ]);
    expect(m.latestVersion).toBe("1.2.0");
    expect(m.coreRange).toBe(">=2.0.0 <4.0.0");
    expect(m.permissions).toEqual([
      { name: "client.read", description: "See your clients and their contact details", isOptional: false },
      { name: "analytics.read", description: "Read usage analytics", isOptional: true },
    ]);
    expect(m.dependencies).toEqual([
      { slug: "cat-alpha", range: "^1.0.0", isOptional: false, name: "Alpha" },
      { slug: "cat-bravo", range: "^2.0.0", isOptional: true, name: "Bravo" },
    ]);
    expect(m.canEdit).toBe(false);
  });

  it("hides drafts and taken-down modules from the public but not from their publisher", async () => {
    await expect(publicCaller.catalog.getModule({ slug: "cat-draft" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(publicCaller.catalog.getModule({ slug: "cat-down" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(publicCaller.catalog.getModule({ slug: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await createCaller({ actor: actorOf(author) }).catalog.getModule({ slug: "cat-draft" });
    expect(own).toMatchObject({ status: "DRAFT", canEdit: true });
  });

  it("keeps ratings within 1 to 5 at the database level", async () => {
    const [user, tenantModule] = await Promise.all([createUser(prisma), prisma.module.findUniqueOrThrow({ where: { slug: "cat-alpha" } })]);
    const tenant = await prisma.tenant.create({ data: { slug: `t-${user.id}`, name: "T", schemaName: `tenant_${user.id}` } });
    await expect(
      prisma.review.create({ data: { moduleId: tenantModule.id, userId: user.id, tenantId: tenant.id, rating: 6, body: "!" } }),
    ).rejects.toThrow();
  });
});
