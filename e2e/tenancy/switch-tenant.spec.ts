// Story: a tenant admin signs in with the form and switches between their workspaces (issue 2).
import { createCategory, createInstallation, createModule, createPublisher, createTenant, createUser, createVersion, TEST_PASSWORD } from "../../test/factories";
import { expect, test } from "../fixtures";

test("a tenant admin signs in and switches workspace", async ({ page, db }) => {
  const admin = await createUser(db, { name: "Switcher Admin" });
  const first = await createTenant(db, { name: "Aardvark Works", members: [{ userId: admin.id, role: "ADMIN" }] });
  const second = await createTenant(db, { name: "Zebra Holdings", members: [{ userId: admin.id, role: "OWNER" }] });
  const publisher = await createPublisher(db);
  const category = await createCategory(db);
  const module = await createModule(db, { publisherId: publisher.id, categoryId: category.id, name: "Switcher Clients" });
  const version = await createVersion(db, { moduleId: module.id, version: "1.4.2" });
  await createInstallation(db, { tenantId: first.id, moduleId: module.id, versionId: version.id });

  await page.goto("/login");
  await page.getByLabel("E-mail").fill(admin.email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page.getByRole("button", { name: "Switch workspace" })).toBeVisible();

  await page.goto(`/t/${first.slug}/modules`);
  await expect(page.getByRole("heading", { level: 1, name: "Modules" })).toBeVisible();
  await expect(page.getByText("Switcher Clients")).toBeVisible();
  await expect(page.getByText("1.4.2")).toBeVisible();

  await page.getByRole("button", { name: "Switch workspace" }).click();
  await page.getByRole("link", { name: /Zebra Holdings/ }).click();
  await expect(page).toHaveURL(`/t/${second.slug}/modules`);
  await expect(page.getByText("No modules installed yet")).toBeVisible();
  await expect(page.getByText("Switcher Clients")).toHaveCount(0);

  // Sign out from the account menu: the workspace is closed to the visitor again.
  await page.getByRole("button", { name: /account menu/ }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto(`/t/${second.slug}/modules`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("wrong credentials are refused with a clear message", async ({ page, db }) => {
  const user = await createUser(db);
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page.getByTestId("login-error")).toHaveText("That e-mail and password don't match an account.");
  await expect(page).toHaveURL(/\/login/);
});
