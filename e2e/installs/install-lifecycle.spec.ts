// Story: a tenant admin installs Invoices (Client Management comes with it), watches the job finish,
// updates it to a version with a new migration, rolls it back, and uninstalls it deleting its data,
// all from the Modules page, the plan sheet and the job page (UX.md tenant admin steps 4–6).
import type { Page } from "@playwright/test";
import { createCategory, createInstallation, createModule, createPublisher, createTenant, createUser, createVersion, uid } from "../../test/factories";
import type { PrismaDb as Db } from "../../src/server/db";
import { expect, test } from "../fixtures";
import { publishModuleCopy } from "./publish-module";

async function tablesIn(db: Db, schema: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
    schema,
  );
  return rows.map((r) => r.table_name);
}

async function columnsOf(db: Db, schema: string, table: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ column_name: string }[]>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
    schema,
    table,
  );
  return rows.map((r) => r.column_name);
}

/** Waits on the job page until the job has finished, and expects it to have succeeded with every step done. */
async function expectJobSucceeded(page: Page) {
  await expect(page).toHaveURL(/\/jobs\/[^/?]+$/);
  const status = page.getByTestId("job-status");
  await expect(status).toHaveAttribute("data-status", /^(SUCCEEDED|ROLLED_BACK|FAILED)$/, { timeout: 60_000 });
  if ((await status.getAttribute("data-status")) !== "SUCCEEDED") {
    throw new Error(`the job did not succeed: ${await page.getByTestId("job-error").innerText()}`);
  }
  const steps = page.getByTestId("job-step");
  const total = await steps.count();
  expect(total).toBeGreaterThan(0);
  await expect(page.locator('[data-testid="job-step"]:not([data-status="SUCCEEDED"])')).toHaveCount(0);
  await expect(page.getByTestId("job-progress-text")).toHaveText(`${total} of ${total} ${total === 1 ? "step" : "steps"} done`);
  await expect(page.getByTestId("job-success")).toBeVisible();
}

