// Guards: only moderators reach the review queue and curation; only admins grant roles (issue 2).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { createCaller } from "~/server/root";
import { actorOf, createCategory, createModule, createPublisher, createUser, createVersion } from "../../../test/factories";

describe("moderation access and queue", () => {
  let user: Awaited<ReturnType<typeof createUser>>;
  let moderator: Awaited<ReturnType<typeof createUser>>;
  let admin: Awaited<ReturnType<typeof createUser>>;
  let moduleSlug: string;
  let newModuleSlug: string;

  beforeAll(async () => {
    [user, moderator, admin] = await Promise.all([
      createUser(prisma),
      createUser(prisma, { role: "MODERATOR" }),
      createUser(prisma, { role: "ADMIN" }),
    ]);
    const publisher = await createPublisher(prisma);
    const category = await createCategory(prisma);
    const existing = await createModule(prisma, { publisherId: publisher.id, categoryId: category.id });
    moduleSlug = existing.slug;
    await createVersion(prisma, { moduleId: existing.id, version: "1.0.0", permissions: ["client.read", "file.read"] });
    await createVersion(prisma, {
      moduleId: existing.id,
      version: "1.1.0",
      state: "SUBMITTED",
      permissions: ["client.read", "notification.send"],
      submittedAt: new Date(Date.now() - 2 * 86_400_000),
      checkReport: { ok: false, checks: [{ name: "migrations", status: "failed", problems: ["DROP SCHEMA"] }] },
    });
    const fresh = await createModule(prisma, { publisherId: publisher.id, categoryId: category.id, status: "DRAFT" });
    newModuleSlug = fresh.slug;
    await createVersion(prisma, { moduleId: fresh.id, version: "0.1.0", state: "SUBMITTED", submittedAt: new Date(Date.now() - 3600_000) });
  });

  it("refuses plain users the queue and curation, and changes nothing", async () => {
    const c = createCaller({ actor: actorOf(user) });
    await expect(c.moderation.findQueue({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(c.moderation.module.setFeatured({ slug: moduleSlug, isFeatured: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.module.findUniqueOrThrow({ where: { slug: moduleSlug } })).isFeatured).toBe(false);
    await expect(createCaller({ actor: null }).moderation.findQueue({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("shows moderators the queue oldest first with risk signals", async () => {
    const queue = await createCaller({ actor: actorOf(moderator) }).moderation.findQueue({});
    const ours = queue.data.filter((q) => [moduleSlug, newModuleSlug].includes(q.module.slug));
    expect(ours.map((q) => q.module.slug)).toEqual([moduleSlug, newModuleSlug]);
    expect(ours[0]).toMatchObject({
      version: "1.1.0",
      previousVersion: "1.0.0",
      module: { isNew: false },
      risk: { addedPermissions: ["notification.send"], removedPermissions: ["file.read"], failedChecks: ["migrations"] },
    });
    expect(ours[1]).toMatchObject({ previousVersion: null, module: { isNew: true } });
  });

  it("lets a moderator feature a published module (audited) but not a draft", async () => {
    const c = createCaller({ actor: actorOf(moderator) });
    await c.moderation.module.setFeatured({ slug: moduleSlug, isFeatured: true });
    expect((await prisma.module.findUniqueOrThrow({ where: { slug: moduleSlug } })).isFeatured).toBe(true);
    expect(await prisma.auditLog.count({ where: { action: "module.featured", actorId: moderator.id } })).toBe(1);
    await expect(c.moderation.module.setFeatured({ slug: newModuleSlug, isFeatured: true })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
  });

  it("lets only platform admins change platform roles", async () => {
    await expect(
      createCaller({ actor: actorOf(moderator) }).accounts.setPlatformRole({ email: user.email, role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).platformRole).toBe("USER");
    await createCaller({ actor: actorOf(admin) }).accounts.setPlatformRole({ email: user.email, role: "MODERATOR" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).platformRole).toBe("MODERATOR");
    await expect(
      createCaller({ actor: actorOf(admin) }).accounts.setPlatformRole({ email: admin.email, role: "USER" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });
});
