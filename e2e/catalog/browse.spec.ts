// Story: a visitor browses the catalog, filters by category, pages through it and opens a module page (issue 2).
import { createCategory, createModule, createPublisher, createVersion, uid } from "../../test/factories";
import { expect, test } from "../fixtures";

test("a visitor filters the catalog by category, pages, and opens a module", async ({ page, db }) => {
  const publisher = await createPublisher(db, { name: `Browse Labs ${uid()}`, isVerified: true });
  const category = await createCategory(db, { name: `Browse Category ${uid()}`, sortOrder: -100 });
  // 13 modules: one more than a page of 12.
  for (let i = 1; i <= 13; i++) {
    const m = await createModule(db, {
      publisherId: publisher.id,
      categoryId: category.id,
      name: `Browse Module ${String(i).padStart(2, "0")}`,
      summary: `Browse summary number ${i}`,
    });
    await createVersion(db, { moduleId: m.id, version: "1.0.0" });
  }
  const featured = await createModule(db, {
    publisherId: publisher.id,
    categoryId: category.id,
    name: "Browse Ledger",
    summary: "Ledger for browsing tests",
    description: "## Why Ledger\n\nKeeps **books**.\n\n<script>window.__pwned = true</script><img src=x onerror=\"window.__pwned = true\">",
    activeInstalls: 999,
    pricingModel: "ONE_TIME",
    priceCents: 4900,
  });
  await createVersion(db, { moduleId: featured.id, version: "1.0.0", state: "DEPRECATED", setLatest: false });
  await createVersion(db, {
    moduleId: featured.id,
    version: "1.1.0",
    permissions: ["invoice.read"],
    coreRange: ">=2.0.0 <4.0.0",
    dependencies: [{ moduleSlug: "browse-missing-dep", range: "^1.0.0" }],
  });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(category.name) }).click();
  await expect(page).toHaveURL(new RegExp(`category=${category.slug}`));

  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(12);
  // Most popular first: the module with the most active installs leads.
  await expect(cards.first()).toContainText("Browse Ledger");
  await expect(cards.first()).toContainText("$49");
  await expect(cards.first()).toContainText(publisher.name);
  await expect(page.getByText("of 14 modules")).toBeVisible();

  await page.getByRole("navigation", { name: /pagination/i }).getByRole("link", { name: /next/i }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(cards).toHaveCount(2);

  await page.goto(`/?category=${category.slug}`);
  await cards.first().getByRole("link", { name: "Browse Ledger" }).click();
  await expect(page).toHaveURL(`/modules/${featured.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Browse Ledger" })).toBeVisible();
  await expect(page.getByText("Keeps")).toBeVisible();
  await expect(page.getByText("See invoices and payments")).toBeVisible();
  await expect(page.getByText("1.1.0").first()).toBeVisible();
  await expect(page.getByText(">=2.0.0 <4.0.0").first()).toBeVisible();
  // Below the module: the most popular others of its category, streamed in after the page.
  const popular = page.getByRole("region", { name: `Popular in ${category.name}` });
  await expect(popular.getByRole("article")).toHaveCount(3);
  await expect(popular.getByRole("article").filter({ hasText: "Browse Ledger" })).toHaveCount(0);
  // The description's script and event handler were sanitised away.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await expect(page.locator("main script")).toHaveCount(0);
  await expect(page.locator("main [onerror]")).toHaveCount(0);
});

test("an unknown module answers with the 404 page", async ({ page }) => {
  const res = await page.goto("/modules/no-such-module-anywhere");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("link", { name: /home|catalog|browse/i }).first()).toBeVisible();
});
