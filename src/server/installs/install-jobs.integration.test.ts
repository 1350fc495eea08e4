// Issue 4: install, upgrade, uninstall, activate, deactivate and rollback jobs against a real
// PostgreSQL, run by the real Inngest function through the local durable executor (and, for the
// happy paths, under @inngest/test as well); a failure injected at every step of install and
// upgrade leaves the tenant exactly as before.
import { InngestTestEngine } from "@inngest/test";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { createCaller } from "~/server/root";
import { getTenantMembership, type TenantContext } from "~/server/tenancy/tenant-scope";
import { LocalExecutor } from "~/server/executor/local-executor";
import { inngest } from "~inngest/client";
import { functions } from "~inngest/functions";
import { runInstallsJob } from "~inngest/functions/installs/run-installs-job";
import { actorOf, createTenant, createUser, uid } from "../../../test/factories";
import { publishReferenceModule, withMigration, withVersion } from "../../../test/factories/packages";
import { snapshotTenant } from "../../../test/support/tenant-snapshot";
import { clearFaults, injectFault } from "./fault-points";
import { requestInstall, requestModuleJob } from "./request-job";
import { tenantRoleName } from "./tenant-db";

const executor = new LocalExecutor({ client: inngest, functions, db: prisma, backoffMs: () => 5, pollMs: 20 });
const loadJob = (jobId: string) => prisma.job.findUniqueOrThrow({ where: { id: jobId }, include: { steps: { orderBy: { position: "asc" } } } });

/** Runs the jobs requested so far to their end with the local executor (the embedded default). */
async function runJob(jobId: string) {
  await executor.drain({ timeoutMs: 60_000 });
  return { job: await loadJob(jobId) };
}

/** The same function under @inngest/test: steps memoised in memory, no executor. */
async function runJobWithTestEngine(jobId: string) {
  const job = await prisma.job.findUniqueOrThrow({ where: { id: jobId }, select: { tenantId: true } });
  const t = new InngestTestEngine({ function: runInstallsJob, events: [{ name: "installs/job.requested", data: { jobId, tenantId: job.tenantId } }] });
  const { result, error } = await t.execute();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return { result, job: await loadJob(jobId) };
}

const key = () => uid("key-");

