// Guards: an author acts only on their own publisher's listings (issue 2).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { createCaller } from "~/server/root";
import { actorOf, createCategory, createModule, createPublisher, createUser, createVersion } from "../../../test/factories";

describe("publisher isolation", () => {
  let authorA: Awaited<ReturnType<typeof createUser>>;
  let authorB: Awaited<ReturnType<typeof createUser>>;
  let pubA: Awaited<ReturnType<typeof createPublisher>>;
  let pubB: Awaited<ReturnType<typeof createPublisher>>;
  let moduleA: Awaited<ReturnType<typeof createModule>>;

  beforeAll(async () => {
    [authorA, authorB] = await Promise.all([createUser(prisma), createUser(prisma)]);
    pubA = await createPublisher(prisma, { members: [{ userId: authorA.id }] });
    pubB = await createPublisher(prisma, { members: [{ userId: authorB.id }] });
    const category = await createCategory(prisma);
    moduleA = await createModule(prisma, { publisherId: pubA.id, categoryId: category.id, name: "Alpha" });
    await createVersion(prisma, { moduleId: moduleA.id, version: "1.0.0" });
    await createVersion(prisma, { moduleId: moduleA.id, version: "1.1.0", state: "SUBMITTED", setLatest: false });
  });

  it("shows an author their publisher's modules with every version", async () => {
    const dash = await createCaller({ actor: actorOf(authorA) }).publishing.getDashboard({ publisher: pubA.slug });
    expect(dash.modules.map((m) => m.slug)).toEqual([moduleA.slug]);
    expect(dash.modules[0]?.versions.map((v) => [v.version, v.state])).toEqual([
      ["1.1.0", "SUBMITTED"],
      ["1.0.0", "PUBLISHED"],
    ]);
    expect(dash.totals).toEqual({ modules: 1, activeInstalls: 0, pendingReview: 1 });
  });

  it("hides another publisher's dashboard (NOT_FOUND)", async () => {
    await expect(
      createCaller({ actor: actorOf(authorB) }).publishing.getDashboard({ publisher: pubA.slug }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses to let an author edit another publisher's module, through either publisher, and changes nothing", async () => {
    const b = createCaller({ actor: actorOf(authorB) });
    await expect(
      b.publishing.module.update({ publisher: pubA.slug, slug: moduleA.slug, data: { name: "Hijacked" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Naming their own publisher does not reach a module that belongs to another one.
    await expect(
      b.publishing.module.update({ publisher: pubB.slug, slug: moduleA.slug, data: { name: "Hijacked" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const after = await prisma.module.findUniqueOrThrow({ where: { id: moduleA.id } });
    expect(after.name).toBe("Alpha");
    expect(await prisma.auditLog.count({ where: { targetId: moduleA.id } })).toBe(0);
  });

  it("lets the author edit their own listing, audited, with validation", async () => {
    const a = createCaller({ actor: actorOf(authorA) });
    const updated = await a.publishing.module.update({
      publisher: pubA.slug,
      slug: moduleA.slug,
      data: { summary: "A better summary for Alpha", tags: ["Invoicing", "crm"] },
    });
    expect(updated).toMatchObject({ summary: "A better summary for Alpha", tags: ["invoicing", "crm"] });
    expect(await prisma.auditLog.count({ where: { targetId: moduleA.id, action: "module.listing_updated" } })).toBe(1);
    await expect(
      a.publishing.module.update({ publisher: pubA.slug, slug: moduleA.slug, data: { summary: "short" } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(a.publishing.module.update({ publisher: pubA.slug, slug: moduleA.slug, data: {} })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("lists only the caller's publishers", async () => {
    const mine = await createCaller({ actor: actorOf(authorB) }).publishing.findMyPublishers();
    expect(mine.map((p) => p.slug)).toEqual([pubB.slug]);
  });
});
