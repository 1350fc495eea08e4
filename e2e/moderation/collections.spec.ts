// Story: moderators curate featured collections (create, pick modules in order, publish, delete) that the home page shows (issue 5).
import type { Locator, Page } from "@playwright/test";
import { createCategory, createModule, createPublisher, createUser, createVersion, uid } from "../../test/factories";
import { expect, test } from "../fixtures";

/** A word no other module has, letters only (search terms are words), so the picker finds just ours. */
const uniqueWord = () => `Zq${uid().replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)] ?? "x")}`;

async function addModule(card: Locator, query: string, name: string) {
  const search = card.getByRole("searchbox", { name: "Add a module" });
  await search.fill(query);
  await card.getByRole("button", { name: `Add ${name}` }).click();
  await expect(search).toHaveValue("");
}

const itemNames = (card: Locator) => card.getByTestId("collection-item");

async function openCollections(page: Page) {
  await page.goto("/moderation/collections");
  await expect(page.getByRole("heading", { level: 1, name: "Featured collections" })).toBeVisible();
}

test("a moderator curates a collection that the home page shows in order, then deletes it", async ({ page, db, loginAs }) => {
  test.setTimeout(120_000);
  const moderator = await createUser(db, { role: "MODERATOR" });
  const publisher = await createPublisher(db, { name: `Shelf Labs ${uid()}` });
  const category = await createCategory(db);
  const word = uniqueWord();
  const ledger = await createModule(db, { publisherId: publisher.id, categoryId: category.id, name: `${word} Ledger` });
  const planner = await createModule(db, { publisherId: publisher.id, categoryId: category.id, name: `${word} Planner` });
  await createVersion(db, { moduleId: ledger.id, version: "1.0.0" });
  await createVersion(db, { moduleId: planner.id, version: "1.0.0" });
  const title = `Staff picks ${word}`;

  await loginAs(moderator);
  await page.goto("/moderation");
  await page.getByRole("navigation", { name: "Moderation" }).getByRole("link", { name: "Collections" }).click();
  await expect(page).toHaveURL("/moderation/collections");
  await expect(page.getByRole("heading", { level: 1, name: "Featured collections" })).toBeVisible();

  // The server's validation message appears next to the field it is about.
  const form = page.getByRole("form", { name: "New collection" });
  await form.getByRole("textbox", { name: "Title" }).fill("Ab");
  await expect(form.getByRole("textbox", { name: "Slug" })).toHaveValue("ab");
  await form.getByRole("button", { name: "Create collection" }).click();
  await expect(form.getByRole("textbox", { name: "Title" })).toHaveAccessibleDescription(/at least 3 characters/);

  // The slug follows the title; the new collection starts hidden, its editor open.
  await form.getByRole("textbox", { name: "Title" }).fill(title);
  await expect(form.getByRole("textbox", { name: "Slug" })).toHaveValue(`staff-picks-${word.toLowerCase()}`);
  await form.getByRole("textbox", { name: "Description (optional)" }).fill("Modules our moderators like");
  await form.getByRole("button", { name: "Create collection" }).click();
  await expect(page.getByTestId("collections-outcome")).toContainText(`Created “${title}”, hidden for now.`);
  const card = page.getByRole("article", { name: title });
  await expect(card.getByText("Hidden", { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: `Close ${title}` })).toHaveAttribute("aria-expanded", "true");

  // Two modules through the picker, then Planner moved to the top.
  await addModule(card, word, `${word} Ledger`);
  await addModule(card, `${word} plan`, `${word} Planner`);
  await expect(itemNames(card)).toHaveText([new RegExp(`${word} Ledger`), new RegExp(`${word} Planner`)]);
  await card.getByRole("button", { name: `Move ${word} Planner up` }).click();
  await expect(itemNames(card)).toHaveText([new RegExp(`${word} Planner`), new RegExp(`${word} Ledger`)]);
  // The keyboard stays on the moved module (it is now first, so on its "down" button).
  await expect(card.getByRole("button", { name: `Move ${word} Planner down` })).toBeFocused();
  await expect(card.getByText("Unsaved changes")).toBeVisible();
  await card.getByRole("button", { name: "Save modules" }).click();
  await expect(card.getByText("Saved 2 modules in this order.")).toBeVisible();
  await expect(card.getByText("Unsaved changes")).toHaveCount(0);

  // Publish it.
  await card.getByRole("checkbox", { name: "Show on the home page" }).check();
  await card.getByRole("button", { name: "Save details" }).click();
  await expect(card.getByText(`Saved “${title}”. It is on the home page.`)).toBeVisible();
  await expect(card.getByText("Published", { exact: true })).toBeVisible();

  // The home page shows the shelf, modules in the chosen order.
  await page.goto("/");
  const shelf = page.getByRole("region", { name: title });
  await expect(shelf).toBeVisible();
  await expect(shelf).toContainText("Modules our moderators like");
  await expect(shelf.getByRole("listitem")).toHaveCount(2);
  await expect(shelf.getByRole("listitem").nth(0)).toContainText(`${word} Planner`);
  await expect(shelf.getByRole("listitem").nth(1)).toContainText(`${word} Ledger`);

  // A module taken down leaves the home page and is marked in the editor.
  await db.module.update({ where: { id: ledger.id }, data: { status: "TAKEN_DOWN" } });
  await page.reload();
  await expect(shelf.getByRole("listitem")).toHaveCount(1);
  await openCollections(page);
  await card.getByRole("button", { name: `Edit ${title}` }).click();
  await expect(itemNames(card).nth(1)).toContainText("Hidden on the home page: taken down");

  // Delete, after confirming; it leaves the list and the home page.
  await card.getByRole("button", { name: "Delete collection…" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete “${title}”?` });
  await expect(dialog).toContainText("its shelf disappears from the home page");
  await dialog.getByRole("button", { name: "Delete collection" }).click();
  await expect(page.getByTestId("collections-outcome")).toContainText(`Deleted “${title}”. It is no longer on the home page.`);
  await expect(page.getByRole("article", { name: title })).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: title })).toHaveCount(0);
});

test("a plain user is told featured collections are for moderators", async ({ page, db, loginAs }) => {
  const user = await createUser(db);
  await loginAs(user);
  const res = await page.goto("/moderation/collections");
  expect(res?.status()).toBe(403);
  await expect(page.getByText("403 · Not allowed")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: /Only moderators/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Featured collections" })).toHaveCount(0);
});
