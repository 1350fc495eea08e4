/**
 * Data access of the local executor: events, runs, leases. Every write to a claimed run is
 * conditional on the caller still holding its lease (`lockedBy`), so a worker that lost its lease
 * (it stalled past `lockedUntil` and another worker took the run over) cannot overwrite progress.
 */
import { z } from "zod";
import { Prisma } from "~/generated/prisma/client";
import { type Db, inTransaction, type PrismaDb } from "~/server/db";
import { concurrencyGroup, FUNCTION_FAILED_EVENT, type TExecutorFunction } from "./function-config";
import type { TRunEvent, TStepMemo } from "./serve-protocol";

/** How many undispatched events one dispatch pass reads. */
const DISPATCH_BATCH = 100;
/** How many runnable candidates one claim looks at before giving up for this pass. */
const CLAIM_BATCH = 20;

export const executorRunSelect = {
  id: true,
  functionId: true,
  eventId: true,
  event: true,
  steps: true,
  stack: true,
  attempt: true,
} satisfies Prisma.ExecutorRunSelect;

const ZRunEvent = z.object({ id: z.string(), name: z.string(), data: z.unknown(), ts: z.number() });
const ZStepMemo = z.union([z.object({ type: z.literal("data"), data: z.unknown() }), z.object({ type: z.literal("error"), error: z.unknown() })]);
const ZSteps = z.record(z.string(), ZStepMemo);

export type TClaimedRun = { id: string; functionId: string; event: TRunEvent; steps: Record<string, TStepMemo>; stack: string[]; attempt: number };

function parseRun(row: Prisma.ExecutorRunGetPayload<{ select: typeof executorRunSelect }>): TClaimedRun {
  return {
    id: row.id,
    functionId: row.functionId,
    event: ZRunEvent.parse(row.event),
    steps: ZSteps.parse(row.steps),
    stack: row.stack,
    attempt: row.attempt,
  };
}

