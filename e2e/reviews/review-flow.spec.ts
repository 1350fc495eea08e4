// Story: a tenant admin finds an installed module by searching with a typo, filtering and sorting, and reviews it; its author replies, someone reports
// the review, and a moderator hides it; the module's rating changes accordingly (issue 5).
import type { Page } from "@playwright/test";
import {
  createCategory,
  createInstallation,
  createModule,
  createPublisher,
  createTenant,
  createUser,
  createVersion,
  uid,
} from "../../test/factories";
import { expect, test } from "../fixtures";

async function writeReview(page: Page, slug: string, stars: string, body: string) {
  await page.goto(`/modules/${slug}`);
  await page.getByRole("button", { name: "Write a review" }).click();
  const form = page.getByTestId("review-form");
  await form.getByRole("radio", { name: stars }).check();
  await form.getByRole("textbox", { name: "Your review" }).fill(body);
  await form.getByRole("button", { name: "Publish review" }).click();
  await expect(page.getByText("Thanks! Your review is published.")).toBeVisible();
  await expect(page.getByTestId("my-review")).toContainText(body);
}

test("a tenant admin finds a module by searching with a typo, filtering and sorting, and reviews it; the author replies; a moderator hides the reported review", async ({ page, db, loginAs }) => {
  test.setTimeout(120_000);
  const author = await createUser(db, { name: "Rae Author" });
  const admin = await createUser(db, { name: "Tess Admin" });
  const fan = await createUser(db, { name: "Fran Fan" });
  const reporter = await createUser(db, { name: "Rory Reporter" });
  const moderator = await createUser(db, { role: "MODERATOR", name: "Mona Moderator" });
  const publisher = await createPublisher(db, { name: "Feedback Labs", members: [{ userId: author.id }] });
  const category = await createCategory(db);
  const slug = uid("rvw-");
  const module = await createModule(db, { publisherId: publisher.id, categoryId: category.id, slug, name: "Feedback Forms" });
  const v1 = await createVersion(db, { moduleId: module.id, version: "1.0.0" });
  const v2 = await createVersion(db, { moduleId: module.id, version: "1.1.0" });
  const adminTenant = await createTenant(db, { name: "Admin Works", members: [{ userId: admin.id, role: "ADMIN" }] });
  const fanTenant = await createTenant(db, { name: "Fan Club", members: [{ userId: fan.id, role: "OWNER" }] });
  await createInstallation(db, { tenantId: adminTenant.id, moduleId: module.id, versionId: v1.id });
  await createInstallation(db, { tenantId: fanTenant.id, moduleId: module.id, versionId: v2.id });
  const complaint = "Forms break when a field has more than 50 options. Support never answered.";
  // What the search must tell apart: a paid namesake, one in another category, and a lower-rated free one in the same category.
  const otherCategory = await createCategory(db);
  await createVersion(db, {
    moduleId: (await createModule(db, { publisherId: publisher.id, categoryId: category.id, name: "Feedback Kiosk", pricingModel: "ONE_TIME", priceCents: 2900, ratingAverage: 4.9, ratingCount: 40 })).id,
  });
  await createVersion(db, {
    moduleId: (await createModule(db, { publisherId: publisher.id, categoryId: otherCategory.id, name: "Feedback Widgets", ratingAverage: 4.8, ratingCount: 30 })).id,
  });
  await createVersion(db, {
    moduleId: (await createModule(db, { publisherId: publisher.id, categoryId: category.id, name: "Feedback Polls", ratingAverage: 3, ratingCount: 2, activeInstalls: 500 })).id,
  });

  // Someone who doesn't use the module is told how to be able to review it.
  await loginAs(reporter);
  await page.goto(`/modules/${slug}`);
  await expect(page.getByTestId("cannot-review")).toContainText("Install it in one of your workspaces to review it");
  await expect(page.getByRole("button", { name: "Write a review" })).toHaveCount(0);

  // A happy user and the tenant admin review it; the statistics follow.
  await page.context().clearCookies();
  await loginAs(fan);
  await writeReview(page, slug, "5 stars: Excellent", "Our whole team switched to it within a week. Great module.");

  // The tenant admin finds it: suggestions while typing, then a search with a typo.
  await page.context().clearCookies();
  await loginAs(admin);
  await page.goto("/");
  const searchBox = page.getByRole("combobox", { name: "Search modules" });
  await searchBox.fill("feedb");
  await expect(page.getByRole("listbox", { name: "Suggested modules" }).getByRole("option", { name: "Feedback Forms" })).toBeVisible();
  await searchBox.fill("feedbak");
  await searchBox.press("Enter");
  await expect(page).toHaveURL(/\/modules\?q=feedbak$/);
  await expect(page.getByRole("heading", { name: "Results for “feedbak”" })).toBeVisible();
  const results = page.getByRole("article");
  await expect(results.filter({ hasText: "Feedback Kiosk" })).toHaveCount(1);
  await expect(results.filter({ hasText: "Feedback Forms" }).locator("mark").first()).toHaveText(/Feedback/);

  // Free modules of one category, best rated first.
  const filters = page.getByRole("navigation", { name: "Filters" });
  await filters.getByRole("link", { name: /^Free/ }).click();
  await expect(page).toHaveURL(/pricing=free/);
  await expect(results.filter({ hasText: "Feedback Kiosk" })).toHaveCount(0);
  await filters.getByRole("link", { name: new RegExp(`^${category.name}`) }).click();
  await expect(page).toHaveURL(new RegExp(`category=${category.slug}`));
  await expect(results.filter({ hasText: "Feedback Widgets" })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Free");
  await expect(results).toHaveCount(2);
  await expect(page.getByLabel("Sort by")).toHaveValue("relevance");
  await page.getByLabel("Sort by").selectOption("rating");
  await expect(page).toHaveURL(/sort=rating/);
  await expect(results.first()).toContainText("Feedback Forms"); // 5.0 from one review beats 3.0 from two
  await expect(results.nth(1)).toContainText("Feedback Polls");

  // It opens from the results, and the admin reviews it.
  await results.first().getByRole("link", { name: "Feedback Forms" }).click();
  await expect(page).toHaveURL(`/modules/${slug}`);
  await page.getByRole("button", { name: "Write a review" }).click();
  const form = page.getByTestId("review-form");
  await form.getByRole("button", { name: "Publish review" }).click();
  await expect(form.getByText("Choose a rating from 1 to 5 stars.")).toBeVisible();
  await expect(form.getByText(/Write at least 10 characters/)).toBeVisible();
  await form.getByRole("radio", { name: "2 stars: Fair" }).check();
  await form.getByRole("textbox", { name: "Your review" }).fill(complaint);
  await expect(form).toContainText("1.0.0, as installed in Admin Works");
  await form.getByRole("button", { name: "Publish review" }).click();
  await expect(page.getByText("Thanks! Your review is published.")).toBeVisible();
  const summary = page.getByTestId("rating-summary");
  await expect(summary).toHaveAttribute("data-count", "2");
  await expect(summary).toHaveAttribute("data-average", "3.5");
  await expect(summary).toContainText("2 reviews");

  // Reviews can be filtered by the version reviewed.
  await page.getByLabel("Version", { exact: true }).selectOption("1.0.0");
  await expect(page.getByTestId("review")).toHaveCount(1);
  await expect(page.getByTestId("review")).toContainText(complaint);
  await expect(page.getByTestId("review")).toContainText("Version 1.0.0");

  // The author replies once.
  await page.context().clearCookies();
  await loginAs(author);
  await page.goto(`/modules/${slug}`);
  await expect(page.getByTestId("cannot-review")).toContainText("You publish Feedback Forms");
  const toReply = page.getByTestId("review").filter({ hasText: complaint });
  await toReply.getByRole("button", { name: /^Reply/ }).click();
  await toReply.getByRole("textbox", { name: "Your reply, as the publisher" }).fill("Sorry about that: 1.1.0 lifts the limit to 500 options.");
  await toReply.getByRole("button", { name: "Post reply" }).click();
  await expect(toReply.getByTestId("review-reply")).toContainText("Reply from Feedback Labs");
  await expect(toReply.getByTestId("review-reply")).toContainText("1.1.0 lifts the limit");
  await expect(toReply.getByRole("button", { name: /^Reply/ })).toHaveCount(0);

  // Someone reports it.
  await page.context().clearCookies();
  await loginAs(reporter);
  await page.goto(`/modules/${slug}`);
  const toReport = page.getByTestId("review").filter({ hasText: complaint });
  await toReport.getByRole("button", { name: /^Report/ }).click();
  const dialog = page.getByTestId("report-dialog");
  await dialog.getByRole("radio", { name: "Spam or advertising" }).check();
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText("Thanks for the report. A moderator will look at the review.")).toBeVisible();
  await expect(toReport).toContainText("You reported this review");

  // A moderator finds it under Flagged reviews and hides it with a reason.
  await page.context().clearCookies();
  await loginAs(moderator);
  await page.goto("/moderation");
  await page.getByRole("link", { name: /Flagged reviews/ }).click();
  await expect(page).toHaveURL("/moderation/reviews");
  const flagged = page.getByTestId("flagged-review").filter({ hasText: complaint });
  await expect(flagged).toContainText("Spam or advertising");
  await expect(flagged).toContainText("Feedback Forms");
  await flagged.getByRole("button", { name: "Hide review…" }).click();
  const hideDialog = page.getByRole("dialog");
  await hideDialog.getByRole("button", { name: "Hide review", exact: true }).click();
  await expect(hideDialog.getByText(/Write at least 10 characters/)).toBeVisible();
  await hideDialog.getByRole("textbox", { name: "Reason" }).fill("Not a review of the module's features; the support complaint belongs in a ticket.");
  await hideDialog.getByRole("button", { name: "Hide review", exact: true }).click();
  await expect(page.getByText(/Hidden\. The review is off the Feedback Forms page/)).toBeVisible();
  await expect(page.getByText("it is now rated 5.0 from 1 review")).toBeVisible();

  // The module page no longer shows it, and its statistics count only the visible review.
  await page.context().clearCookies();
  await page.goto(`/modules/${slug}`);
  await expect(page.getByTestId("rating-summary")).toHaveAttribute("data-count", "1");
  await expect(page.getByTestId("rating-summary")).toHaveAttribute("data-average", "5.0");
  await expect(page.getByTestId("review")).toHaveCount(1);
  await expect(page.getByTestId("review").filter({ hasText: complaint })).toHaveCount(0);
  await expect(page.getByRole("img", { name: "Rated 5.0 out of 5 from 1 review" }).first()).toBeVisible();

  // Its author still sees it, marked hidden with the moderator's reason.
  await loginAs(admin);
  await page.goto(`/modules/${slug}`);
  await expect(page.getByTestId("my-review")).toContainText("Hidden by a moderator");
  await expect(page.getByTestId("my-review")).toContainText("the support complaint belongs in a ticket");
});
