// Guards: the install plan preview — dependencies in order, new permissions on upgrades, migrations,
// licenses still needed, explained failures — and that only the tenant's own admins can ask (issue 4).
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
  uid,
} from "../../../test/factories";

describe("install plan preview", () => {
  const s = uid("p");
  const slug = (name: string) => `${name}-${s}`;
  let admin: Awaited<ReturnType<typeof createUser>>;
  let member: Awaited<ReturnType<typeof createUser>>;
  let outsiderAdmin: Awaited<ReturnType<typeof createUser>>;
  let tenantSlug: string;
  let otherTenantSlug: string;

  beforeAll(async () => {
    [admin, member, outsiderAdmin] = await Promise.all([createUser(prisma), createUser(prisma), createUser(prisma)]);
    const tenant = await createTenant(prisma, {
      coreVersion: "2.3.0",
      members: [
        { userId: admin.id, role: "ADMIN" },
        { userId: member.id, role: "MEMBER" },
      ],
    });
    tenantSlug = tenant.slug;
    otherTenantSlug = (await createTenant(prisma, { members: [{ userId: outsiderAdmin.id, role: "OWNER" }] })).slug;
    const pub = await createPublisher(prisma);
    const cat = await createCategory(prisma);
    const mod = (name: string, extra: Parameters<typeof createModule>[1] extends infer T ? Partial<T> : never = {}) =>
      createModule(prisma, { publisherId: pub.id, categoryId: cat.id, slug: slug(name), name: `${name} module`, ...extra });

    const clients = await mod("clients");
    const c120 = await createVersion(prisma, { moduleId: clients.id, version: "1.2.0", permissions: ["client.read"] });
    await prisma.moduleVersion.update({ where: { id: c120.id }, data: { migrations: [{ name: "001_init", up: "", down: "" }] } });
    const c140 = await createVersion(prisma, { moduleId: clients.id, version: "1.4.0", permissions: ["client.read", "client.write"] });
    await prisma.moduleVersion.update({
      where: { id: c140.id },
      data: { migrations: [{ name: "001_init", up: "", down: "" }, { name: "002_notes", up: "", down: "" }] },
    });
    await createInstallation(prisma, { tenantId: tenant.id, moduleId: clients.id, versionId: c120.id, grantedPermissions: ["client.read"] });

    const invoices = await mod("invoices", { pricingModel: "ONE_TIME", priceCents: 4900 });
    await createVersion(prisma, { moduleId: invoices.id, version: "2.1.0", permissions: ["invoice.read"], dependencies: [{ moduleSlug: slug("clients"), range: "^1.4" }] });

    const future = await mod("future");
    await createVersion(prisma, { moduleId: future.id, version: "1.0.0", coreRange: ">=3.0.0" });

    const broken = await mod("broken");
    await createVersion(prisma, { moduleId: broken.id, version: "1.0.0", dependencies: [{ moduleSlug: slug("nowhere"), range: "^1.0" }] });
  });

  it("plans dependencies first, with new permissions, pending migrations and licenses", async () => {
    const plan = await createCaller({ actor: actorOf(admin) }).installs.planInstall({ tenant: tenantSlug, modules: [{ slug: slug("invoices") }] });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.steps.map((st) => [st.slug, st.action, st.version, st.fromVersion])).toEqual([
      [slug("clients"), "upgrade", "1.4.0", "1.2.0"],
      [slug("invoices"), "install", "2.1.0", null],
    ]);
    const [upgrade, install] = plan.steps;
    expect(upgrade?.permissions.filter((p) => p.isNew).map((p) => p.name)).toEqual(["client.write"]);
    expect(upgrade?.migrations).toEqual(["002_notes"]);
    expect(upgrade?.isRequested).toBe(false);
    expect(install?.needsLicense).toBe(true);
    expect(plan.licensesNeeded).toEqual([slug("invoices")]);
    expect(plan.canConfirm).toBe(false);
  });

  it("says when nothing needs to change", async () => {
    const plan = await createCaller({ actor: actorOf(admin) }).installs.planInstall({ tenant: tenantSlug, modules: [{ slug: slug("clients"), range: "^1.2" }] });
    expect(plan).toMatchObject({ ok: true, steps: [], alreadySatisfied: [slug("clients")], canConfirm: false });
  });

  it("explains failures: core version and a missing dependency", async () => {
    const c = createCaller({ actor: actorOf(admin) });
    const core = await c.installs.planInstall({ tenant: tenantSlug, modules: [{ slug: slug("future") }] });
    expect(core).toMatchObject({ ok: false, error: { kind: "core" } });
    const missing = await c.installs.planInstall({ tenant: tenantSlug, modules: [{ slug: slug("broken") }] });
    expect(missing).toMatchObject({ ok: false, error: { kind: "missing" } });
    if (!missing.ok) expect(missing.error.message).toContain(slug("nowhere"));
  });

  it("is for the tenant's own admins only", async () => {
    await expect(
      createCaller({ actor: actorOf(member) }).installs.planInstall({ tenant: tenantSlug, modules: [{ slug: slug("invoices") }] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      createCaller({ actor: actorOf(outsiderAdmin) }).installs.planInstall({ tenant: tenantSlug, modules: [{ slug: slug("invoices") }] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Another tenant's admin planning in their own tenant sees their own (empty) installed set.
    const theirs = await createCaller({ actor: actorOf(outsiderAdmin) }).installs.planInstall({ tenant: otherTenantSlug, modules: [{ slug: slug("clients") }] });
    expect(theirs).toMatchObject({ ok: true, steps: [{ slug: slug("clients"), action: "install", version: "1.4.0" }] });
  });
});