async function tablesOf(schema: string) {
  const rows = await prisma.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`,
    schema,
  );
  return rows.map((r) => r.table_name);
}

async function columnsOf(schema: string, table: string) {
  const rows = await prisma.$queryRawUnsafe<{ column_name: string }[]>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
    schema,
    table,
  );
  return rows.map((r) => r.column_name);
}

let admin: Awaited<ReturnType<typeof createUser>>;
let member: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  admin = await createUser(prisma);
  member = await createUser(prisma);
  await publishReferenceModule("client-management");
  await publishReferenceModule("invoices");
  // 2.2.0 adds a column (with a default) and an index; its down migration takes them away again.
  await publishReferenceModule("invoices", [
    withVersion("2.2.0"),
    withMigration(
      "002_notes",
      "ALTER TABLE invoices_invoices ADD COLUMN notes text NOT NULL DEFAULT '';\nCREATE INDEX invoices_invoices_notes_idx ON invoices_invoices (notes);\n",
      "DROP INDEX IF EXISTS invoices_invoices_notes_idx;\nALTER TABLE invoices_invoices DROP COLUMN IF EXISTS notes;\n",
    ),
  ]);
}, 120_000);

afterEach(() => clearFaults());

async function newTenant(): Promise<TenantContext> {
  const t = await createTenant(prisma, { members: [{ userId: admin.id, role: "ADMIN" }, { userId: member.id, role: "MEMBER" }] });
  return getTenantMembership(actorOf(admin), t.slug);
}

async function install(tenant: TenantContext, modules: { slug: string; range?: string }[]) {
  const { jobId } = await requestInstall(tenant, { modules, idempotencyKey: key() });
  return runJob(jobId);
}

describe("install", () => {
  it("installs invoices with client-management first, in the tenant's schema, as the tenant role", async () => {
    const tenant = await newTenant();
    const { job } = await install(tenant, [{ slug: "invoices", range: "2.1.0" }]);
    expect(job.status).toBe("SUCCEEDED");
    expect(job.steps.map((s) => [s.name, s.status])).toEqual([
      ["validate", "SUCCEEDED"],
      ["resolve", "SUCCEEDED"],
      ["fetch:client-management", "SUCCEEDED"],
      ["migrate:client-management", "SUCCEEDED"],
      ["register:client-management", "SUCCEEDED"],
      ["hook:client-management", "SUCCEEDED"],
      ["activate:client-management", "SUCCEEDED"],
      ["fetch:invoices", "SUCCEEDED"],
      ["migrate:invoices", "SUCCEEDED"],
      ["register:invoices", "SUCCEEDED"],
      ["hook:invoices", "SUCCEEDED"],
      ["activate:invoices", "SUCCEEDED"],
    ]);
    const tables = await tablesOf(tenant.schemaName);
    expect(tables).toEqual(expect.arrayContaining(["client_mgmt_clients", "invoices_invoices", "invoices_lines"]));
    const owners = await prisma.$queryRawUnsafe<{ owner: string }[]>(
      `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = $1`,
      tenant.schemaName,
    );
    expect(owners).toEqual([{ owner: tenantRoleName(tenant.schemaName) }]);

    const installations = await prisma.installation.findMany({ where: { tenantId: tenant.id }, include: { module: true, version: true } });
    expect(installations.map((i) => [i.module.slug, i.version.version, i.status]).sort()).toEqual([
      ["client-management", "1.4.2", "ACTIVE"],
      ["invoices", "2.1.0", "ACTIVE"],
    ]);
    const invoices = installations.find((i) => i.module.slug === "invoices");
    expect(invoices?.grantedPermissions).toEqual(expect.arrayContaining(["invoice.read", "invoice.write", "notification.send"]));
    expect(invoices?.registrations).toMatchObject({ pages: ["ui/invoices-page.json", "ui/invoice-form.json"] });
    const hookOutput = job.steps.find((s) => s.name === "hook:invoices")?.output;
    expect(hookOutput).toEqual({ ran: true, result: { created: 0 } });

    const audit = await prisma.auditLog.findMany({ where: { tenantId: tenant.id }, select: { action: true, data: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["module.installed", "module.installed"]);
    const events = await prisma.executorEvent.findMany({ where: { name: "module.installed" }, select: { data: true } });
    expect(events.map((e) => (e.data as { moduleSlug: string; tenantId: string }).moduleSlug)).toEqual(
      expect.arrayContaining(["client-management", "invoices"]),
    );
  });

  it("runs the same function under @inngest/test", async () => {
    const tenant = await newTenant();
    const { jobId } = await requestInstall(tenant, { modules: [{ slug: "client-management" }], idempotencyKey: key() });
    const { result, job } = await runJobWithTestEngine(jobId);
    expect(result).toEqual({ jobId, status: "SUCCEEDED" });
    expect(job.steps.every((s) => s.status === "SUCCEEDED")).toBe(true);
    expect(await tablesOf(tenant.schemaName)).toContain("client_mgmt_clients");
    // The executor, seeing the same event afterwards, finds the job finished and changes nothing.
    await executor.drain({ timeoutMs: 60_000 });
    expect((await loadJob(jobId)).status).toBe("SUCCEEDED");
  });

  it("the tenant role cannot read the platform's tables or another tenant's schema", async () => {
    const a = await newTenant();
    const b = await newTenant();
    expect((await install(a, [{ slug: "client-management" }])).job.status).toBe("SUCCEEDED");
    expect((await install(b, [{ slug: "client-management" }])).job.status).toBe("SUCCEEDED");
    const { runAsTenant } = await import("./tenant-db");
    const attempt = (sql: string) => prisma.$transaction((tx) => runAsTenant(tx, a, sql));
    await expect(attempt(`SELECT * FROM public."User"`)).rejects.toThrow(/permission denied/);
    await expect(attempt(`SELECT * FROM "${b.schemaName}".client_mgmt_clients`)).rejects.toThrow(/permission denied/);
    await expect(attempt(`SELECT count(*) FROM client_mgmt_clients`)).resolves.toBeUndefined();
  });

  it("refuses a request that is already satisfied, and one the admin role is missing for", async () => {
    const tenant = await newTenant();
    await install(tenant, [{ slug: "client-management" }]);
    await expect(requestInstall(tenant, { modules: [{ slug: "client-management" }], idempotencyKey: key() })).rejects.toMatchObject({
      userMessage: expect.stringMatching(/already installed/),
    });
    const asMember = await getTenantMembership(actorOf(member), tenant.slug);
    await expect(requestInstall(asMember, { modules: [{ slug: "invoices" }], idempotencyKey: key() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requestInstall(tenant, { modules: [{ slug: "invoices", range: "2.1.0" }], expected: [{ slug: "invoices", version: "2.0.0" }], idempotencyKey: key() })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringMatching(/plan changed/),
    });
  });

  it("the same idempotency key gives the same job, and an equal request while one is pending joins it", async () => {
    const tenant = await newTenant();
    const k = key();
    const results = await Promise.all(Array.from({ length: 50 }, () => requestInstall(tenant, { modules: [{ slug: "invoices", range: "2.1.0" }], idempotencyKey: k })));
    expect(new Set(results.map((r) => r.jobId)).size).toBe(1);
    const other = await requestInstall(tenant, { modules: [{ slug: "invoices", range: "2.1.0" }], idempotencyKey: key() });
    expect(other.jobId).toBe(results[0]?.jobId);
    expect(await prisma.job.count({ where: { tenantId: tenant.id } })).toBe(1);
    await runJob(other.jobId);
    expect(await prisma.installation.count({ where: { tenantId: tenant.id } })).toBe(2);
  });
});

describe("failure at any step of an install restores the tenant exactly", () => {
  const steps = [
    "validate",
    "resolve",
    "fetch:client-management",
    "migrate:client-management",
    "register:client-management",
    "hook:client-management",
    "activate:client-management",
    "fetch:invoices",
    "migrate:invoices",
    "register:invoices",
    "hook:invoices",
    "activate:invoices",
  ];
  for (const step of steps) {
    for (const when of ["before", "after"] as const) {
      it(`${when} ${step}`, async () => {
        const tenant = await newTenant();
        const before = await snapshotTenant(prisma, tenant);
        injectFault(`${when}:${step}`);
        const { job } = await install(tenant, [{ slug: "invoices", range: "2.1.0" }]);
        expect(job.status).toBe("ROLLED_BACK");
        expect(job.error).toMatchObject({ step, message: expect.stringContaining(`injected fault at ${when}:${step}`) });
        const failedAt = job.steps.findIndex((s) => s.name === step);
        // The failed step and everything before it are undone; nothing after it ran.
        for (const [i, s] of job.steps.entries()) {
          if (i <= failedAt) expect([s.name, s.status]).toEqual([s.name, "COMPENSATED"]);
          else expect([s.name, s.status]).toEqual([s.name, "PENDING"]);
        }
        expect(await snapshotTenant(prisma, tenant)).toEqual(before);
        const audit = await prisma.auditLog.findMany({ where: { tenantId: tenant.id }, select: { action: true } });
        expect(audit.map((a) => a.action)).toEqual(["module.installation_failed", "module.installation_failed"]);
        expect(await prisma.notification.count({ where: { userId: admin.id, kind: "job.failed", link: { endsWith: job.id } } })).toBe(1);
      });
    }
  }

  it("between two migrations, and when a migration's SQL fails", async () => {
    const tenant = await newTenant();
    await install(tenant, [{ slug: "client-management" }]);
    await prisma.$executeRawUnsafe(`INSERT INTO "${tenant.schemaName}".client_mgmt_clients (name, email, company, status, notes) VALUES ('Ada', 'ada@example.com', 'Analytical', 'active', '')`);
    // A table in the way: invoices' 001_init cannot create it.
    await prisma.$executeRawUnsafe(`CREATE TABLE "${tenant.schemaName}".invoices_lines (id int)`);
    const before = await snapshotTenant(prisma, tenant);
    const { job } = await install(tenant, [{ slug: "invoices", range: "2.1.0" }]);
    expect(job.status).toBe("ROLLED_BACK");
    expect(job.error).toMatchObject({ step: "migrate:invoices", message: expect.stringMatching(/001_init of invoices failed: .*invoices_lines.* already exists/) });
    expect(await snapshotTenant(prisma, tenant)).toEqual(before);
  });
});

describe("upgrade and rollback", () => {
  async function tenantWithInvoices() {
    const tenant = await newTenant();
    await install(tenant, [{ slug: "invoices", range: "2.1.0" }]);
    await prisma.$executeRawUnsafe(`INSERT INTO "${tenant.schemaName}".invoices_invoices (number, total_cents) VALUES ('INV-1', 1200), ('INV-2', 3400)`);
    return tenant;
  }

  it("upgrades with the new migration, keeps the old version for rollback, and rolls back", async () => {
    const tenant = await tenantWithInvoices();
    const beforeUpgrade = await snapshotTenant(prisma, tenant);
    const { job } = await install(tenant, [{ slug: "invoices", range: ">2.1.0" }]);
    expect(job).toMatchObject({ kind: "UPGRADE", status: "SUCCEEDED" });
    expect(job.steps.map((s) => s.name)).toEqual(["validate", "resolve", "fetch:invoices", "migrate:invoices", "register:invoices", "activate:invoices"]);
    expect(job.steps.find((s) => s.name === "migrate:invoices")?.output).toEqual({ applied: ["002_notes"] });
    expect(await columnsOf(tenant.schemaName, "invoices_invoices")).toContain("notes");
    const upgraded = await prisma.installation.findFirstOrThrow({ where: { tenantId: tenant.id, module: { slug: "invoices" } }, include: { version: true, previousVersion: true } });
    expect([upgraded.version.version, upgraded.previousVersion?.version, upgraded.status]).toEqual(["2.2.0", "2.1.0", "ACTIVE"]);
    expect((await prisma.auditLog.findMany({ where: { tenantId: tenant.id, action: "module.upgraded" } })).length).toBe(1);

    const { jobId } = await requestModuleJob(tenant, { kind: "ROLLBACK", moduleSlug: "invoices", idempotencyKey: key() });
    const rollback = (await runJob(jobId)).job;
    expect(rollback.status).toBe("SUCCEEDED");
    expect(rollback.steps.find((s) => s.name === "rollback:invoices")?.output).toMatchObject({ reverted: ["002_notes"], to: "2.1.0" });
    expect(await columnsOf(tenant.schemaName, "invoices_invoices")).not.toContain("notes");
    const after = await snapshotTenant(prisma, tenant);
    // Same tables, columns and rows as before the upgrade; the installation points at 2.1.0 again.
    expect({ columns: after.columns, indexes: after.indexes, rows: after.rows }).toEqual({ columns: beforeUpgrade.columns, indexes: beforeUpgrade.indexes, rows: beforeUpgrade.rows });
    const rolledBack = await prisma.installation.findFirstOrThrow({ where: { tenantId: tenant.id, module: { slug: "invoices" } }, include: { version: true } });
    expect([rolledBack.version.version, rolledBack.previousVersionId, rolledBack.status]).toEqual(["2.1.0", null, "ACTIVE"]);
    await expect(requestModuleJob(tenant, { kind: "ROLLBACK", moduleSlug: "invoices", idempotencyKey: key() })).rejects.toMatchObject({
      userMessage: expect.stringMatching(/no previous version/),
    });
  });

  for (const step of ["validate", "resolve", "fetch:invoices", "migrate:invoices", "register:invoices", "activate:invoices"]) {
    it(`a failure after ${step} of an upgrade restores tables, columns, rows and the installation`, async () => {
      const tenant = await tenantWithInvoices();
      const before = await snapshotTenant(prisma, tenant);
      injectFault(`after:${step}`);
      const { job } = await install(tenant, [{ slug: "invoices", range: ">2.1.0" }]);
      expect(job.status).toBe("ROLLED_BACK");
      expect(await snapshotTenant(prisma, tenant)).toEqual(before);
    });
  }
});

describe("activate, deactivate, uninstall", () => {
  it("deactivation is refused while an active module needs it, and names it", async () => {
    const tenant = await newTenant();
    await install(tenant, [{ slug: "invoices", range: "2.1.0" }]);
    await expect(requestModuleJob(tenant, { kind: "DEACTIVATE", moduleSlug: "client-management", idempotencyKey: key() })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringMatching(/while Invoices uses it/),
    });
    const off = await requestModuleJob(tenant, { kind: "DEACTIVATE", moduleSlug: "invoices", idempotencyKey: key() });
    expect((await runJob(off.jobId)).job.status).toBe("SUCCEEDED");
    const on = await requestModuleJob(tenant, { kind: "ACTIVATE", moduleSlug: "invoices", idempotencyKey: key() });
    expect((await runJob(on.jobId)).job.status).toBe("SUCCEEDED");
    const statuses = await prisma.installation.findMany({ where: { tenantId: tenant.id }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(["ACTIVE", "ACTIVE"]);
    const audit = await prisma.auditLog.findMany({ where: { tenantId: tenant.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action).slice(-2)).toEqual(["module.deactivated", "module.activated"]);
  });

  it("uninstall is refused while a module depends on it; the error names the dependents", async () => {
    const tenant = await newTenant();
    await install(tenant, [{ slug: "invoices", range: "2.1.0" }]);
    await expect(requestModuleJob(tenant, { kind: "UNINSTALL", moduleSlug: "client-management", keepData: false, idempotencyKey: key() })).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: "Client Management cannot be uninstalled while Invoices depends on it. Uninstall it first.",
    });
  });

  it("uninstall with delete data runs the down migrations; keep data moves the tables to an archive", async () => {
    const tenant = await newTenant();
    await install(tenant, [{ slug: "invoices", range: "2.1.0" }]);
    await prisma.$executeRawUnsafe(`INSERT INTO "${tenant.schemaName}".client_mgmt_clients (name, email, company, status, notes) VALUES ('Ada', 'ada@example.com', 'Analytical', 'active', '')`);

    const del = await requestModuleJob(tenant, { kind: "UNINSTALL", moduleSlug: "invoices", keepData: false, idempotencyKey: key() });
    const deleted = (await runJob(del.jobId)).job;
    expect(deleted.status).toBe("SUCCEEDED");
    expect(deleted.steps.map((s) => s.name)).toEqual(["validate", "deactivate:invoices", "unregister:invoices", "remove:invoices"]);
    expect((await tablesOf(tenant.schemaName)).filter((t) => t.startsWith("invoices_"))).toEqual([]);
    expect(await prisma.tenantModuleMigration.count({ where: { tenantId: tenant.id, moduleSlug: "invoices" } })).toBe(0);

    const keep = await requestModuleJob(tenant, { kind: "UNINSTALL", moduleSlug: "client-management", keepData: true, idempotencyKey: key() });
    const kept = (await runJob(keep.jobId)).job;
    expect(kept.status).toBe("SUCCEEDED");
    const archive = (kept.steps.find((s) => s.name === "remove:client-management")?.output as { archived: { schema: string } }).archived.schema;
    expect(await tablesOf(tenant.schemaName)).toEqual([]);
    expect(await tablesOf(archive)).toEqual(expect.arrayContaining(["client_mgmt_clients"]));
    const rows = await prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM "${archive}".client_mgmt_clients ORDER BY name`);
    // Ada, and the example client Client Management's post-install hook added
    expect(rows).toEqual([{ name: "Ada" }, { name: "Example Client" }]);
    expect(await prisma.installation.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect((await prisma.auditLog.findMany({ where: { tenantId: tenant.id, action: "module.uninstalled" } })).length).toBe(2);

    // Installing again starts with fresh tables; the archive stays.
    const again = await install(tenant, [{ slug: "client-management" }]);
    expect(again.job.status).toBe("SUCCEEDED");
    expect(await tablesOf(archive)).toEqual(expect.arrayContaining(["client_mgmt_clients"]));
  });

  it("a failure at the last uninstall step changes nothing", async () => {
    const tenant = await newTenant();
    await install(tenant, [{ slug: "client-management" }]);
    const before = await snapshotTenant(prisma, tenant);
    injectFault("migration:client-management:001_init");
    const { jobId } = await requestModuleJob(tenant, { kind: "UNINSTALL", moduleSlug: "client-management", keepData: false, idempotencyKey: key() });
    const { job } = await runJob(jobId);
    expect(job.status).toBe("ROLLED_BACK");
    expect(await snapshotTenant(prisma, tenant)).toEqual(before);
  });
});

