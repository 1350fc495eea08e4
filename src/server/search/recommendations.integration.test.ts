// Guards discovery beyond search (issue 5): "popular in this category", "tenants that installed X
// also installed Y" from real Installation rows (counts only, never which tenant), and featured
// collections that only moderators curate, with an audit trail.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { createCaller } from "~/server/root";
import { actorOf, createCategory, createInstallation, createModule, createPublisher, createTenant, createUser, createVersion } from "../../../test/factories";

const anonymous = createCaller({ actor: null });

async function published(slug: string, categoryId: string, publisherId: string, activeInstalls = 0) {
  const m = await createModule(prisma, { slug, name: slug.replace("r-", "").toUpperCase(), categoryId, publisherId, activeInstalls });
  const v = await createVersion(prisma, { moduleId: m.id });
  return { ...m, versionId: v.id };
}

describe("recommendations", () => {
  let tenants: Awaited<ReturnType<typeof createTenant>>[];

  beforeAll(async () => {
    const publisher = await createPublisher(prisma);
    const [cat, other] = await Promise.all([createCategory(prisma), createCategory(prisma)]);
    const x = await published("r-x", cat.id, publisher.id, 10);
    const y = await published("r-y", cat.id, publisher.id, 5);
    const z = await published("r-z", other.id, publisher.id, 50);
    const w = await published("r-w", other.id, publisher.id, 500);
    const gone = await published("r-gone", cat.id, publisher.id, 999);
    const failed = await published("r-failed", other.id, publisher.id);
    await published("r-lonely", cat.id, publisher.id, 1);
    await createModule(prisma, { slug: "r-draft", categoryId: cat.id, publisherId: publisher.id, status: "DRAFT", activeInstalls: 10_000 });

    tenants = await Promise.all([1, 2, 3, 4].map(() => createTenant(prisma)));
    const [t1, t2, t3, t4] = tenants as [typeof tenants[number], typeof tenants[number], typeof tenants[number], typeof tenants[number]];
    const install = (t: { id: string }, m: { id: string; versionId: string }, status: "ACTIVE" | "INACTIVE" | "FAILED" = "ACTIVE") =>
      createInstallation(prisma, { tenantId: t.id, moduleId: m.id, versionId: m.versionId, status });
    // X with Y in three tenants (one of them inactive), with Z in two, with W in one; a failed
    // install of "failed" in two; "gone" in three but taken down later; t4 has Y and Z but not X.
    await Promise.all([
      install(t1, x), install(t2, x), install(t3, x),
      install(t1, y), install(t2, y), install(t3, y, "INACTIVE"),
      install(t1, z), install(t2, z),
      install(t3, w),
      install(t1, failed, "FAILED"), install(t2, failed, "FAILED"),
      install(t1, gone), install(t2, gone), install(t3, gone),
      install(t4, y), install(t4, z),
    ]);
    await prisma.module.update({ where: { id: gone.id }, data: { status: "TAKEN_DOWN" } });
  });

  it("recommends what tenants that installed X also installed, by how many, never who", async () => {
    const res = await anonymous.search.recommendations.alsoInstalled({ slug: "r-x" });
    expect(res.map((r) => [r.module.slug, r.tenantCount])).toEqual([
      ["r-y", 3],
      ["r-z", 2],
    ]);
    const json = JSON.stringify(res);
    for (const t of tenants) {
      expect(json).not.toContain(t.id);
      expect(json).not.toContain(t.slug);
    }
    expect(Object.keys(res[0] ?? {}).sort()).toEqual(["module", "tenantCount"]);
    expect(await anonymous.search.recommendations.alsoInstalled({ slug: "r-lonely" })).toEqual([]);
    expect((await anonymous.search.recommendations.alsoInstalled({ slug: "r-y", limit: 1 })).map((r) => r.module.slug)).toEqual(["r-z"]);
  });

  it("recommends the category's most popular other published modules", async () => {
    const res = await anonymous.search.recommendations.popularInCategory({ slug: "r-x" });
    expect(res.map((m) => m.slug)).toEqual(["r-y", "r-lonely"]);
  });

  it("knows only published modules", async () => {
    await expect(anonymous.search.recommendations.popularInCategory({ slug: "r-draft" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(anonymous.search.recommendations.alsoInstalled({ slug: "r-gone" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(anonymous.search.recommendations.alsoInstalled({ slug: "r-x", limit: 100 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("featured collections", () => {
  let moderator: ReturnType<typeof createCaller>;
  let user: ReturnType<typeof createCaller>;
  let moderatorId: string;

  beforeAll(async () => {
    const [mod, someone] = await Promise.all([createUser(prisma, { role: "MODERATOR" }), createUser(prisma)]);
    moderatorId = mod.id;
    moderator = createCaller({ actor: actorOf(mod) });
    user = createCaller({ actor: actorOf(someone) });
    const publisher = await createPublisher(prisma);
    const cat = await createCategory(prisma);
    for (const slug of ["c-one", "c-two", "c-three"]) await createModule(prisma, { slug, name: slug, categoryId: cat.id, publisherId: publisher.id });
    await createModule(prisma, { slug: "c-draft", categoryId: cat.id, publisherId: publisher.id, status: "DRAFT" });
  });

  it("lets moderators create a collection, set its modules in order and show it on the home page", async () => {
    const created = await moderator.search.collections.create({ slug: "starter-kit", title: "Starter kit", description: "Begin here", sortOrder: 2 });
    expect(created).toMatchObject({ slug: "starter-kit", isPublished: true, items: [] });
    const set = await moderator.search.collections.setItems({ id: created.id, moduleSlugs: ["c-three", "c-one"] });
    expect(set.items.map((i) => [i.position, i.slug])).toEqual([
      [0, "c-three"],
      [1, "c-one"],
    ]);
    const other = await moderator.search.collections.create({ slug: "first", title: "First up", sortOrder: 1 });
    await moderator.search.collections.setItems({ id: other.id, moduleSlugs: ["c-two"] });
    const hidden = await moderator.search.collections.create({ slug: "secret", title: "Not yet", isPublished: false });
    await moderator.search.collections.setItems({ id: hidden.id, moduleSlugs: ["c-two"] });

    const home = await anonymous.search.findCollections();
    expect(home.map((c) => [c.slug, c.modules.map((m) => m.slug)])).toEqual([
      ["first", ["c-two"]],
      ["starter-kit", ["c-three", "c-one"]],
    ]);
    expect((await moderator.search.collections.findAll()).map((c) => c.slug)).toEqual(["secret", "first", "starter-kit"]);

    // A module taken down later disappears from the home page, not from the moderators' view.
    await prisma.module.update({ where: { slug: "c-three" }, data: { status: "TAKEN_DOWN" } });
    expect((await anonymous.search.findCollections()).find((c) => c.slug === "starter-kit")?.modules.map((m) => m.slug)).toEqual(["c-one"]);
    expect((await moderator.search.collections.findAll()).find((c) => c.slug === "starter-kit")?.items.map((i) => i.status)).toEqual(["TAKEN_DOWN", "PUBLISHED"]);
    await prisma.module.update({ where: { slug: "c-three" }, data: { status: "PUBLISHED" } });

    const renamed = await moderator.search.collections.update({ id: created.id, data: { title: "Starter pack", isPublished: false } });
    // Only the named fields change.
    expect(renamed).toMatchObject({ title: "Starter pack", isPublished: false, description: "Begin here", sortOrder: 2 });
    expect((await anonymous.search.findCollections()).map((c) => c.slug)).toEqual(["first"]);
    await moderator.search.collections.delete({ id: created.id });
    expect(await prisma.collectionItem.count({ where: { collectionId: created.id } })).toBe(0);

    const audit = await prisma.auditLog.findMany({ where: { actorId: moderatorId, targetId: created.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["collection.created", "collection.items_set", "collection.updated", "collection.deleted"]);
  });

  it("reports every module it cannot add, and refuses duplicate slugs", async () => {
    const c = await moderator.search.collections.create({ slug: "checks", title: "Checks" });
    await expect(moderator.search.collections.setItems({ id: c.id, moduleSlugs: ["c-one", "nope", "c-draft"] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: 'There is no module called "nope". "c-draft" is not published.',
    });
    await expect(moderator.search.collections.setItems({ id: c.id, moduleSlugs: ["c-one", "c-one"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(moderator.search.collections.create({ slug: "checks", title: "Again" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(moderator.search.collections.update({ id: "missing", data: { title: "Nothing" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moderator.search.collections.update({ id: c.id, data: {} })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is forbidden to everyone but moderators", async () => {
    const c = await moderator.search.collections.create({ slug: "guarded", title: "Guarded" });
    for (const caller of [user]) {
      await expect(caller.search.collections.findAll()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.search.collections.create({ slug: "mine", title: "Mine" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.search.collections.update({ id: c.id, data: { title: "Hijacked" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.search.collections.setItems({ id: c.id, moduleSlugs: ["c-one"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.search.collections.delete({ id: c.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(anonymous.search.collections.create({ slug: "anon", title: "Anon" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await prisma.collection.findUnique({ where: { id: c.id }, select: { title: true, items: true } })).toEqual({ title: "Guarded", items: [] });
    expect(await prisma.collection.count({ where: { slug: { in: ["mine", "anon"] } } })).toBe(0);
  });
});
