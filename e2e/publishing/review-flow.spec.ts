// Story: an author uploads a version in the portal and submits it; a moderator sees the report and
// diff and approves; the catalog shows the new version; a rejected version shows its reason to the author (issue 3).
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { scaffoldModule } from "../../src/cli/scaffold";
import { createModule } from "../../src/server/publishing/create-module";
import { packDirectory } from "../../src/server/publishing/package/pack-directory";
import { getPublisherMembership } from "../../src/server/publishing/publisher-scope";
import { actorOf, createCategory, createPublisher, createUser, uid } from "../../test/factories";
import { expect, test } from "../fixtures";

async function packageFile(slug: string, version: string, permissions: string) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "adx-e2e-pkg-"));
  await scaffoldModule(dir, slug);
  const toml = path.join(dir, "module.toml");
  await fs.writeFile(toml, (await fs.readFile(toml, "utf8")).replace('version = "0.1.0"', `version = "${version}"`).replace('required = ["client.read"]', `required = ${permissions}`));
  await fs.appendFile(path.join(dir, "CHANGELOG.md"), `\n## ${version}\n\n- Release ${version}.\n`);
  const file = path.join(dir, `${slug}-${version}.tgz`);
  await fs.writeFile(file, (await packDirectory(dir)).data);
  return file;
}

test("upload, submit, review, approve, and reject with a reason", async ({ page, db, loginAs }) => {
  const author = await createUser(db, { name: "Review Author" });
  const moderator = await createUser(db, { role: "MODERATOR", name: "Review Moderator" });
  const publisher = await createPublisher(db, { name: "Review Works", members: [{ userId: author.id }] });
  const category = await createCategory(db);
  const slug = uid("rev-");
  const ctx = await getPublisherMembership(actorOf(author), publisher.slug, db);
  await createModule(actorOf(author), ctx, { slug, name: "Review Flow Module", summary: "Goes through the review in a browser", categorySlug: category.slug }, db);

  // The author uploads 1.0.0 in the portal and submits it.
  await loginAs(author);
  await page.goto(`/p/${publisher.slug}/modules/${slug}`);
  await page.locator('input[type="file"]').setInputFiles(await packageFile(slug, "1.0.0", '["client.read"]'));
  const row100 = page.getByRole("row", { name: /^1\.0\.0 / });
  await expect(row100).toContainText(/draft/i);
  await row100.getByRole("button", { name: "Submit for review" }).click();
  await expect(row100).toContainText(/in review/i);

  // The moderator opens it from the queue, sees the report and the diff, and approves.
  await page.context().clearCookies();
  await loginAs(moderator);
  await page.goto("/moderation");
  await page.getByRole("link", { name: /Review Flow Module/ }).first().click();
  await expect(page).toHaveURL(/\/moderation\/versions\//);
  await expect(page.getByText(/first version/i).first()).toBeVisible();
  await expect(page.getByText("migrations", { exact: false }).first()).toBeVisible();
  await expect(page.getByText(`name = "${slug}"`)).toBeVisible();
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByText(/published/i).first()).toBeVisible();

  // Anyone now sees the version in the catalog.
  await page.context().clearCookies();
  await page.goto(`/modules/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Review Flow Module" })).toBeVisible();
  await expect(page.getByText("1.0.0").first()).toBeVisible();

  // 1.1.0 asks for a new permission; the moderator sees it in the diff and rejects it with a reason.
  await loginAs(author);
  await page.goto(`/p/${publisher.slug}/modules/${slug}`);
  await page.locator('input[type="file"]').setInputFiles(await packageFile(slug, "1.1.0", '["client.read", "notification.send"]'));
  const row110 = page.getByRole("row", { name: /^1\.1\.0 / });
  await expect(row110).toContainText(/draft/i);
  await row110.getByRole("button", { name: "Submit for review" }).click();
  await expect(row110).toContainText(/in review/i);

  await page.context().clearCookies();
  await loginAs(moderator);
  const v110 = await db.moduleVersion.findFirstOrThrow({ where: { module: { slug }, version: "1.1.0" } });
  await page.goto(`/moderation/versions/${v110.id}`);
  await expect(page.getByText(/changes since 1\.0\.0/i)).toBeVisible();
  await expect(page.getByText("notification.send").first()).toBeVisible();
  await page.getByRole("button", { name: "Reject…" }).click();
  await page.getByRole("dialog").getByLabel(/reason/i).fill("Explain to tenants why notifications are sent.");
  await page.getByRole("dialog").getByRole("button", { name: "Reject version" }).click();
  await expect(page.getByText(/rejected/i).first()).toBeVisible();

  await page.context().clearCookies();
  await loginAs(author);
  await page.goto(`/p/${publisher.slug}/modules/${slug}`);
  await expect(page.getByText("Explain to tenants why notifications are sent.")).toBeVisible();
  await expect(page.getByRole("row", { name: /^1\.1\.0 / })).toContainText(/rejected/i);

  // The decisions reached the author as in-app notifications too.
  await page.getByRole("link", { name: /notifications \(\d+ unread\)/i }).click();
  await expect(page).toHaveURL("/notifications");
  await expect(page.getByText("Review Flow Module 1.1.0 was rejected")).toBeVisible();
  await expect(page.getByText("Reason: Explain to tenants why notifications are sent.")).toBeVisible();
  await expect(page.getByText("Review Flow Module 1.0.0 was approved and published")).toBeVisible();
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("link", { name: /notifications \(\d+ unread\)/i })).toHaveCount(0);
});

test("an invalid package shows every problem inline, with file, line and column", async ({ page, db, loginAs }) => {
  const author = await createUser(db);
  const publisher = await createPublisher(db, { members: [{ userId: author.id }] });
  const category = await createCategory(db);
  const slug = uid("bad-");
  const ctx = await getPublisherMembership(actorOf(author), publisher.slug, db);
  await createModule(actorOf(author), ctx, { slug, name: "Bad Package Module", summary: "Receives a broken package", categorySlug: category.slug }, db);
  const file = await packageFile(slug, "not-semver", '["client.read", "root.everything"]');

  await loginAs(author);
  await page.goto(`/p/${publisher.slug}/modules/${slug}`);
  await page.locator('input[type="file"]').setInputFiles(file);
  const problems = page.getByRole("region", { name: /problems in module\.toml/i });
  await expect(problems).toBeVisible();
  await expect(problems).toContainText("module.version");
  await expect(problems).toContainText("root.everything");
  await expect(problems).toContainText(/:\d+:\d+/);
  expect(await db.moduleVersion.count({ where: { module: { slug } } })).toBe(0);
});
