/**
 * The embedded durable executor: runs the app's Inngest functions when no Inngest server is
 * configured, by driving the SDK's own serve handler (in-process, with standard `Request`s) the way
 * Inngest does over HTTP, with runs and memoised step results in PostgreSQL. See
 * docs/decisions/003-local-durable-executor.md for the protocol, leases, retries and concurrency.
 */
import crypto from "node:crypto";
import os from "node:os";
import type { Inngest, InngestFunction } from "inngest";
import { serve } from "inngest/edge";
import { env } from "~/env";
import { type PrismaDb, prisma } from "~/server/db";
import { logger } from "~/server/logger";
import { onEventsEnqueued } from "./enqueue-events";
import {
  claimRun,
  completeRun,
  deferRun,
  dispatchEvents,
  failRun,
  findPendingWork,
  releaseRun,
  renewLease,
  saveProgress,
  type TClaimedRun,
} from "./executor.queries";
import { readFunctionConfigs, type TExecutorFunction } from "./function-config";
import {
  buildRequest,
  dueAt,
  generateSigningKey,
  OP,
  readResponse,
  RUN_COMPLETE_OP_ID,
  toErrorJson,
  type THandlerOutcome,
  type TRunState,
} from "./serve-protocol";

export type LocalExecutorOptions = {
  client: Inngest.Any;
  functions: InngestFunction.Any[];
  db?: PrismaDb;
  /** Names this worker in `ExecutorRun.lockedBy`; unique per process by default. */
  workerId?: string;
  /** How often an idle worker looks for work (events enqueued in-process wake it at once). */
  pollMs?: number;
  /** How long a claimed run stays locked without a heartbeat; a dead worker's runs resume after it. */
  leaseMs?: number;
  /** Runs driven at the same time by this worker. */
  maxConcurrentRuns?: number;
  /** Delay before retry number `attempt` (1 = the first retry). */
  backoffMs?: (attempt: number) => number;
};

/** The serve handler is called in-process; the URL only carries the query string. */
const HANDLER_URL = "http://local-executor.invalid/api/inngest";
const MAX_BACKOFF_MS = 10 * 60_000;
/** How often drain() looks again while runs wait for a backoff or another worker. */
const DRAIN_POLL_MS = 20;

/** Exponential backoff from `baseMs` (1s, 2s, 4s, … capped at 10 min), with up to 10% jitter. */
export const exponentialBackoff =
  (baseMs: number) =>
  (attempt: number): number =>
    Math.min(baseMs * 2 ** Math.max(0, attempt - 1), MAX_BACKOFF_MS) * (1 + Math.random() * 0.1);

type TStep = { kind: "continue"; stepId: string } | { kind: "done" };
const DONE: TStep = { kind: "done" };

export class LocalExecutor {
  readonly workerId: string;
  private readonly db: PrismaDb;
  private readonly configs: Map<string, TExecutorFunction>;
  private readonly functions: TExecutorFunction[];
  private readonly handler: (req: Request) => Promise<Response>;
  private readonly signingKey: string | null;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly maxConcurrentRuns: number;
  private readonly backoffMs: (attempt: number) => number;
  private readonly inflight = new Map<string, Promise<void>>();
  private ticking: Promise<number> | null = null;
  private loop: Promise<void> | null = null;
  private isStopping = false;
  private wakeLoop: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly log: typeof logger;

