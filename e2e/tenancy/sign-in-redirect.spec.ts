// Story: a signed-out visitor is sent to sign-in from a tenant page and comes back after; outsiders get a 404 (issue 2).
import { createTenant, createUser, TEST_PASSWORD } from "../../test/factories";
import { expect, test } from "../fixtures";

test("a signed-out visitor is sent to sign-in from a tenant page, then back", async ({ page, db }) => {
  const member = await createUser(db);
  const tenant = await createTenant(db, { name: "Redirect Co", members: [{ userId: member.id, role: "MEMBER" }] });

  await page.goto(`/t/${tenant.slug}/modules`);
  await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(`/t/${tenant.slug}/modules`)}`));

  await page.getByLabel("E-mail").fill(member.email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).toHaveURL(`/t/${tenant.slug}/modules`);
  await expect(page.getByText("Redirect Co").first()).toBeVisible();
});

test("a signed-in outsider gets the 404 page for another tenant", async ({ page, db, loginAs }) => {
  const owner = await createUser(db);
  const outsider = await createUser(db);
  const tenant = await createTenant(db, { name: "Private Co", members: [{ userId: owner.id, role: "OWNER" }] });
  await loginAs(outsider);
  const res = await page.goto(`/t/${tenant.slug}/modules`);
  expect(res?.status()).toBe(404);
  await expect(page.getByText("Private Co")).toHaveCount(0);
});