/** A JSON value for a nullable Json column (a top-level `null` must be spelled JsonNull). */
const jsonValue = (value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull =>
  value === null || value === undefined ? Prisma.JsonNull : value;

export type TNewEvent = { id: string; name: string; data: unknown };

/** Inserts events; an id that is already there is skipped (the id is the idempotency key). */
export async function insertEvents(db: Db, events: TNewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db.executorEvent.createMany({
    data: events.map((e) => ({ id: e.id, name: e.name, data: e.data ?? {} })),
    skipDuplicates: true,
  });
}

/**
 * Starts one run per (function triggered by the event, event) for a batch of undispatched events
 * and marks them dispatched, in one transaction. The unique (functionId, eventId) keeps a run
 * single even if two workers race on the same event. Returns how many events were dispatched.
 */
export async function dispatchEvents(db: PrismaDb, functions: TExecutorFunction[], now: Date): Promise<number> {
  return inTransaction(db, async (tx) => {
    const events = await tx.$queryRaw<{ id: string; name: string; data: unknown; ts: Date }[]>`
      SELECT id, name, data, ts FROM "ExecutorEvent"
      WHERE "dispatchedAt" IS NULL
      ORDER BY ts, id
      LIMIT ${DISPATCH_BATCH}
      FOR UPDATE SKIP LOCKED`;
    if (events.length === 0) return 0;
    const runs: Prisma.ExecutorRunCreateManyInput[] = [];
    for (const row of events) {
      const event: TRunEvent = { id: row.id, name: row.name, data: row.data, ts: row.ts.getTime() };
      for (const config of functions) {
        if (!config.events.includes(event.name)) continue;
        runs.push({
          functionId: config.id,
          eventId: event.id,
          eventName: event.name,
          event: event as Prisma.InputJsonValue,
          concurrencyKey: concurrencyGroup(config, event),
          // Runs of one concurrency group start in the order their events were sent.
          runAfter: row.ts,
        });
      }
    }
    if (runs.length > 0) await tx.executorRun.createMany({ data: runs, skipDuplicates: true });
    await tx.executorEvent.updateMany({ where: { id: { in: events.map((e) => e.id) } }, data: { dispatchedAt: now } });
    return events.length;
  });
}

/**
 * Claims one runnable run of `functions` for `workerId` until `leaseUntil`, or returns null.
 * Runnable: due (`runAfter` passed) and either QUEUED with a free slot in its concurrency group,
 * or RUNNING without a live lease (waiting for a retry, released on shutdown, or its worker died).
 * A RUNNING run keeps its slot until it finishes, so the slot check only concerns QUEUED runs; it
 * is made race-free across workers by an advisory lock on the group, taken without waiting
 * (`pg_try_…`: no deadlocks; a busy group is simply tried again on the next pass).
 */
export async function claimRun(db: PrismaDb, opts: { functions: TExecutorFunction[]; workerId: string; now: Date; leaseUntil: Date }): Promise<TClaimedRun | null> {
  const fnIds = opts.functions.map((f) => f.id);
  const limits = opts.functions.map((f) => f.concurrency?.limit ?? 0);
  const limitOf = new Map(opts.functions.map((f) => [f.id, f.concurrency?.limit ?? Number.MAX_SAFE_INTEGER]));
  const now = opts.now;
  return inTransaction(db, async (tx) => {
    const candidates = await tx.$queryRaw<{ id: string; status: string; concurrencyKey: string | null; functionId: string }[]>`
      SELECT r.id, r.status::text AS status, r."concurrencyKey", r."functionId"
      FROM "ExecutorRun" r
      WHERE r."functionId" = ANY(${fnIds}::text[])
        AND r."runAfter" <= ${now}::timestamp(3)
        AND (
          (r.status = 'RUNNING' AND (r."lockedUntil" IS NULL OR r."lockedUntil" < ${now}::timestamp(3)))
          OR (r.status = 'QUEUED' AND (
            r."concurrencyKey" IS NULL
            OR (SELECT count(*) FROM "ExecutorRun" h WHERE h."concurrencyKey" = r."concurrencyKey" AND h.status = 'RUNNING')
               < COALESCE((SELECT NULLIF(l.n, 0) FROM unnest(${fnIds}::text[], ${limits}::int[]) AS l(fn, n) WHERE l.fn = r."functionId"), 2147483647)
          ))
        )
      ORDER BY r."runAfter", r."createdAt", r.id
      LIMIT ${CLAIM_BATCH}
      FOR UPDATE OF r SKIP LOCKED`;
    for (const candidate of candidates) {
      const group = candidate.concurrencyKey;
      if (candidate.status === "QUEUED" && group !== null) {
        const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${`adx-executor:${group}`}, 0)) AS ok`;
        if (!lock?.ok) continue;
        // Counted again under the lock: a run claimed by a worker that committed since the
        // candidate query is visible now (READ COMMITTED takes a new snapshot per statement).
        const [held] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "ExecutorRun" WHERE "concurrencyKey" = ${group} AND status = 'RUNNING'`;
        if ((held?.n ?? 0) >= (limitOf.get(candidate.functionId) ?? Number.MAX_SAFE_INTEGER)) continue;
      }
      const row = await tx.executorRun.update({
        where: { id: candidate.id },
        data: { status: "RUNNING", lockedBy: opts.workerId, lockedUntil: opts.leaseUntil },
        select: executorRunSelect,
      });
      return parseRun(row);
    }
    return null;
  });
}

const leased = (runId: string, workerId: string) => ({ id: runId, lockedBy: workerId, status: "RUNNING" as const });

/** Extends a lease; false when the worker no longer holds it. */
export async function renewLease(db: Db, runId: string, workerId: string, leaseUntil: Date): Promise<boolean> {
  const { count } = await db.executorRun.updateMany({ where: leased(runId, workerId), data: { lockedUntil: leaseUntil } });
  return count === 1;
}

/** Persists memoised steps after an op, extending the lease. False when the lease was lost. */
export async function saveProgress(
  db: Db,
  runId: string,
  workerId: string,
  progress: { steps: Record<string, TStepMemo>; stack: string[]; attempt: number; leaseUntil: Date },
): Promise<boolean> {
  const { count } = await db.executorRun.updateMany({
    where: leased(runId, workerId),
    data: { steps: progress.steps as Prisma.InputJsonValue, stack: progress.stack, attempt: progress.attempt, lockedUntil: progress.leaseUntil, error: Prisma.DbNull },
  });
  return count === 1;
}