describe("procedures are tenant-scoped", () => {
  it("another tenant's admin cannot see, retry or act on a job or installation", async () => {
    const tenant = await newTenant();
    const { job } = await install(tenant, [{ slug: "client-management" }]);
    const outsider = await createUser(prisma);
    const other = await createTenant(prisma, { members: [{ userId: outsider.id, role: "OWNER" }] });
    const caller = createCaller({ actor: actorOf(outsider) });
    await expect(caller.installs.getJob({ tenant: tenant.slug, jobId: job.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.installs.getJob({ tenant: other.slug, jobId: job.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.installs.retryJob({ tenant: other.slug, jobId: job.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await caller.installs.findJobs({ tenant: other.slug })).data).toEqual([]);
    await expect(caller.installs.requestModuleJob({ tenant: other.slug, kind: "UNINSTALL", moduleSlug: "client-management", idempotencyKey: key() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller.installs.requestModuleJob({ tenant: tenant.slug, kind: "UNINSTALL", moduleSlug: "client-management", idempotencyKey: key() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller.installs.requestInstall({ tenant: tenant.slug, modules: [{ slug: "invoices", range: "2.1.0" }], idempotencyKey: key() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller.installs.findInstallations({ tenant: tenant.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await caller.installs.findInstallations({ tenant: other.slug })).toEqual([]);
    expect(await prisma.installation.count({ where: { tenantId: tenant.id } })).toBe(1);
    expect(await prisma.job.count({ where: { tenantId: { in: [tenant.id, other.id] } } })).toBe(1);

    const memberCaller = createCaller({ actor: actorOf(member) });
    const seen = await memberCaller.installs.getJob({ tenant: tenant.slug, jobId: job.id });
    expect(seen).toMatchObject({ status: "SUCCEEDED", title: "Install Client Management 1.4.2" });
    await expect(memberCaller.installs.requestModuleJob({ tenant: tenant.slug, kind: "UNINSTALL", moduleSlug: "client-management", idempotencyKey: key() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
