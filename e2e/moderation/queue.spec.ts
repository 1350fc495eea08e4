// Story: a moderator sees the review queue with its risk signals; a plain user cannot (issue 2).
import { createCategory, createModule, createPublisher, createUser, createVersion } from "../../test/factories";
import { expect, test } from "../fixtures";

test("a moderator sees submitted versions with their risk signals", async ({ page, db, loginAs }) => {
  const moderator = await createUser(db, { role: "MODERATOR" });
  const publisher = await createPublisher(db, { name: "Queue Publisher" });
  const category = await createCategory(db);
  const module = await createModule(db, { publisherId: publisher.id, categoryId: category.id, name: "Queue Helpdesk" });
  await createVersion(db, { moduleId: module.id, version: "1.0.0", permissions: ["client.read"] });
  await createVersion(db, {
    moduleId: module.id,
    version: "1.1.0",
    state: "SUBMITTED",
    permissions: ["client.read", "notification.send"],
    submittedAt: new Date(Date.now() - 3 * 86_400_000),
  });

  await loginAs(moderator);
  await page.goto("/");
  await page.getByRole("link", { name: "Moderation" }).click();
  await expect(page).toHaveURL("/moderation");
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: "Queue Helpdesk" });
  await expect(item).toContainText("1.1.0");
  await expect(item).toContainText("notification.send");
  await expect(item).toContainText("Queue Publisher");
});

test("a plain user is told the queue is for moderators and sees no link to it", async ({ page, db, loginAs }) => {
  const user = await createUser(db);
  await loginAs(user);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Moderation" })).toHaveCount(0);
  const res = await page.goto("/moderation");
  expect(res?.status()).toBe(403);
  await expect(page.getByText("Only moderators can open the moderation pages")).toBeVisible();
});