test("install, update, roll back and uninstall a module with its dependency, watching each job", async ({ page, db, loginAs }) => {
  test.setTimeout(240_000);
  const suffix = uid();
  const clientsSlug = `client-management-${suffix}`;
  const invoicesSlug = `invoices-${suffix}`;
  const author = await createUser(db);
  const moderator = await createUser(db, { role: "MODERATOR" });
  const publisher = await createPublisher(db, { members: [{ userId: author.id }] });
  const people = { author, moderator, publisher };
  await publishModuleCopy(db, people, { from: "client-management", slug: clientsSlug });
  await publishModuleCopy(db, people, { from: "invoices", slug: invoicesSlug, dependencies: { "client-management": clientsSlug } });

  const admin = await createUser(db, { name: "Lifecycle Admin" });
  const tenant = await createTenant(db, { name: "Lifecycle Works", members: [{ userId: admin.id, role: "ADMIN" }] });
  const modulesPath = `/t/${tenant.slug}/modules`;
  const installationOf = (slug: string) =>
    db.installation.findFirst({
      where: { tenantId: tenant.id, module: { slug } },
      select: { status: true, version: { select: { version: true } }, previousVersion: { select: { version: true } } },
    });

  // ── Plan and install: Invoices 2.1.0 brings Client Management 1.4.2 with it.
  await loginAs(admin);
  await page.goto(`${modulesPath}?install=${invoicesSlug}`);
  const sheet = page.getByRole("region", { name: "Install plan" });
  await expect(sheet.getByText("Installing Invoices 2.1.0 will also install Client Management 1.4.2.")).toBeVisible();
  const confirm = sheet.getByTestId("confirm-install");
  await expect(confirm).toHaveText("Confirm and install");
  await confirm.click();

  await expectJobSucceeded(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Install Invoices 2.1.0 and 1 more");
  const installJobUrl = page.url();
  const tables = await tablesIn(db, tenant.schemaName);
  expect(tables).toEqual(expect.arrayContaining(["invoices_invoices", "invoices_lines"]));
  expect(tables.some((t) => t.startsWith("client_mgmt_"))).toBe(true);
  expect(await installationOf(invoicesSlug)).toMatchObject({ status: "ACTIVE", version: { version: "2.1.0" } });
  expect(await installationOf(clientsSlug)).toMatchObject({ status: "ACTIVE", version: { version: "1.4.2" } });

  await page.getByRole("link", { name: "Go to Modules" }).click();
  await expect(page).toHaveURL(modulesPath);
  const invoicesRow = page.getByTestId(`installation-${invoicesSlug}`);
  const clientsRow = page.getByTestId(`installation-${clientsSlug}`);
  await expect(invoicesRow).toContainText("2.1.0");
  await expect(invoicesRow).toContainText("Active");
  await expect(clientsRow).toContainText("1.4.2");

  // ── Update: the author ships 2.2.0 with a migration that adds a column.
  await publishModuleCopy(db, people, {
    from: "invoices",
    slug: invoicesSlug,
    version: "2.2.0",
    dependencies: { "client-management": clientsSlug },
    migrations: {
      "002_notes": {
        up: "ALTER TABLE invoices_invoices ADD COLUMN notes text NOT NULL DEFAULT '';\n",
        down: "ALTER TABLE invoices_invoices DROP COLUMN IF EXISTS notes;\n",
      },
    },
  });
  await page.reload();
  await invoicesRow.getByRole("link", { name: /Update available → 2\.2\.0/ }).click();
  await expect(page).toHaveURL(/range=%3E2\.1\.0/);
  const updateSheet = page.getByRole("region", { name: "Update plan" });
  await expect(updateSheet.getByText("Upgrading Invoices (from 2.1.0 to 2.2.0) changes nothing else in this workspace.")).toBeVisible();
  await expect(updateSheet.getByText("002_notes")).toBeVisible();
  await updateSheet.getByRole("button", { name: "Confirm and update" }).click();

  await expectJobSucceeded(page);
  expect(await columnsOf(db, tenant.schemaName, "invoices_invoices")).toContain("notes");
  expect(await installationOf(invoicesSlug)).toMatchObject({ status: "ACTIVE", version: { version: "2.2.0" }, previousVersion: { version: "2.1.0" } });

  // ── Roll back to 2.1.0: the column 2.2.0 added goes away again.
  await page.goto(modulesPath);
  await expect(invoicesRow).toContainText("2.2.0");
  await invoicesRow.getByRole("button", { name: /Roll back to 2\.1\.0/ }).click();
  const rollback = page.getByRole("dialog", { name: "Roll Invoices back to 2.1.0?" });
  await expect(rollback).toBeVisible();
  await rollback.getByRole("button", { name: "Roll back to 2.1.0" }).click();

  await expectJobSucceeded(page);
  expect(await columnsOf(db, tenant.schemaName, "invoices_invoices")).not.toContain("notes");
  expect(await installationOf(invoicesSlug)).toMatchObject({ status: "ACTIVE", version: { version: "2.1.0" } });

  await page.goto(modulesPath);
  await expect(invoicesRow).toContainText("2.1.0");
  await expect(invoicesRow.getByRole("link", { name: /Update available → 2\.2\.0/ })).toBeVisible();

  // ── Client Management can't go while Invoices needs it: the dialog says why and offers no button.
  await clientsRow.getByRole("button", { name: /Uninstall/ }).click();
  const blocked = page.getByRole("dialog", { name: "Uninstall Client Management?" });
  await expect(blocked.getByTestId("uninstall-blocked")).toContainText("Invoices depends on Client Management");
  await expect(blocked.getByRole("button", { name: /^Uninstall and/ })).toBeDisabled();
  await page.keyboard.press("Escape");
  await expect(blocked).toBeHidden();

  // ── Uninstall Invoices, deleting its data: only after typing its name.
  await invoicesRow.getByRole("button", { name: /Uninstall/ }).click();
  const uninstall = page.getByRole("dialog", { name: "Uninstall Invoices?" });
  await expect(uninstall.getByRole("radio", { name: /Keep the data/ })).toBeChecked();
  await uninstall.getByRole("radio", { name: /Delete the data/ }).check();
  const deleteButton = uninstall.getByRole("button", { name: "Uninstall and delete data" });
  await expect(deleteButton).toBeDisabled();
  await uninstall.getByLabel("Type Invoices to confirm").fill("Invoices");
  await expect(deleteButton).toBeEnabled();
  await deleteButton.click();

  await expectJobSucceeded(page);
  const left = await tablesIn(db, tenant.schemaName);
  expect(left.filter((t) => t.startsWith("invoices_"))).toEqual([]);
  expect(left.some((t) => t.startsWith("client_mgmt_"))).toBe(true);
  expect(await installationOf(invoicesSlug)).toBeNull();
  const archives = await db.$queryRawUnsafe<{ nspname: string }[]>(`SELECT nspname FROM pg_namespace WHERE nspname LIKE $1`, `${tenant.schemaName.slice(0, 40)}_archive_%`);
  expect(archives).toEqual([]);

  await page.goto(modulesPath);
  await expect(invoicesRow).toHaveCount(0);
  await expect(clientsRow).toContainText("Active");

  // ── The Jobs tab lists all four, newest first; the first links back to its page.
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Jobs" }).click();
  await expect(page.getByTestId("job-row")).toHaveCount(4);
  await expect(page.getByTestId("job-row").first()).toContainText("Uninstall Invoices");
  await expect(page.getByTestId("job-row").last()).toContainText("Install Invoices 2.1.0 and 1 more");

  // ── A job belongs to its workspace: under another workspace's address it is not found.
  const other = await createTenant(db, { members: [{ userId: admin.id, role: "ADMIN" }] });
  const jobId = new URL(installJobUrl).pathname.split("/").at(-1) ?? "";
  await page.goto(`/t/${other.slug}/jobs/${jobId}`);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
});

test("a workspace member sees installed modules and jobs but no actions", async ({ page, db, loginAs }) => {
  const member = await createUser(db);
  const tenant = await createTenant(db, { members: [{ userId: member.id, role: "MEMBER" }] });
  const publisher = await createPublisher(db);
  const category = await createCategory(db);
  const module = await createModule(db, { publisherId: publisher.id, categoryId: category.id, name: `Notes ${uid()}` });
  const version = await createVersion(db, { moduleId: module.id, version: "1.0.0" });
  await createVersion(db, { moduleId: module.id, version: "1.1.0" });
  await createInstallation(db, { tenantId: tenant.id, moduleId: module.id, versionId: version.id });

  await loginAs(member);
  await page.goto(`/t/${tenant.slug}/modules`);
  const row = page.getByTestId(`installation-${module.slug}`);
  await expect(row).toContainText("1.0.0");
  await expect(row).toContainText("Update available → 1.1.0");
  await expect(row.getByRole("link", { name: /Update available/ })).toHaveCount(0);
  await expect(row.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Actions" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Jobs" }).click();
  await expect(page.getByRole("heading", { name: "No jobs yet" })).toBeVisible();
});

