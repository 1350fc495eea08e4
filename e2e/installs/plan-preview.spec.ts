// Story: a tenant admin picks a module in the marketplace and reviews the install plan (what will be
// installed or upgraded, in which order, what it can access) before anything runs; licenses still
// needed keep the Confirm button unavailable, with the reason.
import { createCategory, createInstallation, createModule, createPublisher, createTenant, createUser, createVersion, uid } from "../../test/factories";
import { expect, test } from "../fixtures";

test("a tenant admin sees the install plan with the dependency upgrade first", async ({ page, db, loginAs }) => {
  const admin = await createUser(db, { name: "Plan Admin" });
  const tenant = await createTenant(db, { name: "Plan Works", members: [{ userId: admin.id, role: "ADMIN" }] });
  const publisher = await createPublisher(db, { name: "Plan Publisher" });
  const category = await createCategory(db);
  const clients = await createModule(db, { publisherId: publisher.id, categoryId: category.id, slug: uid("clients-"), name: `Clients ${uid()}` });
  const invoices = await createModule(db, {
    publisherId: publisher.id,
    categoryId: category.id,
    slug: uid("invoices-"),
    name: `Invoices ${uid()}`,
    pricingModel: "ONE_TIME",
    priceCents: 4900,
  });
  const old = await createVersion(db, { moduleId: clients.id, version: "1.2.0", permissions: ["client.read"] });
  await createVersion(db, { moduleId: clients.id, version: "1.4.0", permissions: ["client.read", "client.write"] });
  await createVersion(db, { moduleId: invoices.id, version: "2.1.0", dependencies: [{ moduleSlug: clients.slug, range: "^1.4" }] });
  await createInstallation(db, { tenantId: tenant.id, moduleId: clients.id, versionId: old.id, grantedPermissions: ["client.read"] });

  await loginAs(admin);
  await page.goto(`/t/${tenant.slug}/modules?install=${invoices.slug}`);

  const sheet = page.getByRole("region", { name: "Install plan" });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByText(`Installing ${invoices.name} 2.1.0 will also upgrade ${clients.name} from 1.2.0 to 1.4.0.`)).toBeVisible();

  const steps = sheet.getByRole("list", { name: /Steps/ }).locator(":scope > li");
  await expect(steps).toHaveCount(2);
  const first = steps.nth(0);
  const second = steps.nth(1);
  await expect(first.getByRole("heading", { level: 3 })).toContainText(clients.name);
  await expect(first.getByText("Upgrade 1.2.0 → 1.4.0")).toBeVisible();
  await expect(first.getByText("Needed by the request")).toBeVisible();
  await expect(first.getByRole("listitem").filter({ hasText: "client.write" })).toContainText("New — needs your consent");
  await expect(first.getByRole("listitem").filter({ hasText: "client.read" })).not.toContainText("New — needs your consent");

  await expect(second.getByRole("heading", { level: 3 })).toContainText(invoices.name);
  await expect(second.getByText("Install 2.1.0")).toBeVisible();
  await expect(second.getByText("Requested", { exact: true })).toBeVisible();
  await expect(second.getByText("License needed")).toBeVisible();
  await expect(second.getByRole("link", { name: "Buying opens with billing" })).toHaveAttribute("href", `/modules/${invoices.slug}`);
  await expect(second.getByText("No database changes")).toBeVisible();

  // Nothing runs until the admin confirms, and a paid module without a license can't be confirmed.
  await expect(sheet.getByText(/Nothing has changed yet/)).toBeVisible();
  const confirm = sheet.getByTestId("confirm-install");
  await expect(confirm).toHaveText("Confirm and install");
  await expect(confirm).toBeDisabled();
  await expect(sheet.getByTestId("confirm-blocked-reason")).toContainText(`license for ${invoices.name}`);
  await expect(sheet.getByTestId("confirm-blocked-reason").getByRole("link", { name: invoices.name })).toHaveAttribute("href", `/modules/${invoices.slug}`);
});

test("a workspace member is asked to find an admin", async ({ page, db, loginAs }) => {
  const member = await createUser(db);
  const tenant = await createTenant(db, { members: [{ userId: member.id, role: "MEMBER" }] });
  const publisher = await createPublisher(db);
  const category = await createCategory(db);
  const module = await createModule(db, { publisherId: publisher.id, categoryId: category.id, name: `Notes ${uid()}` });
  await createVersion(db, { moduleId: module.id, version: "1.0.0" });

  await loginAs(member);
  await page.goto(`/t/${tenant.slug}/modules?install=${module.slug}`);
  await expect(page.getByText("Ask a workspace admin to install modules")).toBeVisible();
  await expect(page.getByRole("region", { name: "Install plan" })).toHaveCount(0);
});

test("a module that needs a newer core can't be installed", async ({ page, db, loginAs }) => {
  const owner = await createUser(db);
  const tenant = await createTenant(db, { coreVersion: "2.3.0", members: [{ userId: owner.id, role: "OWNER" }] });
  const publisher = await createPublisher(db);
  const category = await createCategory(db);
  const module = await createModule(db, { publisherId: publisher.id, categoryId: category.id, name: `Future ${uid()}` });
  await createVersion(db, { moduleId: module.id, version: "1.0.0", coreRange: ">=3.0.0" });

  await loginAs(owner);
  await page.goto(`/t/${tenant.slug}/modules?install=${module.slug}`);
  await expect(page.getByText("This can't be installed")).toBeVisible();
  await expect(page.getByRole("region", { name: "Install plan" })).toHaveCount(0);
});
