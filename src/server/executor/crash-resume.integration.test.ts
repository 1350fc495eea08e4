// Guards durability across a real crash: a worker process SIGKILLed in the middle of a step leaves
// its run leased; once the lease expires another executor resumes it, and the steps that completed
// before the crash are not run again.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { Inngest } from "inngest";
import { afterEach, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { logger } from "~/server/logger";
import { enqueueEvents } from "./enqueue-events";
import { LocalExecutor } from "./local-executor";
import { hashStepId } from "./serve-protocol";
import { CRASH_CLIENT_ID, CRASH_EFFECTS_TABLE, CRASH_EVENT, createCrashFunction } from "./test-support/crash-function";

const root = path.resolve(import.meta.dirname, "../../..");
let child: ChildProcess | null = null;

afterEach(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = null;
});

async function effects(): Promise<Record<string, number>> {
  const rows = await prisma.$queryRawUnsafe<{ kind: string; n: number }[]>(`SELECT kind, count(*)::int AS n FROM ${CRASH_EFFECTS_TABLE} GROUP BY kind`);
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

it("resumes a run whose worker process was killed during a step; earlier steps run once", async () => {
  await prisma.$executeRawUnsafe(`CREATE TABLE ${CRASH_EFFECTS_TABLE} (id serial PRIMARY KEY, kind text NOT NULL)`);
  await enqueueEvents([{ id: "crash-1", name: CRASH_EVENT, data: {} }]);

  // The worker runs on this test's database (DATABASE_URL is inherited). Node itself with tsx's
  // loader, not the tsx CLI: the CLI runs the script in a grandchild that a SIGKILL would miss.
  const worker = spawn(process.execPath, ["--import", "tsx", "src/server/executor/test-support/crash-worker.ts"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = worker;
  let output = "";
  worker.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  worker.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));

  // Wait until the worker is inside the second step.
  for (;;) {
    if (worker.exitCode !== null) throw new Error(`the worker exited early (${worker.exitCode}):\n${output}`);
    if ((await effects())["second-started"] === 1) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  worker.kill("SIGKILL");
  await once(worker, "exit");

  const client = new Inngest({ id: CRASH_CLIENT_ID, logger });
  const fn = createCrashFunction(client, { blockInSecondStep: false });
  const left = await prisma.executorRun.findFirstOrThrow({ where: { functionId: fn.id(client.id) } });
  expect(left).toMatchObject({ status: "RUNNING", lockedBy: "doomed-child", stack: [hashStepId("first")] });

  const survivor = new LocalExecutor({ client, functions: [fn], workerId: "survivor", pollMs: 20, leaseMs: 1000 });
  try {
    await survivor.drain({ timeoutMs: 20_000 });
  } finally {
    await survivor.stop();
  }

  expect(await prisma.executorRun.findUniqueOrThrow({ where: { id: left.id } })).toMatchObject({ status: "COMPLETED", output: "survived", lockedBy: null });
  expect(await effects()).toEqual({ first: 1, "second-started": 2, "second-done": 1 });
});