  constructor(opts: LocalExecutorOptions) {
    const { configs, ignored } = readFunctionConfigs(opts.client.id, opts.functions);
    this.configs = configs;
    this.functions = [...configs.values()];
    this.db = opts.db ?? prisma;
    this.workerId = opts.workerId ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
    this.pollMs = opts.pollMs ?? env.EXECUTOR_POLL_MS;
    this.leaseMs = opts.leaseMs ?? env.EXECUTOR_LEASE_MS;
    this.maxConcurrentRuns = opts.maxConcurrentRuns ?? env.EXECUTOR_CONCURRENCY;
    this.backoffMs = opts.backoffMs ?? exponentialBackoff(env.EXECUTOR_RETRY_BASE_MS);
    this.log = logger.child({ component: "local-executor", workerId: this.workerId });
    if (ignored.length > 0) this.log.warn({ ignored }, "function options the local executor does not honour");

    // In cloud mode (no INNGEST_DEV) the serve handler only accepts signed requests and refuses to
    // run without a signing key. Without Inngest there is no key: give the client one that never
    // leaves this process, so /api/inngest keeps refusing unsigned requests while this executor
    // signs its own.
    if (opts.client.mode === "cloud" && !opts.client.signingKey) opts.client.setEnvVars({ INNGEST_SIGNING_KEY: generateSigningKey() });
    this.signingKey = opts.client.signingKey ?? null;
    this.handler = serve({ client: opts.client, functions: opts.functions });
  }

  /** Starts the background worker (idempotent). */
  start(): void {
    if (this.loop) return;
    this.isStopping = false;
    this.unsubscribe = onEventsEnqueued(() => this.wake());
    this.loop = this.runLoop();
    this.log.info({ functions: this.functions.map((f) => f.id) }, "local executor started");
  }

  /**
   * Stops gracefully: no new claims; runs in flight finish their current request, persist it and
   * give their lease back so another worker (or the next start) continues them at once.
   */
  async stop(): Promise<void> {
    this.isStopping = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.wake();
    await this.loop;
    this.loop = null;
    await this.ticking;
    await Promise.all(this.inflight.values());
    this.log.info("local executor stopped");
  }

  /**
   * One pass: dispatch undispatched events into runs, then claim runnable runs up to the
   * concurrency of this worker and start driving them. Returns how many runs were claimed.
   */
  tick(): Promise<number> {
    this.ticking ??= this.pass().finally(() => {
      this.ticking = null;
    });
    return this.ticking;
  }

  /**
   * For tests and scripts: works until no event is undispatched and every run of these functions
   * is COMPLETED or FAILED, waiting out retry backoffs and other workers' leases. Throws after
   * `timeoutMs`.
   */
  async drain({ timeoutMs = 20_000 }: { timeoutMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.tick();
      if (this.inflight.size === 0) {
        const pending = await findPendingWork(this.db, this.functions.map((f) => f.id));
        if (pending.undispatchedEvents === 0 && pending.unfinishedRuns === 0) return;
        if (Date.now() > deadline) {
          throw new Error(`LocalExecutor.drain: still ${pending.unfinishedRuns} unfinished runs and ${pending.undispatchedEvents} undispatched events after ${timeoutMs}ms`);
        }
      } else if (Date.now() > deadline) {
        throw new Error(`LocalExecutor.drain: ${this.inflight.size} runs still in flight after ${timeoutMs}ms`);
      }
      await Promise.race([...this.inflight.values(), delay(DRAIN_POLL_MS)]);
    }
  }

