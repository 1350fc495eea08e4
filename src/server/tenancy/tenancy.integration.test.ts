// Guards: a tenant's data is visible and changeable only by its own members, by role (issue 2).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { createCaller } from "~/server/root";
import {
  actorOf,
  createCategory,
  createInstallation,
  createModule,
  createPublisher,
  createTenant,
  createUser,
  createVersion,
} from "../../../test/factories";

const callerFor = (user: Parameters<typeof actorOf>[0] | null) => createCaller({ actor: user ? actorOf(user) : null });

describe("tenant isolation", () => {
  let adminA: Awaited<ReturnType<typeof createUser>>;
  let memberA: Awaited<ReturnType<typeof createUser>>;
  let adminB: Awaited<ReturnType<typeof createUser>>;
  let tenantA: Awaited<ReturnType<typeof createTenant>>;
  let tenantB: Awaited<ReturnType<typeof createTenant>>;

  beforeAll(async () => {
    [adminA, memberA, adminB] = await Promise.all([createUser(prisma), createUser(prisma), createUser(prisma)]);
    tenantA = await createTenant(prisma, {
      name: "Tenant A",
      members: [
        { userId: adminA.id, role: "ADMIN" },
        { userId: memberA.id, role: "MEMBER" },
      ],
    });
    tenantB = await createTenant(prisma, { name: "Tenant B", members: [{ userId: adminB.id, role: "OWNER" }] });
    const publisher = await createPublisher(prisma);
    const category = await createCategory(prisma);
    const module = await createModule(prisma, { publisherId: publisher.id, categoryId: category.id });
    const version = await createVersion(prisma, { moduleId: module.id, version: "1.0.0", permissions: ["client.read"] });
    await createInstallation(prisma, { tenantId: tenantA.id, moduleId: module.id, versionId: version.id });
    await callerFor(adminA).tenancy.update({ tenant: tenantA.slug, data: { name: "Tenant A" } });
  });

  it("lets a member read their own tenant", async () => {
    const overview = await callerFor(memberA).tenancy.getOverview({ tenant: tenantA.slug });
    expect(overview).toMatchObject({ slug: tenantA.slug, role: "MEMBER", memberCount: 2, installedCount: 1, activeCount: 1 });
    const installs = await callerFor(memberA).installs.findInstallations({ tenant: tenantA.slug });
    expect(installs).toHaveLength(1);
  });

  it("answers NOT_FOUND to another tenant's admin for every read, revealing nothing", async () => {
    const b = callerFor(adminB);
    const reads = [
      () => b.tenancy.getOverview({ tenant: tenantA.slug }),
      () => b.tenancy.findMembers({ tenant: tenantA.slug }),
      () => b.tenancy.findActivity({ tenant: tenantA.slug }),
      () => b.installs.findInstallations({ tenant: tenantA.slug }),
    ];
    for (const read of reads) await expect(read()).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The same answer as for a tenant that does not exist at all.
    await expect(b.tenancy.getOverview({ tenant: "no-such-tenant" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses another tenant's admin a change and changes nothing", async () => {
    const auditBefore = await prisma.auditLog.count({ where: { tenantId: tenantA.id } });
    await expect(
      callerFor(adminB).tenancy.update({ tenant: tenantA.slug, data: { name: "Pwned by B" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const after = await prisma.tenant.findUniqueOrThrow({ where: { id: tenantA.id } });
    expect(after.name).toBe("Tenant A");
    expect(await prisma.auditLog.count({ where: { tenantId: tenantA.id } })).toBe(auditBefore);
  });

  it("requires the admin role to rename: a member gets FORBIDDEN", async () => {
    await expect(
      callerFor(memberA).tenancy.update({ tenant: tenantA.slug, data: { name: "Member rename" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.tenant.findUniqueOrThrow({ where: { id: tenantA.id } })).name).toBe("Tenant A");
  });

  it("requires the admin role for the activity feed", async () => {
    await expect(callerFor(memberA).tenancy.findActivity({ tenant: tenantA.slug })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const feed = await callerFor(adminA).tenancy.findActivity({ tenant: tenantA.slug });
    expect(feed.data.map((e) => e.action)).toContain("tenant.renamed");
  });

  it("lets the admin rename, records it in the audit log, and validates the name", async () => {
    const renamed = await callerFor(adminA).tenancy.update({ tenant: tenantA.slug, data: { name: "  Acme Renamed  " } });
    expect(renamed.name).toBe("Acme Renamed");
    const audit = await prisma.auditLog.findFirst({ where: { tenantId: tenantA.id, action: "tenant.renamed" }, orderBy: { createdAt: "desc" } });
    expect(audit?.data).toMatchObject({ to: "Acme Renamed" });
    await expect(callerFor(adminA).tenancy.update({ tenant: tenantA.slug, data: { name: "x" } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await callerFor(adminA).tenancy.update({ tenant: tenantA.slug, data: { name: "Tenant A" } });
  });

  it("lists only the caller's own tenants in the switcher", async () => {
    const mine = await callerFor(adminB).tenancy.findMyTenants();
    expect(mine.map((t) => t.slug)).toEqual([tenantB.slug]);
  });

  it("answers UNAUTHORIZED to a signed-out caller", async () => {
    await expect(callerFor(null).tenancy.getOverview({ tenant: tenantA.slug })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor(null).tenancy.findMyTenants()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