test("a failed update is undone, explained in words, and can be retried", async ({ page, db, loginAs }) => {
  test.setTimeout(180_000);
  const suffix = uid();
  const clientsSlug = `client-management-${suffix}`;
  const invoicesSlug = `invoices-${suffix}`;
  const author = await createUser(db);
  const moderator = await createUser(db, { role: "MODERATOR" });
  const publisher = await createPublisher(db, { members: [{ userId: author.id }] });
  const people = { author, moderator, publisher };
  const dependencies = { "client-management": clientsSlug };
  await publishModuleCopy(db, people, { from: "client-management", slug: clientsSlug });
  await publishModuleCopy(db, people, { from: "invoices", slug: invoicesSlug, dependencies });
  const admin = await createUser(db);
  const tenant = await createTenant(db, { members: [{ userId: admin.id, role: "OWNER" }] });

  await loginAs(admin);
  await page.goto(`/t/${tenant.slug}/modules?install=${invoicesSlug}`);
  await page.getByTestId("confirm-install").click();
  await expectJobSucceeded(page);

  // 2.2.0's migration passes review but fails when it runs: its second statement creates a table that exists.
  await publishModuleCopy(db, people, {
    from: "invoices",
    slug: invoicesSlug,
    version: "2.2.0",
    dependencies,
    migrations: {
      "002_broken": {
        up: "ALTER TABLE invoices_invoices ADD COLUMN notes text;\nCREATE TABLE invoices_lines (id integer);\n",
        down: "ALTER TABLE invoices_invoices DROP COLUMN IF EXISTS notes;\n",
      },
    },
  });
  const tablesBefore = await tablesIn(db, tenant.schemaName);
  await page.goto(`/t/${tenant.slug}/modules`);
  await page.getByTestId(`installation-${invoicesSlug}`).getByRole("link", { name: /Update available → 2\.2\.0/ }).click();
  await page.getByRole("button", { name: "Confirm and update" }).click();

  await expect(page.getByTestId("job-status")).toHaveAttribute("data-status", "ROLLED_BACK", { timeout: 60_000 });
  const failure = page.getByTestId("job-error");
  await expect(failure).toContainText("“Run Invoices database migrations” failed");
  await expect(page.getByTestId("job-error-reason")).toContainText("invoices_lines");
  await expect(failure).toContainText("Your workspace was restored to how it was.");
  await expect(page.locator('[data-testid="job-step"][data-status="SUCCEEDED"], [data-testid="job-step"][data-status="RUNNING"]')).toHaveCount(0);
  const failedJobUrl = page.url();

  expect(await tablesIn(db, tenant.schemaName)).toEqual(tablesBefore);
  expect(await columnsOf(db, tenant.schemaName, "invoices_invoices")).not.toContain("notes");
  const installation = await db.installation.findFirst({ where: { tenantId: tenant.id, module: { slug: invoicesSlug } }, select: { status: true, version: { select: { version: true } } } });
  expect(installation).toMatchObject({ status: "ACTIVE", version: { version: "2.1.0" } });

  // Retry runs the same request as a new job (which fails the same way), and the two link to each other.
  await failure.getByRole("button", { name: "Retry" }).click();
  await expect(page).not.toHaveURL(failedJobUrl);
  await expect(page.getByTestId("job-status")).toHaveAttribute("data-status", "ROLLED_BACK", { timeout: 60_000 });
  await expect(page.getByText("This job retries")).toBeVisible();
  await page.getByRole("link", { name: "an earlier job that failed" }).click();
  await expect(page).toHaveURL(failedJobUrl);
  await expect(page.getByTestId("job-retried-by")).toBeVisible();
  await expect(page.getByTestId("job-error").getByRole("button", { name: "Retry" })).toHaveCount(0);
});
