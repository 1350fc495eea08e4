// Issue 4 crash test: the process running an install job is killed (SIGKILL) in the middle of a
// step; after a restart the job ends completed or rolled back, never half-done.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { afterEach, beforeAll, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { LocalExecutor } from "~/server/executor/local-executor";
import { getTenantMembership, type TenantContext } from "~/server/tenancy/tenant-scope";
import { inngest } from "~inngest/client";
import { functions } from "~inngest/functions";
import { actorOf, createTenant, createUser, uid } from "../../../test/factories";
import { publishReferenceModule } from "../../../test/factories/packages";
import { snapshotTenant } from "../../../test/support/tenant-snapshot";
import { clearFaults, injectFault } from "./fault-points";
import { requestInstall } from "./request-job";

const root = path.resolve(import.meta.dirname, "../../..");
let child: ChildProcess | null = null;
let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  admin = await createUser(prisma);
  await publishReferenceModule("client-management");
  await publishReferenceModule("invoices");
}, 120_000);

afterEach(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = null;
  clearFaults();
});

async function newTenant(): Promise<TenantContext> {
  const t = await createTenant(prisma, { members: [{ userId: admin.id, role: "ADMIN" }] });
  return getTenantMembership(actorOf(admin), t.slug);
}

/** Starts a worker process that hangs at `hangAt`, waits until `isThere()`, then kills it. */
async function crashWorkerAt(hangAt: string, isThere: () => Promise<boolean>) {
  // Node with tsx's loader (not the tsx CLI, whose grandchild a SIGKILL would miss), on this
  // test's database and package store (inherited environment).
  const worker = spawn(process.execPath, ["--import", "tsx", "test/support/install-worker.ts", hangAt], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = worker;
  let output = "";
  worker.stdout.on("data", (c: Buffer) => (output += c.toString()));
  worker.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (worker.exitCode !== null) throw new Error(`the worker exited early (${worker.exitCode}):\n${output}`);
    if (await isThere()) break;
    if (Date.now() > deadline) throw new Error(`the worker never reached ${hangAt}:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  worker.kill("SIGKILL");
  await once(worker, "exit");
}

async function resume() {
  const survivor = new LocalExecutor({ client: inngest, functions, workerId: "survivor", pollMs: 20, leaseMs: 1000, backoffMs: () => 5 });
  try {
    await survivor.drain({ timeoutMs: 60_000 });
  } finally {
    await survivor.stop();
  }
}

const CRASH_TEST = { timeout: 120_000 };

it("killed after the post-install hook committed: resumes and completes, the hook's row written once", CRASH_TEST, async () => {
  const tenant = await newTenant();
  const { jobId } = await requestInstall(tenant, { modules: [{ slug: "invoices", range: "2.1.0" }], idempotencyKey: uid("k-") });
  // The hook's queries and its step's success committed together; the run's memo has not.
  await crashWorkerAt("after:hook:client-management", async () => {
    const step = await prisma.jobStep.findFirst({ where: { jobId, name: "hook:client-management" }, select: { status: true } });
    return step?.status === "SUCCEEDED";
  });
  expect((await prisma.executorRun.findFirstOrThrow({ where: { eventId: `job-${jobId}` } })).status).toBe("RUNNING");
  const left = await prisma.job.findUniqueOrThrow({ where: { id: jobId }, select: { status: true } });
  expect(left.status).toBe("RUNNING");

  await resume();
  const job = await prisma.job.findUniqueOrThrow({ where: { id: jobId }, include: { steps: true } });
  expect(job.status).toBe("SUCCEEDED");
  expect(job.steps.every((s) => s.status === "SUCCEEDED")).toBe(true);
  const clients = await prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM "${tenant.schemaName}".client_mgmt_clients`);
  expect(clients).toEqual([{ name: "Example Client" }]);
  const migrations = await prisma.tenantModuleMigration.findMany({ where: { tenantId: tenant.id }, select: { moduleSlug: true, name: true } });
  expect(migrations.map((m) => `${m.moduleSlug}/${m.name}`).sort()).toEqual(["client-management/001_init", "invoices/001_init"]);
  const statuses = await prisma.installation.findMany({ where: { tenantId: tenant.id }, select: { status: true } });
  expect(statuses.map((s) => s.status)).toEqual(["ACTIVE", "ACTIVE"]);
});

it("killed between a migration and its step's end, then failing later: resumes and rolls back to exactly before", CRASH_TEST, async () => {
  const tenant = await newTenant();
  const before = await snapshotTenant(prisma, tenant);
  const { jobId } = await requestInstall(tenant, { modules: [{ slug: "invoices", range: "2.1.0" }], idempotencyKey: uid("k-") });
  await crashWorkerAt("migration:invoices:001_init", async () =>
    Boolean(await prisma.tenantModuleMigration.findFirst({ where: { tenantId: tenant.id, moduleSlug: "invoices" } })),
  );
  expect((await prisma.jobStep.findFirstOrThrow({ where: { jobId, name: "migrate:invoices" } })).status).toBe("RUNNING");
  // Half-done on disk: invoices' tables exist, its migrate step never finished.
  const tables = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'invoices_%'`,
    tenant.schemaName,
  );
  expect(tables[0]?.n).toBeGreaterThan(0);

  injectFault("before:register:invoices");
  await resume();
  const job = await prisma.job.findUniqueOrThrow({ where: { id: jobId } });
  expect(job.status).toBe("ROLLED_BACK");
  expect(await snapshotTenant(prisma, tenant)).toEqual(before);
});
