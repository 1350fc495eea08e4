/**
 * The function of the crash test (crash-resume.integration.test.ts), shared by the worker process
 * that is killed during its second step and by the test process that resumes the run. Side effects
 * are rows in a scratch table, so both processes' effects can be counted.
 */
import type { Inngest } from "inngest";
import { prisma } from "~/server/db";

export const CRASH_CLIENT_ID = "executor-crash-test";
export const CRASH_EVENT = "test/crash";
export const CRASH_EFFECTS_TABLE = "executor_crash_effects";

export async function recordEffect(kind: string): Promise<void> {
  await prisma.$executeRawUnsafe(`INSERT INTO ${CRASH_EFFECTS_TABLE} (kind) VALUES ($1)`, kind);
}

export function createCrashFunction(client: Inngest.Any, { blockInSecondStep }: { blockInSecondStep: boolean }) {
  return client.createFunction({ id: "crash", triggers: [{ event: CRASH_EVENT }] }, async ({ step }) => {
    await step.run("first", () => recordEffect("first"));
    await step.run("second", async () => {
      await recordEffect("second-started");
      // The worker process is SIGKILLed while waiting here.
      if (blockInSecondStep) await new Promise<never>(() => undefined);
      await recordEffect("second-done");
    });
    return "survived";
  });
}
