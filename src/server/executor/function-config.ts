/**
 * What the local executor needs to know about each Inngest function, read from the function's own
 * options (`fn.opts`) — the same options Inngest Cloud reads when the app is synced:
 * - `triggers: [{ event }]`: which events start a run;
 * - `retries` (default 4, as in Inngest): attempts per step = retries + 1;
 * - `concurrency`: `{ limit, key?, scope? }` (or a number, or a one-element array); `key` is an
 *   expression of the form `event.data.<path>` (or `event.id`, `event.name`, a quoted constant);
 * - `onFailure`: run as `<id>-failure` with an `inngest/function.failed` event once a run fails.
 * Options the executor cannot honour either refuse to start (they would run functions more often or
 * for other events than intended) or are logged once as ignored.
 */
import type { InngestFunction } from "inngest";
import type { TRunEvent } from "./serve-protocol";

/** Inngest's default: 4 retries after the first attempt. */
export const DEFAULT_RETRIES = 4;
/** Inngest runs a failure handler with `retries: { attempts: 1 }`. */
const FAILURE_HANDLER_MAX_ATTEMPTS = 2;
export const FUNCTION_FAILED_EVENT = "inngest/function.failed";

export type TConcurrency = {
  limit: number;
  scope: "fn" | "env";
  /** Reads the key's value from the event; null = one group for the whole function (or env). */
  key: ((event: TRunEvent) => string) | null;
};

export type TExecutorFunction = {
  /** The id the serve handler knows the function by: `<client id>-<function id>`. */
  id: string;
  fn: InngestFunction.Any;
  kind: "main" | "failure";
  events: string[];
  maxAttempts: number;
  concurrency: TConcurrency | null;
  /** The failure handler's id when the function has `onFailure`. */
  failureId: string | null;
};

/** Options whose absence of support would change which events run, or how often. */
const REFUSED_OPTIONS = ["batchEvents", "debounce", "rateLimit", "idempotency", "singleton"] as const;
/** Options that only shape scheduling or cancellation: ignored, with a warning. */
const IGNORED_OPTIONS = ["throttle", "priority", "cancelOn", "timeouts"] as const;

export class UnsupportedFunctionConfigError extends Error {
  override name = "UnsupportedFunctionConfigError";
}

/** The executor's view of `functions`, keyed by serve-handler id (including failure handlers). */
export function readFunctionConfigs(clientId: string, functions: InngestFunction.Any[]): { configs: Map<string, TExecutorFunction>; ignored: string[] } {
  const configs = new Map<string, TExecutorFunction>();
  const ignored: string[] = [];
  for (const fn of functions) {
    const id = fn.id(clientId);
    const opts = fn.opts as InngestFunction.Options & Record<string, unknown>;
    for (const option of REFUSED_OPTIONS) {
      if (opts[option] !== undefined) throw new UnsupportedFunctionConfigError(`${id}: the local executor does not support \`${option}\`; run it on Inngest (set INNGEST_EVENT_KEY)`);
    }
    for (const option of IGNORED_OPTIONS) if (opts[option] !== undefined) ignored.push(`${id}: ${option}`);

    const events: string[] = [];
    const triggers: InngestFunction.Trigger<string>[] = Array.isArray(opts.triggers) ? opts.triggers : opts.triggers ? [opts.triggers] : [];
    for (const trigger of triggers) {
      if ("cron" in trigger && trigger.cron !== undefined) {
        ignored.push(`${id}: cron trigger "${trigger.cron}"`);
        continue;
      }
      if (trigger.if !== undefined) throw new UnsupportedFunctionConfigError(`${id}: the local executor does not evaluate trigger \`if\` expressions`);
      const event = trigger.event;
      if (event !== undefined) events.push(typeof event === "string" ? event : event.name);
    }

    const failureId = opts.onFailure ? `${id}-failure` : null;
    configs.set(id, {
      id,
      fn,
      kind: "main",
      events,
      maxAttempts: (typeof opts.retries === "number" ? opts.retries : DEFAULT_RETRIES) + 1,
      concurrency: readConcurrency(id, opts.concurrency),
      failureId,
    });
    if (failureId) {
      configs.set(failureId, { id: failureId, fn, kind: "failure", events: [], maxAttempts: FAILURE_HANDLER_MAX_ATTEMPTS, concurrency: null, failureId: null });
    }
  }
  return { configs, ignored };
}

function readConcurrency(fnId: string, option: InngestFunction.Options["concurrency"]): TConcurrency | null {
  if (option === undefined) return null;
  if (typeof option === "number") return option > 0 ? { limit: option, scope: "fn", key: null } : null;
  const list = Array.isArray(option) ? option : [option];
  if (list.length === 0) return null;
  if (list.length > 1) throw new UnsupportedFunctionConfigError(`${fnId}: the local executor supports one concurrency constraint, not ${list.length}`);
  const only = list[0]!;
  if (only.limit <= 0) return null;
  // Inngest's "account" scope spans environments; with one app and one database it is "env".
  const scope = only.scope === "env" || only.scope === "account" ? "env" : "fn";
  return { limit: only.limit, scope, key: only.key === undefined ? null : compileKey(fnId, only.key) };
}

/**
 * Compiles a concurrency key expression. Supported: `event.data.a.b`, `event.id`, `event.name` and
 * a quoted string constant — the forms this app uses; anything else is refused at start.
 */
export function compileKey(fnId: string, expression: string): (event: TRunEvent) => string {
  const expr = expression.trim();
  const constant = /^"([^"]*)"$|^'([^']*)'$/.exec(expr);
  if (constant) {
    const value = constant[1] ?? constant[2] ?? "";
    return () => value;
  }
  const path = /^event((?:\.[A-Za-z_$][\w$]*)+)$/.exec(expr);
  if (!path?.[1]) throw new UnsupportedFunctionConfigError(`${fnId}: concurrency key "${expression}" is not of the form event.data.<path>`);
  const parts = path[1].slice(1).split(".");
  return (event) => {
    let value: unknown = event;
    for (const part of parts) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
    // A missing value groups with the other missing ones: stricter, never looser, than intended.
    if (value === undefined || value === null) return "";
    return typeof value === "string" ? value : JSON.stringify(value);
  };
}

/**
 * The concurrency group of a run, stored in `ExecutorRun.concurrencyKey`: runs with the same group
 * share its limit. Function-scoped groups are prefixed by the function id, env-scoped ones by `env`.
 */
export function concurrencyGroup(config: TExecutorFunction, event: TRunEvent): string | null {
  const c = config.concurrency;
  if (!c) return null;
  const prefix = c.scope === "env" ? "env" : config.id;
  return c.key ? `${prefix}:${c.key(event)}` : prefix;
}