/**
 * Releases the lease until `runAfter` (a retry backoff or a sleep), keeping the run RUNNING so it
 * holds its concurrency slot meanwhile. False when the lease was lost.
 */
export async function deferRun(
  db: Db,
  runId: string,
  workerId: string,
  next: { runAfter: Date; attempt: number; steps: Record<string, TStepMemo>; stack: string[]; error: unknown },
): Promise<boolean> {
  const { count } = await db.executorRun.updateMany({
    where: leased(runId, workerId),
    data: {
      runAfter: next.runAfter,
      attempt: next.attempt,
      steps: next.steps as Prisma.InputJsonValue,
      stack: next.stack,
      error: next.error === null ? Prisma.DbNull : jsonValue(next.error),
      lockedBy: null,
      lockedUntil: null,
    },
  });
  return count === 1;
}

/** Gives the run back (graceful shutdown): any worker may continue it at once. */
export async function releaseRun(db: Db, runId: string, workerId: string): Promise<void> {
  await db.executorRun.updateMany({ where: leased(runId, workerId), data: { lockedBy: null, lockedUntil: null } });
}

export async function completeRun(db: Db, runId: string, workerId: string, done: { output: unknown; steps: Record<string, TStepMemo>; stack: string[]; now: Date }): Promise<boolean> {
  const { count } = await db.executorRun.updateMany({
    where: leased(runId, workerId),
    data: {
      status: "COMPLETED",
      output: jsonValue(done.output),
      steps: done.steps as Prisma.InputJsonValue,
      stack: done.stack,
      error: Prisma.DbNull,
      finishedAt: done.now,
      lockedBy: null,
      lockedUntil: null,
    },
  });
  return count === 1;
}

/**
 * Marks the run FAILED with its error and, when the function has `onFailure`, starts the failure
 * handler's run with an `inngest/function.failed` event, in one transaction.
 */
export async function failRun(
  db: PrismaDb,
  run: TClaimedRun,
  workerId: string,
  failed: { error: unknown; steps: Record<string, TStepMemo>; stack: string[]; attempt: number; now: Date; failureFunctionId: string | null },
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const { count } = await tx.executorRun.updateMany({
      where: leased(run.id, workerId),
      data: {
        status: "FAILED",
        error: jsonValue(failed.error),
        steps: failed.steps as Prisma.InputJsonValue,
        stack: failed.stack,
        attempt: failed.attempt,
        finishedAt: failed.now,
        lockedBy: null,
        lockedUntil: null,
      },
    });
    if (count !== 1) return false;
    if (failed.failureFunctionId) {
      const event: TRunEvent = {
        id: `function-failed-${run.id}`,
        name: FUNCTION_FAILED_EVENT,
        data: { function_id: run.functionId, run_id: run.id, error: failed.error, event: run.event },
        ts: failed.now.getTime(),
      };
      await tx.executorRun.createMany({
        data: [{ functionId: failed.failureFunctionId, eventId: event.id, eventName: event.name, event: event as Prisma.InputJsonValue, runAfter: failed.now }],
        skipDuplicates: true,
      });
    }
    return true;
  });
}

/** Whether anything is left to do for `functionIds`, and when the earliest waiting run is due. */
export async function findPendingWork(db: Db, functionIds: string[]): Promise<{ undispatchedEvents: number; unfinishedRuns: number; nextRunAfter: Date | null }> {
  const [undispatchedEvents, unfinished] = await Promise.all([
    db.executorEvent.count({ where: { dispatchedAt: null } }),
    db.executorRun.aggregate({
      where: { functionId: { in: functionIds }, status: { in: ["QUEUED", "RUNNING"] } },
      _count: { _all: true },
      _min: { runAfter: true },
    }),
  ]);
  return { undispatchedEvents, unfinishedRuns: unfinished._count._all, nextRunAfter: unfinished._min.runAfter };
}