  private async runLoop(): Promise<void> {
    while (!this.isStopping) {
      try {
        await this.tick();
      } catch (err) {
        this.log.error({ err }, "local executor pass failed");
      }
      if (this.isStopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, this.pollMs);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.wakeLoop = done;
      });
      this.wakeLoop = null;
    }
  }

  private wake(): void {
    this.wakeLoop?.();
  }

  private leaseUntil(): Date {
    return new Date(Date.now() + this.leaseMs);
  }

  private async pass(): Promise<number> {
    while ((await dispatchEvents(this.db, this.functions, new Date())) > 0) {
      // keep dispatching until no event is left
    }
    let claimed = 0;
    while (!this.isStopping && this.inflight.size < this.maxConcurrentRuns) {
      const run = await claimRun(this.db, { functions: this.functions, workerId: this.workerId, now: new Date(), leaseUntil: this.leaseUntil() });
      if (!run) break;
      claimed += 1;
      const driving = this.drive(run)
        .catch((err: unknown) => {
          // The lease expires and the run is claimed again; nothing is lost but this request.
          this.log.error({ err, runId: run.id, functionId: run.functionId }, "driving a run failed");
        })
        .finally(() => {
          this.inflight.delete(run.id);
          this.wake();
        });
      this.inflight.set(run.id, driving);
    }
    return claimed;
  }

  /** Calls the serve handler for `run` until it completes, fails, waits (retry, sleep) or the worker stops. */
  private async drive(run: TClaimedRun): Promise<void> {
    const config = this.configs.get(run.functionId);
    if (!config) throw new Error(`no function ${run.functionId}`);
    const state: TRunState = {
      runId: run.id,
      event: run.event,
      steps: { ...run.steps },
      stack: [...run.stack],
      attempt: run.attempt,
      maxAttempts: config.maxAttempts,
    };
    const heartbeat = setInterval(() => void this.heartbeat(run.id), Math.max(50, Math.floor(this.leaseMs / 3)));
    try {
      this.log.debug({ runId: run.id, functionId: run.functionId, attempt: run.attempt, memoised: run.stack.length }, "driving run");
      let next: TStep = { kind: "continue", stepId: "step" };
      while (next.kind === "continue") {
        if (this.isStopping) {
          await releaseRun(this.db, run.id, this.workerId);
          return;
        }
        const outcome = await this.call(config, next.stepId, state);
        next = await this.apply(run, config, state, outcome);
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async heartbeat(runId: string): Promise<void> {
    try {
      if (!(await renewLease(this.db, runId, this.workerId, this.leaseUntil()))) this.log.warn({ runId }, "lease lost while a request was in flight");
    } catch (err) {
      this.log.warn({ err, runId }, "renewing a lease failed");
    }
  }

  private async call(config: TExecutorFunction, stepId: string, state: TRunState): Promise<THandlerOutcome> {
    const request = buildRequest({ baseUrl: HANDLER_URL, fnId: config.id, stepId, state, signingKey: this.signingKey });
    try {
      return await readResponse(await this.handler(request));
    } catch (err) {
      return { kind: "error", error: toErrorJson(err), isRetriable: true, retryAfter: null };
    }
  }

  /** Applies one handler response to the run's state and persists it; says whether to call again. */
  private async apply(run: TClaimedRun, config: TExecutorFunction, state: TRunState, outcome: THandlerOutcome): Promise<TStep> {
    if (outcome.kind === "complete") return this.complete(run, state, outcome.output);
    if (outcome.kind === "error") return this.functionError(run, config, state, outcome.error, outcome.isRetriable, outcome.retryAfter);
    let planned: string | null = null;
    let hasProgress = false;
    for (const op of outcome.ops) {
      switch (op.op) {
        case OP.StepRun:
          this.memoise(state, op.id, { type: "data", data: op.data ?? null });
          hasProgress = true;
          break;
        case OP.StepError:
        case OP.StepFailed: {
          // A function-level error reported alongside lazy ops.
          if (op.id === RUN_COMPLETE_OP_ID) return this.functionError(run, config, state, op.error, op.op === OP.StepError, outcome.retryAfter);
          // (Deferring the run also stores the steps memoised earlier in this response.)
          if (op.op === OP.StepError && state.attempt + 1 < config.maxAttempts) return this.retryLater(run, state, op.error, outcome.retryAfter);
          // Final: memoised as an error, which the SDK re-throws as a StepError into the function
          // (a try/catch around step.run sees it; uncaught, it fails the function).
          this.log.warn({ runId: run.id, functionId: run.functionId, step: op.displayName ?? op.name, error: toErrorJson(op.error) }, "step failed after its last attempt");
          this.memoise(state, op.id, { type: "error", error: op.error ?? null });
          hasProgress = true;
          break;
        }
        case OP.StepPlanned:
          planned ??= op.id;
          break;
        case OP.Sleep: {
          const now = new Date();
          const wakeAt = dueAt(op.name ?? "", now) ?? now;
          // Memoised now but not visible before `runAfter`: the run is not claimed earlier.
          this.memoise(state, op.id, { type: "data", data: null });
          if (wakeAt > now) {
            await this.defer(run, state, wakeAt, null);
            return DONE;
          }
          hasProgress = true;
          break;
        }
        case OP.RunComplete:
          return this.complete(run, state, op.data ?? null);
        default:
          return this.fail(run, config, state, {
            name: "UnsupportedOpError",
            message: `the local executor does not support "${op.op}" (${op.displayName ?? op.name ?? op.id}); run this function on Inngest (set INNGEST_EVENT_KEY)`,
          });
      }
    }
    if (!hasProgress && planned === null) {
      // Nothing ran and nothing is planned: calling again would spin.
      const error = { name: "Error", message: `serve handler answered 206 without a step: ${JSON.stringify(outcome.ops).slice(0, 200)}` };
      return this.functionError(run, config, state, error, true, null);
    }
    if (hasProgress && !(await this.persist(run, state))) return DONE;
    // One planned step at a time: after it ran, discovery reports the others again.
    return { kind: "continue", stepId: planned ?? "step" };
  }

  /** An error of the function (not of one step): retried like a step, until its last attempt. */
  private functionError(run: TClaimedRun, config: TExecutorFunction, state: TRunState, error: unknown, isRetriable: boolean, retryAfter: string | null): Promise<TStep> {
    const isFinal = !isRetriable || state.attempt + 1 >= config.maxAttempts;
    return isFinal ? this.fail(run, config, state, error) : this.retryLater(run, state, error, retryAfter);
  }

  private memoise(state: TRunState, stepId: string, memo: TRunState["steps"][string]): void {
    state.steps[stepId] = memo;
    if (!state.stack.includes(stepId)) state.stack.push(stepId);
    // Inngest counts attempts per step: the next step starts again at 0.
    state.attempt = 0;
  }

  private async persist(run: TClaimedRun, state: TRunState): Promise<boolean> {
    const ok = await saveProgress(this.db, run.id, this.workerId, { steps: state.steps, stack: state.stack, attempt: state.attempt, leaseUntil: this.leaseUntil() });
    if (!ok) this.log.warn({ runId: run.id }, "lease lost: another worker continues the run; this result is dropped");
    return ok;
  }

  private async retryLater(run: TClaimedRun, state: TRunState, error: unknown, retryAfter: string | null): Promise<TStep> {
    const now = new Date();
    state.attempt += 1;
    const runAfter = (retryAfter ? dueAt(retryAfter, now) : null) ?? new Date(now.getTime() + this.backoffMs(state.attempt));
    this.log.warn({ runId: run.id, functionId: run.functionId, attempt: state.attempt, runAfter, error: toErrorJson(error) }, "run will be retried");
    await this.defer(run, state, runAfter, toErrorJson(error));
    return DONE;
  }

  private async defer(run: TClaimedRun, state: TRunState, runAfter: Date, error: unknown): Promise<void> {
    const ok = await deferRun(this.db, run.id, this.workerId, { runAfter, attempt: state.attempt, steps: state.steps, stack: state.stack, error });
    if (!ok) {
      this.log.warn({ runId: run.id }, "lease lost before the run could be deferred");
      return;
    }
    // Wake up when it is due rather than at the next poll.
    const wakeIn = runAfter.getTime() - Date.now();
    if (wakeIn < this.pollMs) setTimeout(() => this.wake(), Math.max(0, wakeIn)).unref();
  }

  private async complete(run: TClaimedRun, state: TRunState, output: unknown): Promise<TStep> {
    const ok = await completeRun(this.db, run.id, this.workerId, { output, steps: state.steps, stack: state.stack, now: new Date() });
    if (ok) this.log.info({ runId: run.id, functionId: run.functionId, eventId: run.event.id }, "run completed");
    return DONE;
  }

  private async fail(run: TClaimedRun, config: TExecutorFunction, state: TRunState, error: unknown): Promise<TStep> {
    const stored = toErrorJson(error);
    const ok = await failRun(this.db, run, this.workerId, {
      error: stored,
      steps: state.steps,
      stack: state.stack,
      attempt: state.attempt,
      now: new Date(),
      failureFunctionId: config.failureId,
    });
    if (ok) this.log.error({ runId: run.id, functionId: run.functionId, eventId: run.event.id, error: stored }, "run failed");
    return DONE;
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
