// Guards the embedded durable executor: steps run once and are memoised, retries with backoff,
// step failures reach the function's try/catch, function failures end FAILED (and run onFailure),
// event ids dedupe runs, concurrency keys serialise runs across workers, and an expired lease lets
// another worker resume a run from its memoised steps.
import { Inngest, type InngestFunction } from "inngest";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "~/server/db";
import { logger } from "~/server/logger";
import { enqueueEvents } from "./enqueue-events";
import { claimRun, dispatchEvents } from "./executor.queries";
import { readFunctionConfigs } from "./function-config";
import { LocalExecutor, type LocalExecutorOptions } from "./local-executor";
import { hashStepId } from "./serve-protocol";

const client = new Inngest({ id: "executor-test", logger });

const executors: LocalExecutor[] = [];
function executor(functions: InngestFunction.Any[], opts: Partial<LocalExecutorOptions> = {}) {
  const ex = new LocalExecutor({ client, functions, pollMs: 20, leaseMs: 5_000, backoffMs: () => 5, ...opts });
  executors.push(ex);
  return ex;
}

afterEach(async () => {
  await Promise.all(executors.splice(0).map((ex) => ex.stop()));
});

const runsOf = (fn: InngestFunction.Any) => prisma.executorRun.findMany({ where: { functionId: fn.id(client.id) }, orderBy: { createdAt: "asc" } });

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("LocalExecutor", () => {
  it("runs each step once and replays memoised results on later invocations", async () => {
    const calls = { body: 0, a: 0, b: 0, c: 0, d: 0 };
    const fn = client.createFunction({ id: "memo", triggers: [{ event: "test/memo" }] }, async ({ event, step }) => {
      calls.body += 1;
      const a = await step.run("a", () => {
        calls.a += 1;
        return { n: (event.data as { n: number }).n + 1 };
      });
      // Two steps at once: planned together, run one request each.
      const [b, c] = await Promise.all([
        step.run("b", () => {
          calls.b += 1;
          return a.n * 10;
        }),
        step.run("c", () => {
          calls.c += 1;
          return "c";
        }),
      ]);
      const d = await step.run("d", () => {
        calls.d += 1;
        return null;
      });
      return { a, b, c, d };
    });

    const ex = executor([fn]);
    await enqueueEvents([{ name: "test/memo", data: { n: 1 } }]);
    await ex.drain();

    expect(calls).toMatchObject({ a: 1, b: 1, c: 1, d: 1 });
    expect(calls.body).toBeGreaterThan(4);
    const [run] = await runsOf(fn);
    expect(run).toMatchObject({ status: "COMPLETED", output: { a: { n: 2 }, b: 20, c: "c", d: null }, lockedBy: null });
    expect(run?.stack).toHaveLength(4);
    expect(run?.stack[0]).toBe(hashStepId("a"));
    expect(run?.steps).toMatchObject({ [hashStepId("a")]: { type: "data", data: { n: 2 } } });
  });

  it("retries a throwing step with backoff and the attempt number, then continues", async () => {
    const seenAttempts: number[] = [];
    const backoffs: number[] = [];
    const fn = client.createFunction({ id: "flaky", retries: 3, triggers: [{ event: "test/flaky" }] }, async ({ step, attempt }) => {
      const value = await step.run("flaky", () => {
        seenAttempts.push(attempt);
        if (seenAttempts.length < 3) throw new Error(`flaky ${seenAttempts.length}`);
        return "ok";
      });
      return await step.run("after", () => `${value}!`);
    });

    const ex = executor([fn], {
      backoffMs: (attempt) => {
        backoffs.push(attempt);
        return 5;
      },
    });
    await enqueueEvents([{ name: "test/flaky", data: {} }]);
    await ex.drain();

    expect(seenAttempts).toEqual([0, 1, 2]);
    expect(backoffs).toEqual([1, 2]);
    const [run] = await runsOf(fn);
    expect(run).toMatchObject({ status: "COMPLETED", output: "ok!", attempt: 0, error: null });
  });

  it("memoises a step that exhausted its retries as an error the function can catch and compensate", async () => {
    let charges = 0;
    let refunds = 0;
    const fn = client.createFunction({ id: "compensate", retries: 1, triggers: [{ event: "test/compensate" }] }, async ({ step }) => {
      await step.run("reserve", () => "reserved");
      try {
        await step.run("charge", () => {
          charges += 1;
          throw new Error("card declined");
        });
        return { compensated: false };
      } catch (err) {
        await step.run("refund", () => {
          refunds += 1;
        });
        return { compensated: true, message: err instanceof Error ? err.message : String(err) };
      }
    });

    const ex = executor([fn]);
    await enqueueEvents([{ name: "test/compensate", data: {} }]);
    await ex.drain();

    expect(charges).toBe(2); // retries: 1 = two attempts
    expect(refunds).toBe(1);
    const [run] = await runsOf(fn);
    expect(run?.status).toBe("COMPLETED");
    expect(run?.output).toMatchObject({ compensated: true, message: expect.stringContaining("card declined") });
    expect(run?.steps).toMatchObject({ [hashStepId("charge")]: { type: "error" } });
  });

  it("fails a run whose function code throws after its retries, keeps the error and runs onFailure", async () => {
    let bodyThrows = 0;
    let stepRuns = 0;
    const failures: { message: string; eventId: unknown }[] = [];
    const fn = client.createFunction(
      {
        id: "doomed",
        retries: 2,
        triggers: [{ event: "test/doomed" }],
        onFailure: ({ error, event }) => {
          failures.push({ message: error.message, eventId: (event.data as { event: { id: string } }).event.id });
        },
      },
      async ({ step }) => {
        await step.run("ok", () => {
          stepRuns += 1;
        });
        bodyThrows += 1;
        throw new Error("broken invariant");
      },
    );

    const ex = executor([fn]);
    await enqueueEvents([{ id: "doomed-1", name: "test/doomed", data: {} }]);
    await ex.drain();

    expect(stepRuns).toBe(1);
    expect(bodyThrows).toBe(3);
    const [run] = await runsOf(fn);
    expect(run).toMatchObject({ status: "FAILED", error: { message: expect.stringContaining("broken invariant") }, lockedBy: null });
    expect(run?.finishedAt).toBeInstanceOf(Date);
    expect(failures).toEqual([{ message: expect.stringContaining("broken invariant"), eventId: "doomed-1" }]);
  });

  it("starts one run per event id, however often it is enqueued", async () => {
    let runs = 0;
    const fn = client.createFunction({ id: "once", triggers: [{ event: "test/once" }] }, async ({ step }) => {
      await step.run("count", () => {
        runs += 1;
      });
    });
    const other = client.createFunction({ id: "once-too", triggers: [{ event: "test/once" }] }, () => "also");

    const ex = executor([fn, other]);
    await enqueueEvents([
      { id: "evt-1", name: "test/once", data: {} },
      { id: "evt-1", name: "test/once", data: { again: true } },
    ]);
    await enqueueEvents([{ id: "evt-1", name: "test/once", data: {} }]);
    await ex.drain();
    await enqueueEvents([{ id: "evt-1", name: "test/once", data: {} }]);
    await ex.drain();

    expect(runs).toBe(1);
    expect(await prisma.executorEvent.count({ where: { id: "evt-1" } })).toBe(1);
    expect(await runsOf(fn)).toHaveLength(1);
    expect(await runsOf(other)).toMatchObject([{ status: "COMPLETED", output: "also" }]);
  });

  it("never overlaps two runs with the same concurrency key, across workers; other keys run alongside", async () => {
    const log: string[] = [];
    const bStarted = deferred();
    let first = true;
    const fn = client.createFunction(
      { id: "per-tenant", concurrency: { limit: 1, key: "event.data.tenantId" }, triggers: [{ event: "test/tenant-job" }] },
      async ({ event, step }) => {
        const { tenantId, n } = event.data as { tenantId: string; n: number };
        await step.run("work", async () => {
          log.push(`start ${tenantId}`);
          if (tenantId === "B") bStarted.resolve();
          // The first A job waits for B to start: only possible if B is not queued behind A.
          if (tenantId === "A" && first) {
            first = false;
            await bStarted.promise;
          }
          await new Promise((r) => setTimeout(r, 5));
          log.push(`end ${tenantId}`);
          return n;
        });
      },
    );

    const x = executor([fn], { workerId: "x", maxConcurrentRuns: 3 });
    const y = executor([fn], { workerId: "y", maxConcurrentRuns: 3 });
    await enqueueEvents([
      ...[1, 2, 3, 4].map((n) => ({ name: "test/tenant-job", data: { tenantId: "A", n } })),
      { name: "test/tenant-job", data: { tenantId: "B", n: 1 } },
    ]);
    await Promise.all([x.drain(), y.drain()]);

    const a = log.filter((l) => l.endsWith(" A"));
    expect(a).toEqual(["start A", "end A", "start A", "end A", "start A", "end A", "start A", "end A"]);
    expect(log.indexOf("start B")).toBeLessThan(log.indexOf("end A"));
    const runs = await runsOf(fn);
    expect(runs.map((r) => r.status)).toEqual(Array(5).fill("COMPLETED"));
    expect(new Set(runs.map((r) => r.concurrencyKey))).toEqual(new Set([`${fn.id(client.id)}:A`, `${fn.id(client.id)}:B`]));
  });

  it("lets one of many racing workers take a concurrency slot", async () => {
    const fn = client.createFunction({ id: "race", concurrency: { limit: 1, key: "event.data.tenantId" }, triggers: [{ event: "test/race" }] }, () => null);
    const functions = [...readFunctionConfigs(client.id, [fn]).configs.values()];
    // More runs than one claim reads (20), so racing workers lock disjoint candidates.
    await enqueueEvents(Array.from({ length: 80 }, (_, n) => ({ name: "test/race", data: { tenantId: "T", n } })));
    await dispatchEvents(prisma, functions, new Date());

    const leaseUntil = new Date(Date.now() + 60_000);
    const claims = await Promise.all([1, 2, 3, 4, 5, 6].map((w) => claimRun(prisma, { functions, workerId: `w${w}`, now: new Date(), leaseUntil })));

    expect(claims.filter((c) => c !== null)).toHaveLength(1);
    expect(await prisma.executorRun.count({ where: { functionId: fn.id(client.id), status: "RUNNING" } })).toBe(1);
  });

  it("resumes a run from its memoised steps once the lease of a dead worker expires", async () => {
    let firstRuns = 0;
    const fn = client.createFunction({ id: "resume", triggers: [{ event: "test/resume" }] }, async ({ step }) => {
      const first = await step.run("first", () => {
        firstRuns += 1;
        return "from this worker";
      });
      const second = await step.run("second", () => `${first} + second`);
      return second;
    });
    const functionId = fn.id(client.id);
    const event = { id: "resume-1", name: "test/resume", data: {}, ts: Date.now() };
    // What a worker that died during "second" leaves behind: step one memoised, a live lease.
    await prisma.executorRun.create({
      data: {
        functionId,
        eventId: event.id,
        eventName: event.name,
        event,
        status: "RUNNING",
        steps: { [hashStepId("first")]: { type: "data", data: "from the dead worker" } },
        stack: [hashStepId("first")],
        lockedBy: "dead-worker",
        lockedUntil: new Date(Date.now() + 3_600_000),
      },
    });

    const ex = executor([fn], { workerId: "survivor" });
    expect(await ex.tick()).toBe(0);
    expect(await prisma.executorRun.findFirstOrThrow({ where: { functionId } })).toMatchObject({ status: "RUNNING", lockedBy: "dead-worker" });

    await prisma.executorRun.updateMany({ where: { functionId }, data: { lockedUntil: new Date(Date.now() - 1) } });
    await ex.drain();

    expect(firstRuns).toBe(0);
    expect(await prisma.executorRun.findFirstOrThrow({ where: { functionId } })).toMatchObject({ status: "COMPLETED", output: "from the dead worker + second", lockedBy: null });
  });

  it("gives its runs back on stop, and another worker finishes them", async () => {
    const inStep = deferred();
    const release = deferred();
    let seconds = 0;
    const fn = client.createFunction({ id: "handover", triggers: [{ event: "test/handover" }] }, async ({ step }) => {
      await step.run("slow", async () => {
        inStep.resolve();
        await release.promise;
        return 1;
      });
      await step.run("next", () => {
        seconds += 1;
      });
      return "done";
    });

    const first = executor([fn], { workerId: "first" });
    first.start();
    await enqueueEvents([{ name: "test/handover", data: {} }]);
    await inStep.promise;
    const stopping = first.stop();
    release.resolve();
    await stopping;

    const [run] = await runsOf(fn);
    expect(run).toMatchObject({ status: "RUNNING", lockedBy: null, stack: [hashStepId("slow")] });
    expect(seconds).toBe(0);

    await executor([fn], { workerId: "second" }).drain();
    expect(seconds).toBe(1);
    expect((await runsOf(fn))[0]).toMatchObject({ status: "COMPLETED", output: "done" });
  });

  it("sleeps without holding a worker and continues afterwards", async () => {
    const fn = client.createFunction({ id: "sleepy", triggers: [{ event: "test/sleepy" }] }, async ({ step }) => {
      const before = await step.run("before", () => "b");
      await step.sleep("nap", "1s");
      return await step.run("after", () => `${before}a`);
    });

    const ex = executor([fn]);
    await enqueueEvents([{ name: "test/sleepy", data: {} }]);
    await ex.drain();

    const [run] = await runsOf(fn);
    expect(run).toMatchObject({ status: "COMPLETED", output: "ba" });
    expect(run?.stack).toEqual([hashStepId("before"), hashStepId("nap"), hashStepId("after")]);
  });

  it("refuses function options it cannot honour", () => {
    const debounced = client.createFunction({ id: "debounced", debounce: { period: "1s" }, triggers: [{ event: "test/x" }] }, () => null);
    expect(() => new LocalExecutor({ client, functions: [debounced] })).toThrow(/does not support `debounce`/);
    const filtered = client.createFunction({ id: "filtered", triggers: [{ event: "test/x", if: "event.data.a == 1" }] }, () => null);
    expect(() => new LocalExecutor({ client, functions: [filtered] })).toThrow(/`if` expressions/);
  });
});
